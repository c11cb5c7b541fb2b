// Judgements for the report tests: plain objects, shaped as `evaluate` returns them.
import type { BenchmarkResult, DomainResult, Judgement } from "../evaluate/index.js";

const HASH = "sha256:3f1c9a0b7e2d4c6f8a1b3d5e7f9012345678abcdef0123456789abcdef012345";

function domain(
  id: string,
  title: string,
  score: number | null,
  percent: number | null,
  benchmarks: string[],
  gated = false,
): DomainResult {
  return {
    id,
    title,
    status: score === null ? "not-assessed" : "assessed",
    score,
    percent,
    gated,
    benchmarks,
  };
}

function benchmark(
  id: string,
  domainId: string,
  title: string,
  outcome: BenchmarkResult["outcome"],
  summary: string,
  status: BenchmarkResult["status"] = "active",
): BenchmarkResult {
  const scores = {
    exceptional: 4,
    good: 3,
    "some-shortfalls": 2,
    "significant-shortfalls": 1,
  } as const;
  const score = outcome in scores ? scores[outcome as keyof typeof scores] : null;
  return {
    id,
    title,
    domain: domainId,
    status,
    outcome,
    score,
    scored: score !== null && status !== "pilot",
    summary,
    values: {},
    missing: [],
    stale: [],
  };
}

/** A trust rated good on its scores but capped at requires improvement by a limit. */
export const northfield: Judgement = {
  ruleSet: { id: "well-led", version: "2.0.0", hash: HASH },
  organisation: { id: "RXX", name: "Northfield Hospitals NHS Trust", type: "acute" },
  asOf: "2025-03-31",
  rating: "requires-improvement",
  percent: 71,
  bandedRating: "good",
  limits: [
    {
      id: "no-statement-at-1",
      capAt: "requires-improvement",
      reason: "A quality statement scored 1",
    },
  ],
  domains: [
    domain("shared-direction", "Shared direction and culture", 4, 92, ["LM-02"]),
    domain("speak-up", "Freedom to speak up", 1, 63, ["LM-21", "LM-06"], true),
    domain("governance", "Governance, management and sustainability", 3, 75, ["LM-01", "LM-13"]),
    domain("workforce-edi", "Workforce equality, diversity and inclusion", null, null, ["LM-30"]),
  ],
  benchmarks: [
    benchmark(
      "LM-02",
      "shared-direction",
      "Staff know how their role contributes to the strategy",
      "exceptional",
      "92% of staff know how their role contributes to the organisation's strategy, which meets exceptional (at least 90%).",
    ),
    benchmark(
      "LM-21",
      "speak-up",
      "A Freedom to Speak Up guardian is in post",
      "significant-shortfalls",
      "There is no Freedom to Speak Up guardian in post; good needs one in post.",
    ),
    benchmark(
      "LM-06",
      "speak-up",
      "Compassionate leadership",
      "good",
      "The compassionate leadership score is 7.4 out of 10; exceptional needs at least 7.8.",
    ),
    benchmark(
      "LM-01",
      "governance",
      "Managers have role-relevant performance targets",
      "some-shortfalls",
      "81% of line managers have role-relevant targets; good needs at least 95%.",
    ),
    benchmark(
      "LM-13",
      "governance",
      "Board has had an external well-led review in the last three years",
      "not-evidenced",
      "Not evidenced: the date of the last external well-led review is missing.",
    ),
    benchmark(
      "LM-30",
      "workforce-edi",
      "Workplace democracy: staff elect a board member",
      "good",
      "Staff elected a member of the board in the last two years.",
      "pilot",
    ),
    benchmark(
      "LM-31",
      "workforce-edi",
      "Primary care networks have an equality lead",
      "not-applicable",
      "Not applicable to acute organisations.",
    ),
  ],
  coverage: { applicable: 5, evidenced: 4 },
  warnings: [
    {
      code: "stale-evidence",
      path: "evidence.managers.withRoleTargetsPct",
      message: "collected more than 400 days before the date of the judgement; it is still used",
    },
    {
      code: "unknown-evidence",
      path: "evidence.board.meetsMonthly",
      message: "not declared by well-led@2.0.0, so it is ignored",
    },
  ],
};

/** A practice with no assessed domain: no rating, no percent. */
export const riverside: Judgement = {
  ruleSet: { id: "well-led", version: "2.0.0", hash: HASH },
  organisation: { id: "Y0001", name: "Riverside Surgery", type: "primary-care" },
  asOf: "2025-03-31",
  rating: "insufficient-evidence",
  percent: null,
  bandedRating: "insufficient-evidence",
  limits: [],
  domains: [
    domain("shared-direction", "Shared direction and culture", null, null, ["LM-02"]),
    domain("speak-up", "Freedom to speak up", null, null, ["LM-21", "LM-06"]),
  ],
  benchmarks: [
    benchmark(
      "LM-02",
      "shared-direction",
      "Staff know how their role contributes to the strategy",
      "not-evidenced",
      "Not evidenced: the share of staff who know how their role contributes is missing.",
    ),
  ],
  coverage: { applicable: 1, evidenced: 0 },
  warnings: [],
};

/** Northfield again, under a name and texts written to break reports. */
export const hostile: Judgement = {
  ...northfield,
  organisation: {
    id: "=cmd|' /C calc'!A0",
    name: "<img src=x onerror=alert(1)> & \"Sons\", 'Ltd'",
    type: "acute",
  },
  benchmarks: northfield.benchmarks.map((b, i) =>
    i === 0
      ? {
          ...b,
          title: "Pipes | and <b>tags</b>",
          summary: "Line one\nline | two <script>alert(1)</script>",
        }
      : b,
  ),
  limits: [
    {
      id: "no-statement-at-1",
      capAt: "requires-improvement",
      reason: 'Reason with <em>markup</em> & "quotes"',
    },
  ],
};
