import { describe, expect, it } from "vitest";
import { evaluate, type Judgement } from "../src/evaluate/index.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";

/** Evidence values that give each score under the levels of `benchmark` below. */
const VALUE_FOR_SCORE: Record<number, number> = { 4: 95, 3: 75, 2: 50, 1: 10 };

function benchmark(id: string, domain: string, extra: Record<string, unknown> = {}) {
  const path = { var: `pct.${id.toLowerCase()}` };
  return {
    id,
    title: `Benchmark ${id}`,
    domain,
    levels: {
      exceptional: { ">=": [path, 90] },
      good: { ">=": [path, 70] },
      "some-shortfalls": { ">=": [path, 40] },
    },
    ...extra,
  };
}

function ruleSet(
  benchmarks: Record<string, unknown>[],
  scoring: Record<string, unknown> = {},
  extraEvidence: Record<string, unknown> = {},
): RuleSet {
  const ids = benchmarks.map((b) => String(b.id).toLowerCase());
  const domains = [...new Set(benchmarks.map((b) => String(b.domain)))];
  return parseRuleSet({
    format: 1,
    id: "test",
    version: "1.0.0",
    title: "Test rule set",
    status: "active",
    evidence: {
      ...Object.fromEntries(
        ids.map((id) => [`pct.${id}`, { type: "percent", label: `measure ${id}` }]),
      ),
      ...extraEvidence,
    },
    domains: domains.map((id) => ({ id, title: `Domain ${id}` })),
    benchmarks,
    scoring,
  });
}

/** Evidence scoring each benchmark as given (`null` leaves it missing). */
function evidence(scores: Record<string, number | null>, extra: Record<string, unknown> = {}) {
  const pct = Object.fromEntries(
    Object.entries(scores).map(([id, s]) => [
      id.toLowerCase(),
      s === null ? null : VALUE_FOR_SCORE[s],
    ]),
  );
  return {
    organisation: { id: "RXX", name: "Northfield Hospitals NHS Trust", type: "acute" },
    asOf: "2025-03-31",
    evidence: { pct, ...extra },
  };
}

/** One domain per benchmark, like CQC's quality statements. */
function statements(scores: number[], scoring: Record<string, unknown> = {}) {
  const ids = scores.map((_, i) => `S${i + 1}`);
  const rs = ruleSet(
    ids.map((id, i) => benchmark(id, `statement-${i + 1}`)),
    scoring,
  );
  return { rs, input: evidence(Object.fromEntries(ids.map((id, i) => [id, scores[i]!]))) };
}

const outcomes = (j: Judgement) => Object.fromEntries(j.benchmarks.map((b) => [b.id, b.outcome]));

describe("statement model", () => {
  it("gets CQC's worked example right: 21 of 32 points is 65.6% → 66 → good", () => {
    const { rs, input } = statements([3, 3, 3, 3, 3, 2, 2, 2]);
    const j = evaluate(rs, input);
    expect(j.domains.map((d) => d.score)).toEqual([3, 3, 3, 3, 3, 2, 2, 2]);
    expect(j.domains.map((d) => d.percent)).toEqual([75, 75, 75, 75, 75, 50, 50, 50]);
    expect(j.percent).toBe(66);
    expect(j.rating).toBe("good");
    expect(j.bandedRating).toBe("good");
  });

  it("rounds 62.5% half up to 63 (good), and down to 62 under floor (requires improvement)", () => {
    const scores = [3, 3, 3, 3, 2, 2, 2, 2];
    const halfUp = statements(scores);
    expect(evaluate(halfUp.rs, halfUp.input)).toMatchObject({ percent: 63, rating: "good" });
    const floor = statements(scores, { rounding: "floor" });
    expect(evaluate(floor.rs, floor.input)).toMatchObject({
      percent: 62,
      rating: "requires-improvement",
    });
  });

  it("weights benchmarks within a domain exactly, even with decimal weights", () => {
    // (3 × 0.5 + 2 × 0.3) / (4 × 0.8) = 65.625% → 66
    const rs = ruleSet([
      benchmark("A", "d", { weight: 0.5 }),
      benchmark("B", "d", { weight: 0.3 }),
    ]);
    const j = evaluate(rs, evidence({ A: 3, B: 2 }));
    expect(j.domains[0]).toMatchObject({ percent: 66, score: 3 });
    const tenths = ruleSet([
      benchmark("A", "d", { weight: 0.1 }),
      benchmark("B", "d", { weight: 0.1 }),
    ]);
    expect(evaluate(tenths, evidence({ A: 3, B: 2 })).domains[0]).toMatchObject({ percent: 63 });
    // (1 × 0.1 + 2 × 0.2 + 1 × 0.1) / 1.6 is exactly 37.5%, though floating point gives 37.4999…
    const three = ruleSet(
      ["A", "B", "C"].map((id, i) => benchmark(id, "d", { weight: [0.1, 0.2, 0.1][i] })),
    );
    expect(evaluate(three, evidence({ A: 1, B: 2, C: 1 })).domains[0]).toMatchObject({
      percent: 38,
    });
    const floor = ruleSet(
      [benchmark("A", "d", { weight: 0.1 }), benchmark("B", "d", { weight: 0.1 })],
      { rounding: "floor" },
    );
    expect(evaluate(floor, evidence({ A: 3, B: 2 })).domains[0]).toMatchObject({
      percent: 62,
      score: 2,
    });
  });

  it("lets a gate benchmark scored 1 force its domain to 1 but keep its percent", () => {
    const rs = ruleSet([
      benchmark("G", "governance", { gate: true }),
      benchmark("A", "governance"),
      benchmark("B", "culture"),
    ]);
    const j = evaluate(rs, evidence({ G: 1, A: 4, B: 3 }));
    expect(j.domains[0]).toEqual({
      id: "governance",
      title: "Domain governance",
      status: "assessed",
      score: 1,
      percent: 63,
      gated: true,
      benchmarks: ["G", "A"],
    });
    // (1 + 3) / 8 = 50%
    expect(j).toMatchObject({ percent: 50, rating: "requires-improvement" });
    const passed = evaluate(rs, evidence({ G: 2, A: 4, B: 3 }));
    expect(passed.domains[0]).toMatchObject({ score: 3, percent: 75, gated: false });
  });

  it("leaves a domain with fewer than minScoredPerDomain scored benchmarks not assessed", () => {
    const rs = ruleSet(
      [benchmark("A", "one"), benchmark("B", "one"), benchmark("C", "two"), benchmark("D", "two")],
      { minScoredPerDomain: 2 },
    );
    const j = evaluate(rs, evidence({ A: 4, B: null, C: 2, D: 2 }));
    expect(j.domains[0]).toMatchObject({
      status: "not-assessed",
      score: null,
      percent: null,
      gated: false,
    });
    expect(j.domains[1]).toMatchObject({ status: "assessed", score: 2, percent: 50 });
    expect(j).toMatchObject({ percent: 50, rating: "requires-improvement" });
  });

  it("gives insufficient-evidence, a null percent and no limits when no domain is assessed", () => {
    const rs = ruleSet([benchmark("A", "one")], {
      limits: [
        { id: "always", when: { "==": [1, 1] }, capAt: "inadequate", reason: "Always holds" },
      ],
    });
    const j = evaluate(rs, evidence({ A: null }));
    expect(j).toMatchObject({
      rating: "insufficient-evidence",
      bandedRating: "insufficient-evidence",
      percent: null,
      limits: [],
      coverage: { applicable: 1, evidenced: 0 },
    });
    expect(j.domains[0]).toMatchObject({ status: "not-assessed", score: null });
  });
});

describe("flat model", () => {
  it("scores straight from every scored benchmark, weighted, whether or not its domain is assessed", () => {
    const rs = ruleSet(
      [benchmark("A", "one", { weight: 3 }), benchmark("B", "two"), benchmark("C", "two")],
      { model: "flat", minScoredPerDomain: 2 },
    );
    // (4 × 3 + 1 × 1) / (4 × 4) = 81.25% → 81 → good, though domain "one" is not assessed
    const j = evaluate(rs, evidence({ A: 4, B: 1, C: null }));
    expect(j).toMatchObject({ percent: 81, rating: "good" });
    expect(j.domains.map((d) => d.status)).toEqual(["not-assessed", "not-assessed"]);
  });

  it("reports its domains with their own percent and score", () => {
    const rs = ruleSet([benchmark("A", "one"), benchmark("B", "two", { gate: true })], {
      model: "flat",
    });
    const j = evaluate(rs, evidence({ A: 4, B: 1 }));
    expect(j.domains.map((d) => [d.score, d.percent, d.gated])).toEqual([
      [4, 100, false],
      [1, 25, true],
    ]);
    expect(j).toMatchObject({ percent: 63, rating: "good" });
  });

  it("gives insufficient-evidence when no benchmark is scored", () => {
    const rs = ruleSet([benchmark("A", "one")], { model: "flat" });
    expect(evaluate(rs, evidence({ A: null }))).toMatchObject({
      rating: "insufficient-evidence",
      percent: null,
    });
  });
});

describe("limits", () => {
  const limit = (id: string, when: unknown, capAt: string) => ({
    id,
    when,
    capAt,
    reason: `Reason ${id}`,
  });
  const atOne = limit(
    "no-statement-at-1",
    { ">": [{ var: "counts.1" }, 0] },
    "requires-improvement",
  );
  const noGuardian = limit(
    "no-guardian",
    { "==": [{ var: "evidence.ftsu.guardianInPost" }, false] },
    "inadequate",
  );
  const guardian = { "ftsu.guardianInPost": { type: "boolean" } };
  const fourDomains = ["A", "B", "C", "D"].map((id) => benchmark(id, `d-${id.toLowerCase()}`));

  it("caps the rating when a statement scores 1", () => {
    const rs = ruleSet(fourDomains, { limits: [atOne] });
    const j = evaluate(rs, evidence({ A: 4, B: 4, C: 4, D: 1 }));
    // 13 of 16 = 81.25% → 81 → good, capped
    expect(j).toMatchObject({ percent: 81, bandedRating: "good", rating: "requires-improvement" });
    expect(j.limits).toEqual([
      {
        id: "no-statement-at-1",
        capAt: "requires-improvement",
        reason: "Reason no-statement-at-1",
      },
    ]);
    expect(evaluate(rs, evidence({ A: 4, B: 4, C: 4, D: 2 })).limits).toEqual([]);
  });

  it("caps the rating from the evidence itself", () => {
    const rs = ruleSet(fourDomains, { limits: [noGuardian] }, guardian);
    const capped = evaluate(
      rs,
      evidence({ A: 4, B: 4, C: 4, D: 4 }, { ftsu: { guardianInPost: false } }),
    );
    expect(capped).toMatchObject({ bandedRating: "outstanding", rating: "inadequate" });
    const missing = evaluate(rs, evidence({ A: 4, B: 4, C: 4, D: 4 }));
    expect(missing).toMatchObject({ rating: "outstanding", limits: [] });
  });

  it("reports every limit that holds and applies the lowest cap", () => {
    const high = limit("percent-below-90", { "<": [{ var: "percent" }, 90] }, "good");
    const rs = ruleSet(fourDomains, { limits: [high, atOne, noGuardian] }, guardian);
    const j = evaluate(
      rs,
      evidence({ A: 4, B: 4, C: 4, D: 1 }, { ftsu: { guardianInPost: false } }),
    );
    expect(j.limits.map((l) => l.id)).toEqual([
      "percent-below-90",
      "no-statement-at-1",
      "no-guardian",
    ]);
    expect(j.rating).toBe("inadequate");
  });

  it("reports a limit but leaves a banded rating that is already lower", () => {
    const rs = ruleSet(fourDomains, { limits: [atOne] });
    const j = evaluate(rs, evidence({ A: 1, B: 1, C: 2, D: 1 }));
    expect(j).toMatchObject({ percent: 31, bandedRating: "inadequate", rating: "inadequate" });
    expect(j.limits.map((l) => l.id)).toEqual(["no-statement-at-1"]);
  });

  it("reads domains, benchmarks, rating and organisation type from the summary context", () => {
    const rs = ruleSet(fourDomains, {
      limits: [
        limit("domain", { "<": [{ var: "domains.d-a.percent" }, 50] }, "good"),
        limit("benchmark", { "==": [{ var: "benchmarks.B.outcome" }, "some-shortfalls"] }, "good"),
        limit("rating", { "==": [{ var: "rating" }, "outstanding"] }, "good"),
        limit("type", { "==": [{ var: "organisation.type" }, "acute"] }, "good"),
      ],
    });
    const j = evaluate(rs, evidence({ A: 1, B: 2, C: 4, D: 4 }));
    expect(j.limits.map((l) => l.id)).toEqual(["domain", "benchmark", "type"]);
  });
});

describe("benchmark outcomes", () => {
  it("gives the first level that holds, or significant shortfalls", () => {
    const rs = ruleSet([
      benchmark("A", "d"),
      benchmark("B", "d"),
      benchmark("C", "d"),
      benchmark("D", "d"),
    ]);
    const j = evaluate(rs, evidence({ A: 4, B: 3, C: 2, D: 1 }));
    expect(outcomes(j)).toEqual({
      A: "exceptional",
      B: "good",
      C: "some-shortfalls",
      D: "significant-shortfalls",
    });
    expect(j.benchmarks.map((b) => b.score)).toEqual([4, 3, 2, 1]);
  });

  it("is not applicable when appliesTo is false, and then neither scored nor counted", () => {
    const rs = ruleSet([
      benchmark("A", "d", { appliesTo: { in: [{ var: "organisation.type" }, ["ambulance"]] } }),
      benchmark("B", "d"),
    ]);
    const j = evaluate(rs, evidence({ A: null, B: 3 }));
    expect(j.benchmarks[0]).toMatchObject({
      outcome: "not-applicable",
      score: null,
      scored: false,
      missing: [],
    });
    expect(j.coverage).toEqual({ applicable: 1, evidenced: 1 });
    expect(j.domains[0]).toMatchObject({ percent: 75 });
  });

  it("is not evidenced when required evidence is absent or null, and lists what is missing", () => {
    const rs = ruleSet([benchmark("A", "d"), benchmark("B", "d"), benchmark("C", "d")]);
    const input = evidence({ A: null, C: 3 });
    const j = evaluate(rs, input);
    expect(j.benchmarks.map((b) => [b.outcome, b.score, b.scored, b.missing])).toEqual([
      ["not-evidenced", null, false, ["pct.a"]],
      ["not-evidenced", null, false, ["pct.b"]],
      ["good", 3, true, []],
    ]);
    expect(j.coverage).toEqual({ applicable: 3, evidenced: 1 });
  });

  it("uses explicit `requires` instead of the paths the levels read", () => {
    const rs = ruleSet([benchmark("A", "d", { requires: ["pct.b"] }), benchmark("B", "d")]);
    const j = evaluate(rs, evidence({ A: 3, B: null }));
    expect(j.benchmarks[0]).toMatchObject({
      outcome: "not-evidenced",
      missing: ["pct.b"],
      values: { "pct.a": 75 },
    });
  });

  it("scores missing evidence 1 under missingEvidence: lowest, except for pilots", () => {
    const rs = ruleSet(
      [benchmark("A", "d"), benchmark("B", "d"), benchmark("P", "d", { status: "pilot" })],
      {
        missingEvidence: "lowest",
      },
    );
    const j = evaluate(rs, evidence({ A: null, B: 4, P: null }));
    expect(j.benchmarks.map((b) => [b.outcome, b.score, b.scored])).toEqual([
      ["not-evidenced", 1, true],
      ["exceptional", 4, true],
      ["not-evidenced", null, false],
    ]);
    expect(j.domains[0]).toMatchObject({ percent: 63 });
    expect(j.coverage).toEqual({ applicable: 2, evidenced: 1 });
  });

  it("reports a pilot benchmark with its score but never counts it", () => {
    const rs = ruleSet([benchmark("A", "d"), benchmark("P", "d", { status: "pilot" })]);
    const j = evaluate(rs, evidence({ A: 3, P: 1 }));
    expect(j.benchmarks[1]).toMatchObject({
      status: "pilot",
      outcome: "significant-shortfalls",
      score: 1,
      scored: false,
    });
    expect(j.domains[0]).toMatchObject({ percent: 75, score: 3 });
    expect(j.coverage).toEqual({ applicable: 1, evidenced: 1 });
  });

  it("scores a deprecated benchmark and flags it in the warnings", () => {
    const rs = ruleSet([benchmark("A", "d"), benchmark("OLD", "d", { status: "deprecated" })]);
    const j = evaluate(rs, evidence({ A: 3, OLD: 1 }));
    expect(j.benchmarks[1]).toMatchObject({ status: "deprecated", score: 1, scored: true });
    expect(j.domains[0]).toMatchObject({ percent: 50 });
    expect(j.warnings).toEqual([
      {
        code: "deprecated-benchmark",
        path: "benchmarks[1]",
        message:
          "benchmark OLD is deprecated: it is still scored, but may be removed from a later version of the rule set",
      },
    ]);
  });

  it('uses JsonLogic truthiness: an empty string is false, "0" is true, and both are present', () => {
    const rs = parseRuleSet({
      format: 1,
      id: "truth",
      version: "1.0.0",
      title: "Truthiness",
      status: "active",
      evidence: { "board.note": { type: "string" } },
      domains: [{ id: "d", title: "D" }],
      benchmarks: [{ id: "T", title: "T", domain: "d", levels: { good: { var: "board.note" } } }],
    });
    const run = (note: string) =>
      evaluate(
        rs,
        { organisation: { type: "acute" }, evidence: { board: { note } } },
        { asOf: "2025-01-01" },
      ).benchmarks[0]!.outcome;
    expect(run("")).toBe("significant-shortfalls");
    expect(run("0")).toBe("good");
  });

  it("reports the values each benchmark read and its domain's benchmarks in rule-set order", () => {
    const rs = ruleSet([benchmark("A", "d"), benchmark("B", "e"), benchmark("C", "d")]);
    const j = evaluate(rs, evidence({ A: 3, B: 2, C: 4 }));
    expect(j.benchmarks.map((b) => b.values)).toEqual([
      { "pct.a": 75 },
      { "pct.b": 50 },
      { "pct.c": 95 },
    ]);
    expect(j.domains.map((d) => d.benchmarks)).toEqual([["A", "C"], ["B"]]);
  });
});

describe("missing evidence never passes a threshold", () => {
  const gated = parseRuleSet({
    format: 1,
    id: "gate-test",
    version: "1.0.0",
    title: "Gate test",
    status: "active",
    evidence: {
      "ftsu.guardianInPost": { type: "boolean", label: "Freedom to Speak Up guardian in post" },
      "ftsu.boardReportsPerYear": { type: "count", label: "speak-up reports to the board" },
      "ftsu.policyAgeMonths": { type: "number", min: 0, label: "age of the speaking-up policy" },
    },
    domains: [{ id: "speak-up", title: "Freedom to speak up" }],
    benchmarks: [
      {
        id: "LM-21",
        title: "Speaking-up arrangements",
        domain: "speak-up",
        gate: true,
        requires: ["ftsu.guardianInPost"],
        levels: {
          good: {
            and: [
              { "==": [{ var: "ftsu.guardianInPost" }, true] },
              { ">=": [{ var: "ftsu.boardReportsPerYear" }, 2] },
              { "<=": [{ var: "ftsu.policyAgeMonths" }, 36] },
            ],
          },
          "some-shortfalls": { "==": [{ var: "ftsu.guardianInPost" }, true] },
        },
      },
    ],
  });
  const judge = (ftsu: Record<string, unknown>) =>
    evaluate(gated, { organisation: { type: "acute" }, asOf: "2026-06-30", evidence: { ftsu } }, { explain: "full" }).benchmarks[0]!;

  it("does not let a level that reads a missing value be met, even outside requires", () => {
    // In JsonLogic alone, null <= 36 is true: the policy age would pass without being given.
    const result = judge({ guardianInPost: true, boardReportsPerYear: 4 });
    expect(result.outcome).toBe("some-shortfalls");
    expect(result.missing).toEqual(["ftsu.policyAgeMonths"]);
    expect(result.trace?.levels.good).toBeUndefined();
    expect(result.trace?.levels["some-shortfalls"]?.result).toBe(true);
    expect(judge({ guardianInPost: true, boardReportsPerYear: 4, policyAgeMonths: 12 }).outcome).toBe("good");
  });

  it("cannot be used to avoid a gate by leaving figures out", () => {
    const result = judge({ guardianInPost: false });
    expect(result.outcome).toBe("significant-shortfalls");
    expect(result.score).toBe(1);
    expect(judge({}).outcome).toBe("not-evidenced");
  });
});
