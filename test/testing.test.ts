import { describe, expect, it } from "vitest";
import { RuleSetError, parseRuleSet, type RuleSet } from "../src/index.js";
import { evaluate, type Judgement } from "../src/evaluate/index.js";
import {
  parseCasesDocument,
  runCases,
  wellLedMatchers,
  type WellLedMatchers,
} from "../src/testing/index.js";

expect.extend(wellLedMatchers);

declare module "vitest" {
  interface Assertion<T> extends WellLedMatchers<T> {}
}

const ruleSet: RuleSet = parseRuleSet({
  format: 1,
  id: "testing-example",
  version: "1.0.0",
  title: "Two quality statements, for the testing helpers' tests",
  status: "active",
  organisationTypes: ["acute", "primary-care"],
  evidence: {
    "managers.withRoleTargetsPct": {
      type: "percent",
      label: "line managers with role-relevant targets",
    },
    "ftsu.guardianInPost": { type: "boolean", label: "a Freedom to Speak Up guardian in post" },
    "regulatory.openRequirementNotices": { type: "count", label: "open requirement notices" },
  },
  domains: [
    { id: "governance", title: "Governance, management and sustainability" },
    { id: "speak-up", title: "Freedom to speak up" },
  ],
  benchmarks: [
    {
      id: "LM-01",
      title: "Managers have role-relevant performance targets",
      domain: "governance",
      levels: {
        exceptional: { "==": [{ var: "managers.withRoleTargetsPct" }, 100] },
        good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] },
        "some-shortfalls": { ">=": [{ var: "managers.withRoleTargetsPct" }, 81] },
      },
    },
    {
      id: "LM-21",
      title: "A Freedom to Speak Up guardian is in post",
      domain: "speak-up",
      gate: true,
      appliesTo: { "!=": [{ var: "organisation.type" }, "primary-care"] },
      levels: { good: { "==": [{ var: "ftsu.guardianInPost" }, true] } },
    },
  ],
  scoring: {
    limits: [
      {
        id: "no-statement-at-1",
        when: { ">": [{ var: "counts.1" }, 0] },
        capAt: "requires-improvement",
        reason: "A quality statement scored 1, so the rating cannot be good or better.",
      },
      {
        id: "open-requirement-notice",
        when: { ">": [{ var: "evidence.regulatory.openRequirementNotices" }, 0] },
        capAt: "requires-improvement",
        reason: "An open CQC requirement notice limits the rating to requires improvement.",
      },
    ],
  },
});

const organisation = { id: "RXX01", name: "Northfield Hospitals NHS Trust", type: "acute" };

/** Governance 3 (LM-01 good), speak-up gated to 1 (no guardian): 4 of 8 points, 50%, capped by no-statement-at-1. */
const vacantGuardian = {
  organisation,
  asOf: "2025-03-31",
  evidence: { managers: { withRoleTargetsPct: 96 }, ftsu: { guardianInPost: false } },
};
const judgement: Judgement = evaluate(ruleSet, vacantGuardian);

describe("wellLedMatchers in vitest", () => {
  it("toHaveRating passes on the rating after limits, and fails quoting percent, banded rating and limits", () => {
    expect(judgement).toHaveRating("requires-improvement");
    expect(judgement).not.toHaveRating("good");
    expect(() => expect(judgement).toHaveRating("good")).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement to have rating good, but it is requires-improvement (50%, banded requires-improvement; limits: no-statement-at-1 (A quality statement scored 1, so the rating cannot be good or better.))]`,
    );
    expect(() =>
      expect(judgement).not.toHaveRating("requires-improvement"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement not to have rating requires-improvement, but it is requires-improvement (50%, banded requires-improvement; limits: no-statement-at-1 (A quality statement scored 1, so the rating cannot be good or better.))]`,
    );
  });

  it("toHaveBenchmarkOutcome fails quoting the benchmark's summary", () => {
    expect(judgement).toHaveBenchmarkOutcome("LM-01", "good");
    expect(judgement).toHaveBenchmarkOutcome("LM-21", "significant-shortfalls");
    expect(judgement).not.toHaveBenchmarkOutcome("LM-01", "exceptional");
    expect(() =>
      expect(judgement).toHaveBenchmarkOutcome("LM-01", "exceptional"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement to have LM-01 exceptional, but it is good: 96% of line managers have role-relevant targets, which meets the good level (at least 95%); exceptional needs 100%.]`,
    );
    expect(() =>
      expect(judgement).not.toHaveBenchmarkOutcome("LM-21", "significant-shortfalls"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement not to have LM-21 significant-shortfalls, but it is significant-shortfalls: There is no Freedom to Speak Up guardian in post; good needs a Freedom to Speak Up guardian in post.]`,
    );
  });

  it("toHaveDomainScore fails listing the domain's benchmarks with their summaries", () => {
    expect(judgement).toHaveDomainScore("governance", 3);
    expect(judgement).toHaveDomainScore("speak-up", 1);
    expect(judgement).not.toHaveDomainScore("speak-up", 2);
    expect(() =>
      expect(judgement).toHaveDomainScore("speak-up", 3),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: expected the judgement to score 3 on speak-up, but it scored 1 (25%, gated):
        LM-21 significant-shortfalls: There is no Freedom to Speak Up guardian in post; good needs a Freedom to Speak Up guardian in post.]
    `);
    expect(() =>
      expect(judgement).not.toHaveDomainScore("governance", 3),
    ).toThrowErrorMatchingInlineSnapshot(`
      [Error: expected the judgement not to score 3 on governance, but it scored 3 (75%):
        LM-01 good: 96% of line managers have role-relevant targets, which meets the good level (at least 95%); exceptional needs 100%.]
    `);
  });

  it("toHaveDomainScore takes null for a domain that was not assessed", () => {
    const gp = evaluate(ruleSet, {
      organisation: { type: "primary-care" },
      asOf: "2025-03-31",
      evidence: { managers: { withRoleTargetsPct: 96 } },
    });
    expect(gp).toHaveDomainScore("speak-up", null);
    expect(gp).not.toHaveDomainScore("governance", null);
    expect(() => expect(gp).toHaveDomainScore("speak-up", 1)).toThrowErrorMatchingInlineSnapshot(`
      [Error: expected the judgement to score 1 on speak-up, but it was not assessed:
        LM-21 not-applicable: Not applicable to primary-care organisations: this benchmark applies only to acute organisations.]
    `);
  });

  it("toBeCappedBy fails quoting the limit's reason, or the limits that did apply", () => {
    expect(judgement).toBeCappedBy("no-statement-at-1");
    expect(judgement).not.toBeCappedBy("open-requirement-notice");
    expect(() =>
      expect(judgement).toBeCappedBy("open-requirement-notice"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement to be capped by open-requirement-notice, but only no-statement-at-1 (A quality statement scored 1, so the rating cannot be good or better.) applied (rating requires-improvement, 50%)]`,
    );
    expect(() =>
      expect(judgement).not.toBeCappedBy("no-statement-at-1"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement not to be capped by no-statement-at-1, but it was: A quality statement scored 1, so the rating cannot be good or better. (capped at requires-improvement)]`,
    );
    const clean = evaluate(ruleSet, {
      ...vacantGuardian,
      evidence: { managers: { withRoleTargetsPct: 96 }, ftsu: { guardianInPost: true } },
    });
    expect(() =>
      expect(clean).toBeCappedBy("no-statement-at-1"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: expected the judgement to be capped by no-statement-at-1, but no limit applied (rating good, 75%)]`,
    );
  });

  it("types its arguments, so a misspelt rating or outcome does not compile", () => {
    const misspelt = () => {
      // @ts-expect-error ratings are written with hyphens
      expect(judgement).toHaveRating("requires improvement");
      // @ts-expect-error "met" is not an outcome
      expect(judgement).toHaveBenchmarkOutcome("LM-01", "met");
    };
    expect(misspelt).toThrow();
  });

  it("throws on misuse, even under .not: a value that is not a judgement, an unknown benchmark or domain", () => {
    expect(() =>
      expect({ rating: "good" }).not.toHaveRating("outstanding"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toHaveRating expects a judgement returned by evaluate(), got an object that is not a judgement]`,
    );
    expect(() =>
      expect(undefined).not.toBeCappedBy("no-statement-at-1"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[TypeError: toBeCappedBy expects a judgement returned by evaluate(), got undefined]`,
    );
    expect(() =>
      expect(judgement).not.toHaveBenchmarkOutcome("LM-99", "good"),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: toHaveBenchmarkOutcome: the judgement has no benchmark LM-99 (rule set testing-example@1.0.0)]`,
    );
    expect(() =>
      expect(judgement).not.toHaveDomainScore("leadership", 3),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: toHaveDomainScore: the judgement has no domain leadership (rule set testing-example@1.0.0)]`,
    );
  });
});

const passingCase = {
  name: "Trust with a vacant speak-up guardian is capped at requires improvement",
  input: vacantGuardian,
  expect: {
    rating: "requires-improvement",
    percent: 50,
    benchmarks: { "LM-01": "good", "LM-21": "significant-shortfalls" },
    domains: { governance: 3, "speak-up": 1 },
    limits: ["no-statement-at-1"],
  },
};

describe("runCases", () => {
  it("passes a case whose judgement matches every expectation", () => {
    expect(runCases(ruleSet, { ruleSet: "testing-example@1.0.0", cases: [passingCase] })).toEqual({
      passed: 1,
      failed: 0,
      results: [{ name: passingCase.name, ok: true, mismatches: [] }],
    });
  });

  it("checks only the benchmarks and domains a case lists", () => {
    const partial = {
      name: "Only the gate",
      input: vacantGuardian,
      expect: { benchmarks: { "LM-21": "significant-shortfalls" } },
    };
    expect(runCases(ruleSet, { ruleSet: "x", cases: [partial] }).passed).toBe(1);
  });

  it("reports every mismatch of a failing case, quoting the benchmark summary and the limits' reasons", () => {
    const failing = {
      name: "Wrong about everything",
      input: vacantGuardian,
      expect: {
        rating: "good",
        percent: 75,
        benchmarks: { "LM-01": "exceptional", "LM-99": "good" },
        domains: { "speak-up": 3, leadership: 2 },
        limits: [],
      },
    };
    const report = runCases(ruleSet, {
      ruleSet: "testing-example@1.0.0",
      cases: [passingCase, failing],
    });
    expect(report.passed).toBe(1);
    expect(report.failed).toBe(1);
    expect(report.results[1]!.ok).toBe(false);
    expect(
      report.results[1]!.mismatches.map((m) => `${m.path}: ${m.message}`),
    ).toMatchInlineSnapshot(`
      [
        "rating: rating is requires-improvement (50%, banded requires-improvement; limits: no-statement-at-1 (A quality statement scored 1, so the rating cannot be good or better.)), expected good",
        "percent: percent is 50, expected 75",
        "benchmarks.LM-01: LM-01 is good, expected exceptional: 96% of line managers have role-relevant targets, which meets the good level (at least 95%); exceptional needs 100%.",
        "benchmarks.LM-99: benchmark LM-99 is not in the rule set",
        "domains.speak-up: domain speak-up scored 1 (25%, gated), expected 3: LM-21 significant-shortfalls",
        "domains.leadership: domain leadership is not in the rule set",
        "limits: no-statement-at-1 applied but was not expected (A quality statement scored 1, so the rating cannot be good or better.)",
      ]
    `);
    expect(report.results[1]!.mismatches[0]).toMatchObject({
      path: "rating",
      expected: "good",
      actual: "requires-improvement",
    });
  });

  it("compares limits as an exact set: a limit that applied but was not expected is a mismatch", () => {
    const notice = {
      ...vacantGuardian,
      evidence: { ...vacantGuardian.evidence, regulatory: { openRequirementNotices: 1 } },
    };
    const report = runCases(ruleSet, { ruleSet: "x", cases: [{ ...passingCase, input: notice }] });
    expect(report.results[0]!.mismatches).toMatchInlineSnapshot(`
      [
        {
          "actual": [
            "no-statement-at-1",
            "open-requirement-notice",
          ],
          "expected": [
            "no-statement-at-1",
          ],
          "message": "open-requirement-notice applied but was not expected (An open CQC requirement notice limits the rating to requires improvement.)",
          "path": "limits",
        },
      ]
    `);
  });

  it("reports an expected limit that did not apply", () => {
    const both = {
      ...passingCase,
      expect: { limits: ["open-requirement-notice", "no-statement-at-1"] },
    };
    const [mismatch] = runCases(ruleSet, { ruleSet: "x", cases: [both] }).results[0]!.mismatches;
    expect(mismatch?.message).toMatchInlineSnapshot(
      `"open-requirement-notice was expected but did not apply"`,
    );
  });

  it("expects null for a domain that is not assessed, and not-applicable for a benchmark that does not apply", () => {
    const gp = {
      name: "GP practice: the speak-up benchmark does not apply, so the statement is not assessed",
      input: {
        organisation: { type: "primary-care" },
        asOf: "2025-03-31",
        evidence: { managers: { withRoleTargetsPct: 100 } },
      },
      expect: {
        rating: "outstanding",
        benchmarks: { "LM-21": "not-applicable" },
        domains: { "speak-up": null, governance: 4 },
        limits: [],
      },
    };
    expect(runCases(ruleSet, { ruleSet: "x", cases: [gp] }).failed).toBe(0);
    const wrong = { ...gp, expect: { domains: { "speak-up": 3, governance: null } } };
    expect(
      runCases(ruleSet, { ruleSet: "x", cases: [wrong] }).results[0]!.mismatches.map(
        (m) => m.message,
      ),
    ).toMatchInlineSnapshot(`
      [
        "domain speak-up was not assessed, expected 3: LM-21 not-applicable",
        "domain governance scored 4 (100%), expected not assessed: LM-01 exceptional",
      ]
    `);
  });

  it("fails a case whose evidence is invalid with an input mismatch naming the paths, not the values", () => {
    const invalid = {
      name: "Percent out of range and a string for a boolean",
      input: {
        organisation,
        asOf: "2025-03-31",
        evidence: { managers: { withRoleTargetsPct: 140 }, ftsu: { guardianInPost: "yes" } },
      },
      expect: { rating: "good" },
    };
    const report = runCases(ruleSet, { ruleSet: "x", cases: [invalid, passingCase] });
    expect(report).toMatchObject({ passed: 1, failed: 1 });
    const [mismatch] = report.results[0]!.mismatches;
    expect(mismatch).toMatchObject({
      path: "input",
      expected: "valid evidence",
      actual: "rejected",
    });
    expect(mismatch!.message).toMatchInlineSnapshot(`
      "Invalid evidence (2 problems):
        evidence.managers.withRoleTargetsPct: must be a percentage from 0 to 100
        evidence.ftsu.guardianInPost: must be true or false"
    `);
    expect(mismatch!.message).not.toContain("140");
  });

  it("throws errors that are not about the evidence rather than reporting them as failed cases", () => {
    expect(() => runCases({} as RuleSet, { ruleSet: "x", cases: [passingCase] })).toThrow();
    expect(() => runCases({} as RuleSet, { ruleSet: "x", cases: [passingCase] })).not.toThrow(
      RuleSetError,
    );
  });
});

describe("parseCasesDocument", () => {
  it("returns a valid cases document unchanged", () => {
    const doc = { ruleSet: "well-led@2.0.0", cases: [passingCase] };
    expect(parseCasesDocument(doc)).toEqual(doc);
  });

  it("rejects an invalid document with a RuleSetError listing every problem with its path", () => {
    const invalid = {
      cases: [
        {
          name: "",
          input: vacantGuardian,
          expect: {
            rating: "excellent",
            benchmarks: { "LM-01": "fine" },
            domains: { governance: 5 },
          },
        },
        { name: "No input", expect: {}, extra: true },
      ],
    };
    let error: unknown;
    try {
      parseCasesDocument(invalid);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(RuleSetError);
    expect(
      (error as RuleSetError).issues.map((i) => `${i.path}: ${i.message}`),
    ).toMatchInlineSnapshot(`
      [
        "ruleSet: expected a string",
        "cases[0].name: a case needs a name",
        "cases[0].expect.rating: must be one of "outstanding", "good", "requires-improvement", "inadequate", "insufficient-evidence"",
        "cases[0].expect.benchmarks.LM-01: must be one of "exceptional", "good", "some-shortfalls", "significant-shortfalls", "not-applicable", "not-evidenced"",
        "cases[0].expect.domains.governance: must be at most 4",
        "cases[1].input: expected an object",
        "cases[1]: unknown property "extra" (check the spelling against the format reference)",
      ]
    `);
    expect(() => runCases(ruleSet, invalid)).toThrow(RuleSetError);
  });

  it("rejects a document without cases", () => {
    expect(() =>
      parseCasesDocument({ ruleSet: "well-led@2.0.0", cases: [] }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [RuleSetError: Invalid cases document (1 problem):
        cases: a cases document needs at least one case]
    `);
  });
});
