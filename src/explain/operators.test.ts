import { describe, expect, it } from "vitest";
import type { Benchmark, Outcome, RuleSet } from "../format/schema.js";
import { compileSummary } from "./index.js";

const EVIDENCE: RuleSet["evidence"] = {
  "managers.withRoleTargetsPct": {
    type: "percent",
    label: "line managers with role-relevant targets",
  },
  "nss.appraisedPct": { type: "percent", label: "staff appraised in the last 12 months" },
  "nss.compassionateLeadership": {
    type: "number",
    label: "compassionate leadership sub-score",
    unit: "points out of 10",
  },
  "nss.compassionateLeadershipMedian": {
    type: "number",
    label: "benchmark-group median compassionate leadership sub-score",
    unit: "points out of 10",
  },
  "ftsu.guardianInPost": { type: "boolean", label: "a Freedom to Speak Up guardian in post" },
  "ftsu.boardReportsPerYear": {
    type: "count",
    label: "Freedom to Speak Up reports to the board",
    unit: "reports a year",
  },
  "ftsu.policyAgeMonths": {
    type: "count",
    label: "time since the speaking-up policy was last reviewed",
    unit: "months",
  },
  "environment.greenPlan": { type: "boolean", label: "has a board-approved green plan" },
  "edi.wresPublished": { type: "boolean", label: "WRES data published" },
  "talent.policy": { type: "boolean", label: "talent management policy in place" },
  "board.fpptSubmission": {
    type: "boolean",
    label: "the chair's annual fit and proper person submission",
  },
  "cqc.lastRating": {
    type: "enum",
    label: "last overall CQC rating",
    values: ["outstanding", "good", "requires-improvement", "inadequate"],
  },
  "board.lastExternalReview": { type: "date", label: "last external well-led review" },
  "board.lastInspection": { type: "date", label: "last CQC inspection" },
  "talent.reviewAgeMonths": {
    type: "count",
    label: "time since the last talent review",
    unit: "months",
  },
  "regulatory.openWarningNotices": {
    type: "count",
    label: "open CQC warning notices",
    unit: "notices",
  },
  "training.hours": {
    type: "number",
    label: "leadership training per manager",
    unit: "hours a year",
  },
  "wms.operations": {
    type: "number",
    label: "management practice score for operations",
    unit: "points out of 5",
  },
  "wms.monitoring": {
    type: "number",
    label: "management practice score for monitoring",
    unit: "points out of 5",
  },
  "wms.targets": {
    type: "number",
    label: "management practice score for targets",
    unit: "points out of 5",
  },
  "notes.summary": { type: "string", label: "board summary" },
  "nss.surveyYear": { type: "integer", label: "NHS Staff Survey year" },
};

const DATA = {
  organisation: { type: "acute" },
  managers: { withRoleTargetsPct: 81 },
  nss: {
    appraisedPct: 77.5,
    compassionateLeadership: 7.1,
    compassionateLeadershipMedian: 7.4,
    surveyYear: 2024,
  },
  ftsu: { guardianInPost: true, boardReportsPerYear: 1, policyAgeMonths: 40 },
  environment: { greenPlan: false },
  edi: { wresPublished: false },
  talent: { policy: false, reviewAgeMonths: 14 },
  board: { fpptSubmission: true, lastExternalReview: "2021-03-01" },
  cqc: { lastRating: "requires-improvement" },
  regulatory: { openWarningNotices: 1 },
  training: { hours: 0.1 + 0.2 },
  wms: { operations: 3, monitoring: 1.5, targets: 2.75 },
  notes: { summary: "draft" },
};

/** The sentence for `outcome` when a benchmark's levels are the given conditions. */
function say(
  levels: Benchmark["levels"],
  outcome: Outcome = "some-shortfalls",
  data: object = DATA,
): string {
  const benchmark: Benchmark = { id: "B-1", title: "Test", domain: "d", levels };
  const ruleSet: RuleSet = {
    format: 1,
    id: "test",
    version: "1.0.0",
    title: "Test",
    status: "draft",
    evidence: EVIDENCE,
    domains: [{ id: "d", title: "D" }],
    benchmarks: [benchmark],
  };
  return compileSummary(benchmark, ruleSet)(outcome, { ...DATA, ...data }, { missing: [] });
}
const v = (path: string) => ({ var: path });
const pct = v("managers.withRoleTargetsPct");

describe("comparisons", () => {
  it("reads every comparison operator, in either argument order", () => {
    expect(say({ good: { ">": [pct, 90] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs more than 90%."`,
    );
    expect(say({ good: { "<": [pct, 50] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs less than 50%."`,
    );
    expect(say({ good: { "<=": [pct, 50] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at most 50%."`,
    );
    expect(say({ good: { ">=": [95, pct] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at most 95%."`,
    );
    expect(say({ good: { "<": [90, pct] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs more than 90%."`,
    );
    expect(say({ good: { "===": [pct, 100] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs 100%."`,
    );
    expect(say({ good: { "==": [pct, 90] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs exactly 90%."`,
    );
    expect(say({ good: { "!=": [pct, 81] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs anything other than 81%."`,
    );
    expect(say({ good: { "!==": [pct, 81] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs anything other than 81%."`,
    );
  });

  it("reads three-argument < and <=, and a pair of bounds, as between", () => {
    expect(say({ good: { "<=": [85, pct, 95] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs between 85% and 95%."`,
    );
    expect(say({ good: { "<": [85, pct, 95] } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs more than 85% and less than 95%."`,
    );
    expect(
      say({ good: { and: [{ ">=": [pct, 85] }, { "<=": [pct, 95] }] } }),
    ).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs between 85% and 95%."`,
    );
    expect(
      say({ good: { "!": { "<=": [85, pct, 95] } } }, "significant-shortfalls", {
        managers: { withRoleTargetsPct: 90 },
      }),
    ).toMatchInlineSnapshot(
      `"90% of line managers have role-relevant targets; good needs less than 85% or more than 95%."`,
    );
  });

  it("pushes ! and !! down to the comparisons", () => {
    expect(say({ good: { "!": { "<": [pct, 95] } } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at least 95%."`,
    );
    expect(say({ good: { "!!": { ">=": [pct, 95] } } })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at least 95%."`,
    );
    expect(
      say({ good: { "!": [{ or: [{ "<": [pct, 95] }, { var: "talent.policy" }] }] } }),
    ).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets and there is no talent management policy in place; good needs at least 95% of line managers with role-relevant targets and no talent management policy in place."`,
    );
  });

  it("writes counts with their units, and zero as none", () => {
    expect(say({ good: { ">=": [v("ftsu.boardReportsPerYear"), 2] } })).toMatchInlineSnapshot(
      `"The number of Freedom to Speak Up reports to the board is 1 a year; good needs at least 2 reports a year."`,
    );
    expect(say({ good: { "==": [v("regulatory.openWarningNotices"), 0] } })).toMatchInlineSnapshot(
      `"The number of open CQC warning notices is 1; good needs none."`,
    );
    expect(
      say(
        {
          good: {
            and: [
              { "==": [v("regulatory.openWarningNotices"), 0] },
              { var: "ftsu.guardianInPost" },
            ],
          },
        },
        "some-shortfalls",
      ),
    ).toMatchInlineSnapshot(
      `"The number of open CQC warning notices is 1 and there is a Freedom to Speak Up guardian in post; good needs no open CQC warning notices and a Freedom to Speak Up guardian in post."`,
    );
    expect(
      say(
        {
          good: { ">=": [v("ftsu.boardReportsPerYear"), 3] },
          "some-shortfalls": { var: "ftsu.boardReportsPerYear" },
        },
        "significant-shortfalls",
        { ftsu: { boardReportsPerYear: 0 } },
      ),
    ).toMatchInlineSnapshot(
      `"The number of Freedom to Speak Up reports to the board is 0 a year; some shortfalls needs at least 1 report a year and good at least 3 reports a year."`,
    );
  });

  it("writes ages in months as how long ago", () => {
    expect(
      say({
        good: { and: [{ "<=": [v("talent.reviewAgeMonths"), 12] }, { var: "talent.policy" }] },
      }),
    ).toMatchInlineSnapshot(
      `"The last talent review was 14 months ago and there is no talent management policy in place; good needs the last talent review within the last 12 months and a talent management policy in place."`,
    );
    expect(say({ good: { "<=": [v("ftsu.policyAgeMonths"), 36] } })).toMatchInlineSnapshot(
      `"The speaking-up policy was last reviewed 40 months ago; good needs the speaking-up policy reviewed within the last 36 months."`,
    );
  });

  it("rounds away floating-point noise and keeps integers whole", () => {
    expect(say({ good: { ">=": [v("training.hours"), 15] } })).toMatchInlineSnapshot(
      `"The leadership training per manager is 0.3 hours a year; good needs at least 15 hours a year."`,
    );
    expect(say({ good: { ">=": [v("nss.surveyYear"), 2025] } })).toMatchInlineSnapshot(
      `"The NHS Staff Survey year is 2024; good needs at least 2025."`,
    );
  });
});

describe("combined conditions", () => {
  const speakUp = {
    and: [
      { "==": [v("ftsu.guardianInPost"), true] },
      { ">=": [v("ftsu.boardReportsPerYear"), 2] },
      { "<=": [v("ftsu.policyAgeMonths"), 36] },
    ],
  };

  it("lists every part of an and", () => {
    expect(
      say({ good: speakUp, "some-shortfalls": { "==": [v("ftsu.guardianInPost"), true] } }),
    ).toMatchInlineSnapshot(
      `"There is a Freedom to Speak Up guardian in post, the number of Freedom to Speak Up reports to the board is 1 a year and the speaking-up policy was last reviewed 40 months ago; good needs a Freedom to Speak Up guardian in post, at least 2 Freedom to Speak Up reports to the board a year and the speaking-up policy reviewed within the last 36 months."`,
    );
    expect(
      say(
        { good: speakUp, "some-shortfalls": { "==": [v("ftsu.guardianInPost"), true] } },
        "significant-shortfalls",
        { ftsu: { guardianInPost: false, boardReportsPerYear: 0, policyAgeMonths: 0 } },
      ),
    ).toMatchInlineSnapshot(
      `"There is no Freedom to Speak Up guardian in post, the number of Freedom to Speak Up reports to the board is 0 a year and the speaking-up policy was last reviewed less than a month ago; some shortfalls needs a Freedom to Speak Up guardian in post, and good needs a Freedom to Speak Up guardian in post, at least 2 Freedom to Speak Up reports to the board a year and the speaking-up policy reviewed within the last 36 months."`,
    );
    expect(
      say({ good: speakUp }, "good", {
        ftsu: { guardianInPost: true, boardReportsPerYear: 4, policyAgeMonths: 12 },
      }),
    ).toMatchInlineSnapshot(
      `"There is a Freedom to Speak Up guardian in post, the number of Freedom to Speak Up reports to the board is 4 a year and the speaking-up policy was last reviewed 12 months ago, which meets the good level."`,
    );
  });

  it("writes or inside and, and and inside or", () => {
    expect(
      say({
        good: {
          and: [{ or: [v("ftsu.guardianInPost"), v("talent.policy")] }, { ">=": [pct, 95] }],
        },
      }),
    ).toMatchInlineSnapshot(
      `"There is a Freedom to Speak Up guardian in post, there is no talent management policy in place and 81% of line managers have role-relevant targets; good needs either a Freedom to Speak Up guardian in post or a talent management policy in place, and at least 95% of line managers with role-relevant targets."`,
    );
    expect(
      say({
        good: {
          or: [{ and: [v("ftsu.guardianInPost"), v("talent.policy")] }, { ">=": [pct, 95] }],
        },
      }),
    ).toMatchInlineSnapshot(
      `"There is a Freedom to Speak Up guardian in post, there is no talent management policy in place and 81% of line managers have role-relevant targets; good needs both a Freedom to Speak Up guardian in post and a talent management policy in place, or at least 95% of line managers with role-relevant targets."`,
    );
  });
});

describe("booleans, enums, strings and dates", () => {
  it("phrases booleans from their labels", () => {
    const levels = (path: string) => ({ good: { and: [{ var: path }, { ">=": [pct, 95] }] } });
    expect(
      say(levels("ftsu.guardianInPost"), "some-shortfalls", { ftsu: { guardianInPost: false } }),
    ).toMatchInlineSnapshot(
      `"There is no Freedom to Speak Up guardian in post and 81% of line managers have role-relevant targets; good needs a Freedom to Speak Up guardian in post and at least 95% of line managers with role-relevant targets."`,
    );
    expect(say(levels("environment.greenPlan"))).toMatchInlineSnapshot(
      `"The organisation does not have a board-approved green plan and 81% of line managers have role-relevant targets; good needs a board-approved green plan and at least 95% of line managers with role-relevant targets."`,
    );
    expect(say(levels("edi.wresPublished"))).toMatchInlineSnapshot(
      `"WRES data has not been published and 81% of line managers have role-relevant targets; good needs WRES data published and at least 95% of line managers with role-relevant targets."`,
    );
    expect(say(levels("talent.policy"))).toMatchInlineSnapshot(
      `"There is no talent management policy in place and 81% of line managers have role-relevant targets; good needs a talent management policy in place and at least 95% of line managers with role-relevant targets."`,
    );
    expect(say(levels("board.fpptSubmission"))).toMatchInlineSnapshot(
      `"The chair's annual fit and proper person submission: yes, and 81% of line managers have role-relevant targets; good needs the chair's annual fit and proper person submission, and at least 95% of line managers with role-relevant targets."`,
    );
    expect(
      say({ good: { "!": v("environment.greenPlan") } }, "some-shortfalls", {
        environment: { greenPlan: true },
      }),
    ).toMatchInlineSnapshot(
      `"The organisation has a board-approved green plan; good needs the organisation not to have a board-approved green plan."`,
    );
    expect(
      say({ good: { "!=": [v("edi.wresPublished"), true] } }, "some-shortfalls", {
        edi: { wresPublished: true },
      }),
    ).toMatchInlineSnapshot(`"WRES data has been published; good needs WRES data not published."`);
  });

  it("reads in and == on enums and strings", () => {
    expect(
      say({ good: { in: [v("cqc.lastRating"), ["outstanding", "good"]] } }),
    ).toMatchInlineSnapshot(
      `"The last overall CQC rating is requires improvement; good needs a last overall CQC rating of outstanding or good."`,
    );
    expect(
      say({ good: { "!": { in: [v("cqc.lastRating"), ["requires-improvement", "inadequate"]] } } }),
    ).toMatchInlineSnapshot(
      `"The last overall CQC rating is requires improvement; good needs a last overall CQC rating other than requires improvement or inadequate."`,
    );
    expect(say({ good: { "==": ["good", v("cqc.lastRating")] } })).toMatchInlineSnapshot(
      `"The last overall CQC rating is requires improvement; good needs a last overall CQC rating of good."`,
    );
    expect(say({ good: { in: ["final", v("notes.summary")] } })).toMatchInlineSnapshot(
      `"The board summary is ‘draft’; good needs a board summary containing ‘final’."`,
    );
    expect(say({ good: { "==": [v("notes.summary"), "final"] } })).toMatchInlineSnapshot(
      `"The board summary is ‘draft’; good needs a board summary of ‘final’."`,
    );
  });

  it("reads a field alone by its truthiness", () => {
    expect(say({ good: { "!": v("regulatory.openWarningNotices") } })).toMatchInlineSnapshot(
      `"The number of open CQC warning notices is 1; good needs none."`,
    );
    const zero = { nss: { compassionateLeadership: 0 } };
    expect(
      say({ good: { "!!": v("nss.compassionateLeadership") } }, "some-shortfalls", zero),
    ).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 0 out of 10; good needs anything other than 0 out of 10."`,
    );
    expect(say({ good: { and: [v("notes.summary"), { ">=": [pct, 95] }] } })).toMatchInlineSnapshot(
      `"The board summary is ‘draft’ and 81% of line managers have role-relevant targets; good needs a value for board summary and at least 95% of line managers with role-relevant targets."`,
    );
  });

  it("compares ISO dates", () => {
    expect(
      say({ good: { ">=": [v("board.lastExternalReview"), "2022-04-01"] } }),
    ).toMatchInlineSnapshot(
      `"The last external well-led review was on 1 March 2021; good needs a last external well-led review on or after 1 April 2022."`,
    );
    expect(
      say({ good: { "<": ["2022-04-01", v("board.lastExternalReview")] } }),
    ).toMatchInlineSnapshot(
      `"The last external well-led review was on 1 March 2021; good needs a last external well-led review after 1 April 2022."`,
    );
    expect(
      say({ good: { "<=": ["2022-04-01", v("board.lastExternalReview"), "2025-03-31"] } }),
    ).toMatchInlineSnapshot(
      `"The last external well-led review was on 1 March 2021; good needs a last external well-led review between 1 April 2022 and 31 March 2025."`,
    );
  });
});

describe("arithmetic and other fields", () => {
  const score = v("nss.compassionateLeadership");
  const median = v("nss.compassionateLeadershipMedian");
  const levels = {
    exceptional: { ">=": [score, { "+": [median, 0.3] }] },
    good: { ">=": [score, median] },
    "some-shortfalls": { ">=": [score, { "-": [median, 0.2] }] },
  };

  it("compares with a median and works out the arithmetic on the data", () => {
    expect(
      say(levels, "significant-shortfalls", {
        nss: { compassionateLeadership: 7.1, compassionateLeadershipMedian: 7.4 },
      }),
    ).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.1 out of 10, against a benchmark-group median of 7.4; some shortfalls needs at least 0.2 points below the benchmark-group median (7.2) and good at least the benchmark-group median (7.4)."`,
    );
    expect(
      say(levels, "some-shortfalls", {
        nss: { compassionateLeadership: 7.3, compassionateLeadershipMedian: 7.4 },
      }),
    ).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.3 out of 10, against a benchmark-group median of 7.4; good needs at least the benchmark-group median (7.4)."`,
    );
    expect(
      say(levels, "good", {
        nss: { compassionateLeadership: 7.5, compassionateLeadershipMedian: 7.4 },
      }),
    ).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.5 out of 10, against a benchmark-group median of 7.4, which meets the good level; exceptional needs at least 0.3 points above the benchmark-group median (7.7)."`,
    );
  });

  it("compares a date with another date field", () => {
    const dates = { board: { lastExternalReview: "2021-03-01", lastInspection: "2023-06-30" } };
    const after = { ">": [v("board.lastExternalReview"), v("board.lastInspection")] };
    expect(say({ good: after }, "some-shortfalls", dates)).toMatchInlineSnapshot(
      `"The last external well-led review was on 1 March 2021 and the last CQC inspection was on 30 June 2023; good needs a last external well-led review after the last CQC inspection (30 June 2023)."`,
    );
  });

  it("phrases multiplication, division, min, max and averages", () => {
    expect(say({ good: { ">=": [score, { "*": [median, 1.1] }] } })).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.1 out of 10, against a benchmark-group median of 7.4; good needs at least 1.1 times the benchmark-group median (8.14)."`,
    );
    expect(say({ good: { ">": [score, { "/": [median, 2] }] } })).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.1 out of 10, against a benchmark-group median of 7.4; good needs more than the benchmark-group median divided by 2 (3.7)."`,
    );
    expect(say({ good: { "<=": [{ max: [score, median] }, 9] } })).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.1 out of 10 and the benchmark-group median compassionate leadership sub-score is 7.4 out of 10; good needs the compassionate leadership sub-score and the benchmark-group median compassionate leadership sub-score each to be at most 9 out of 10."`,
    );
    const wms = [v("wms.operations"), v("wms.monitoring"), v("wms.targets")];
    expect(
      say({
        good: { and: [{ ">=": [{ "/": [{ "+": wms }, 3] }, 3] }, { ">=": [{ min: wms }, 2] }] },
      }),
    ).toMatchInlineSnapshot(
      `"The management practice scores for operations, monitoring and targets are 3, 1.5 and 2.75 out of 5; good needs their average to be at least 3 out of 5 (currently 2.42) and each of them to be at least 2 out of 5."`,
    );
    expect(
      say({ good: { ">=": [pct, { min: [v("nss.appraisedPct"), 90] }] } }),
    ).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets and the share of staff appraised in the last 12 months is 77.5%; good needs the share of line managers with role-relevant targets to be at least the lower of the share of staff appraised in the last 12 months and 90% (77.5%)."`,
    );
  });

  it("writes the branch of an if that applies to the organisation", () => {
    const byType = {
      if: [
        { "==": [v("organisation.type"), "primary-care"] },
        { ">=": [pct, 80] },
        { ">=": [pct, 95] },
      ],
    };
    expect(say({ good: byType })).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at least 95%."`,
    );
    expect(
      say({ good: byType }, "some-shortfalls", {
        organisation: { type: "primary-care" },
        managers: { withRoleTargetsPct: 70 },
      }),
    ).toMatchInlineSnapshot(
      `"70% of line managers have role-relevant targets; good needs at least 80%."`,
    );
    expect(
      say({ good: { ">=": [pct, { if: [v("talent.policy"), 90, 95] }] } }),
    ).toMatchInlineSnapshot(
      `"Some shortfalls: the good level's condition is not met (values: line managers with role-relevant targets: 81%; talent management policy in place: no)."`,
    );
    expect(
      say({
        good: { and: [{ "!=": [v("organisation.type"), "ambulance"] }, { ">=": [pct, 95] }] },
      }),
    ).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at least 95%."`,
    );
  });
});

describe("fallbacks", () => {
  it("uses the generic sentence, with the values, for what it cannot phrase", () => {
    expect(say({ good: { "==": [{ "%": [pct, 2] }, 0] } })).toMatchInlineSnapshot(
      `"Some shortfalls: the good level's condition is not met (values: line managers with role-relevant targets: 81%)."`,
    );
    expect(
      say(
        { good: { "==": [{ cat: [v("notes.summary"), "!"] }, "final!"] } },
        "significant-shortfalls",
      ),
    ).toMatchInlineSnapshot(
      `"Significant shortfalls: the good level's condition is not met (values: board summary: ‘draft’)."`,
    );
    expect(
      say({ good: { some: [[1, 2], { ">": [{ var: "" }, 1] }] } }, "good"),
    ).toMatchInlineSnapshot(`"Good: the good level's condition is met."`);
    expect(
      say({
        good: { and: [{ "==": [v("organisation.type"), "ambulance"] }, { ">=": [pct, 95] }] },
      }),
    ).toMatchInlineSnapshot(
      `"Some shortfalls: the good level's condition is not met (values: line managers with role-relevant targets: 81%)."`,
    );
  });

  it("never leaks an error from odd data", () => {
    const odd = { managers: { withRoleTargetsPct: "eighty" }, nss: null };
    expect(
      say(
        { good: { ">=": [pct, v("nss.compassionateLeadershipMedian")] } },
        "some-shortfalls",
        odd,
      ),
    ).toMatchInlineSnapshot(
      `"Line managers with role-relevant targets: eighty and no figure was provided for benchmark-group median compassionate leadership sub-score; good needs the share of line managers with role-relevant targets to be at least the benchmark-group median compassionate leadership sub-score."`,
    );
    expect(say({ good: { ">=": [pct, 95] } }, "unknown" as Outcome)).toMatchInlineSnapshot(
      `"Outcome: no explanation is available for this outcome."`,
    );
  });
});
