import { describe, expect, it } from "vitest";
import type { Benchmark, RuleSet } from "../format/schema.js";
import { compileSummary } from "./index.js";

const ruleSet = (
  benchmark: Partial<Benchmark>,
  evidence: RuleSet["evidence"],
): [Benchmark, RuleSet] => {
  const full: Benchmark = {
    id: "LM-01",
    title: "Managers have role-relevant performance targets",
    domain: "governance",
    levels: { good: true },
    ...benchmark,
  };
  return [
    full,
    {
      format: 1,
      id: "test",
      version: "1.0.0",
      title: "Test",
      status: "draft",
      evidence,
      domains: [{ id: "governance", title: "Governance" }],
      benchmarks: [full],
    },
  ];
};

const targets = ruleSet(
  {
    levels: {
      exceptional: { "==": [{ var: "managers.withRoleTargetsPct" }, 100] },
      good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] },
      "some-shortfalls": { ">=": [{ var: "managers.withRoleTargetsPct" }, 81] },
    },
  },
  {
    "managers.withRoleTargetsPct": {
      type: "percent",
      label: "line managers with role-relevant targets",
    },
  },
);
const summarise = compileSummary(...targets);
const acute = (pct: number | null) => ({
  organisation: { type: "acute" },
  managers: { withRoleTargetsPct: pct },
});
const none = { missing: [] };

describe("compileSummary: a single percentage with three levels", () => {
  it("says what the next level up needs, or which level is met", () => {
    expect(summarise("exceptional", acute(100), none)).toMatchInlineSnapshot(
      `"All line managers have role-relevant targets (100%), which meets the exceptional level."`,
    );
    expect(summarise("good", acute(96), none)).toMatchInlineSnapshot(
      `"96% of line managers have role-relevant targets, which meets the good level (at least 95%); exceptional needs 100%."`,
    );
    expect(summarise("some-shortfalls", acute(81), none)).toMatchInlineSnapshot(
      `"81% of line managers have role-relevant targets; good needs at least 95%."`,
    );
    expect(summarise("significant-shortfalls", acute(70), none)).toMatchInlineSnapshot(
      `"70% of line managers have role-relevant targets; some shortfalls needs at least 81% and good at least 95%."`,
    );
    expect(summarise("significant-shortfalls", acute(0), none)).toMatchInlineSnapshot(
      `"No line managers have role-relevant targets (0%); some shortfalls needs at least 81% and good at least 95%."`,
    );
  });

  it("names missing evidence by its label", () => {
    const missing = { missing: ["managers.withRoleTargetsPct"] };
    expect(summarise("not-evidenced", acute(null), missing)).toMatchInlineSnapshot(
      `"Not evidenced: no figure was provided for line managers with role-relevant targets."`,
    );
    expect(summarise("not-evidenced", acute(null), none)).toMatchInlineSnapshot(
      `"Not evidenced: some of the evidence it needs was not provided."`,
    );
  });

  it("falls back to a faithful generic sentence when the outcome cannot have happened", () => {
    expect(summarise("not-applicable", acute(81), none)).toMatchInlineSnapshot(
      `"Not applicable: its applicability condition is not met for this organisation."`,
    );
  });
});

describe("compileSummary: levels without exceptional or some shortfalls", () => {
  const [b, r] = ruleSet(
    { levels: { good: { "<=": [{ var: "managers.reportingObstaclesPct" }, 40] } } },
    {
      "managers.reportingObstaclesPct": {
        type: "percent",
        label: "managers reporting significant obstacles",
      },
    },
  );
  const s = compileSummary(b, r);
  const data = (v: number) => ({
    organisation: { type: "acute" },
    managers: { reportingObstaclesPct: v },
  });

  it("names only the levels that exist", () => {
    expect(s("good", data(30.5), none)).toMatchInlineSnapshot(
      `"The share of managers reporting significant obstacles is 30.5%, which meets the good level (at most 40%)."`,
    );
    expect(s("significant-shortfalls", data(45.25), none)).toMatchInlineSnapshot(
      `"The share of managers reporting significant obstacles is 45.25%; good needs at most 40%."`,
    );
  });
});

describe("compileSummary: not applicable", () => {
  const evidence: RuleSet["evidence"] = {
    "research.patientsOfferedPct": {
      type: "percent",
      label: "patients offered the chance to take part in research",
    },
    "cqc.lastRating": {
      type: "enum",
      label: "last overall CQC rating",
      values: ["outstanding", "good", "requires-improvement", "inadequate"],
    },
  };
  const levels = { good: { ">=": [{ var: "research.patientsOfferedPct" }, 30] } };
  const data = (type: string, rating = "good") => ({
    organisation: { type },
    research: { patientsOfferedPct: 20 },
    cqc: { lastRating: rating },
  });

  it("lists the organisation types it applies to", () => {
    const s = compileSummary(
      ...ruleSet(
        {
          appliesTo: {
            in: [{ var: "organisation.type" }, ["acute", "mental-health", "community"]],
          },
          levels,
        },
        evidence,
      ),
    );
    expect(s("not-applicable", data("primary-care"), none)).toMatchInlineSnapshot(
      `"Not applicable to primary-care organisations: this benchmark applies only to acute, mental-health and community organisations."`,
    );
  });

  it("reads != and ! on the organisation type", () => {
    const ne = compileSummary(
      ...ruleSet(
        { appliesTo: { "!=": [{ var: "organisation.type" }, "primary-care"] }, levels },
        evidence,
      ),
    );
    expect(ne("not-applicable", data("primary-care"), none)).toMatchInlineSnapshot(
      `"Not applicable to primary-care organisations: this benchmark applies only to acute, mental-health, community and ambulance organisations."`,
    );
    const not = compileSummary(
      ...ruleSet(
        {
          appliesTo: { "!": { in: [{ var: "organisation.type" }, ["ambulance", "primary-care"]] } },
          levels,
        },
        evidence,
      ),
    );
    expect(not("not-applicable", data("ambulance"), none)).toMatchInlineSnapshot(
      `"Not applicable to ambulance organisations: this benchmark applies only to acute, mental-health and community organisations."`,
    );
  });

  it("explains a condition on evidence, and on both evidence and type", () => {
    const appliesTo = {
      and: [
        { in: [{ var: "cqc.lastRating" }, ["requires-improvement", "inadequate"]] },
        { "!=": [{ var: "organisation.type" }, "primary-care"] },
      ],
    };
    const s = compileSummary(...ruleSet({ appliesTo, levels }, evidence));
    expect(s("not-applicable", data("acute", "good"), none)).toMatchInlineSnapshot(
      `"Not applicable: this benchmark applies only to organisations with a last overall CQC rating of requires improvement or inadequate; here the last overall CQC rating is good."`,
    );
    expect(s("not-applicable", data("primary-care", "inadequate"), none)).toMatchInlineSnapshot(
      `"Not applicable to primary-care organisations: this benchmark applies only to acute, mental-health, community and ambulance organisations."`,
    );
  });

  it("scopes an evidence condition that depends on the organisation type", () => {
    const appliesTo = {
      or: [
        { "==": [{ var: "organisation.type" }, "acute"] },
        { var: "research.patientsOfferedPct" },
      ],
    };
    const s = compileSummary(...ruleSet({ appliesTo, levels }, evidence));
    expect(
      s("not-applicable", { ...data("community"), research: { patientsOfferedPct: 0 } }, none),
    ).toMatchInlineSnapshot(
      `"Not applicable: for community organisations, this benchmark applies only to those with more than 0% of patients offered the chance to take part in research; here the share of patients offered the chance to take part in research is 0%."`,
    );
  });

  it("falls back when the applicability condition cannot be explained", () => {
    const appliesTo = { "==": [{ "%": [{ var: "research.patientsOfferedPct" }, 2] }, 0] };
    const s = compileSummary(...ruleSet({ appliesTo, levels }, evidence));
    expect(s("not-applicable", data("community"), none)).toMatchInlineSnapshot(
      `"Not applicable: its applicability condition is not met for this organisation (values: patients offered the chance to take part in research: 20%)."`,
    );
  });
});

describe("compileSummary: templates", () => {
  const [b, r] = ruleSet(
    {
      levels: targets[0].levels,
      explanations: {
        "some-shortfalls":
          "{managers.withRoleTargetsPct} of {label:managers.withRoleTargetsPct}, reviewed {board.reviewed}; the board approved it: {board.approved}.",
        "not-evidenced": "{missing} not supplied {unknown.path} {organisation.type}.",
        good: "no placeholders here.",
      },
    },
    {
      ...targets[1].evidence,
      "board.reviewed": { type: "date", label: "board review" },
      "board.approved": { type: "boolean" },
    },
  );
  const s = compileSummary(b, r);

  it("replaces placeholders with formatted values and labels", () => {
    const data = {
      organisation: { type: "acute" },
      managers: { withRoleTargetsPct: 81.30000000000001 },
      board: { reviewed: "2024-11-01", approved: true },
    };
    expect(s("some-shortfalls", data, none)).toMatchInlineSnapshot(
      `"81.3% of line managers with role-relevant targets, reviewed 1 November 2024; the board approved it: yes."`,
    );
    expect(s("good", data, none)).toMatchInlineSnapshot(`"No placeholders here."`);
  });

  it("shows missing values as not provided, and lists missing evidence", () => {
    const data = { organisation: { type: "acute" }, managers: { withRoleTargetsPct: null } };
    expect(s("some-shortfalls", data, none)).toMatchInlineSnapshot(
      `"Not provided of line managers with role-relevant targets, reviewed not provided; the board approved it: not provided."`,
    );
    expect(
      s("not-evidenced", data, { missing: ["managers.withRoleTargetsPct", "board.approved"] }),
    ).toMatchInlineSnapshot(
      `"Line managers with role-relevant targets and board approved not supplied {unknown.path} acute."`,
    );
  });

  it("generates sentences for outcomes without a template", () => {
    const data = { organisation: { type: "acute" }, managers: { withRoleTargetsPct: 100 } };
    expect(s("exceptional", data, none)).toMatchInlineSnapshot(
      `"All line managers have role-relevant targets (100%), which meets the exceptional level."`,
    );
  });
});

describe("compileSummary: conditions that throw", () => {
  it("keeps the other sentences when one condition cannot even be worked out", () => {
    const [b, r] = ruleSet(
      {
        appliesTo: { "*": [] },
        levels: {
          good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] },
          "some-shortfalls": { "*": [] },
        },
      },
      targets[1].evidence,
    );
    const s = compileSummary(b, r);
    expect(s("good", acute(96), none)).toMatchInlineSnapshot(
      `"96% of line managers have role-relevant targets, which meets the good level (at least 95%)."`,
    );
    expect(s("significant-shortfalls", acute(50), none)).toMatchInlineSnapshot(
      `"Significant shortfalls: neither the good nor the some-shortfalls level's condition is met (values: line managers with role-relevant targets: 50%)."`,
    );
    expect(s("not-applicable", acute(50), none)).toMatchInlineSnapshot(
      `"Not applicable: its applicability condition is not met for this organisation."`,
    );
  });
});
