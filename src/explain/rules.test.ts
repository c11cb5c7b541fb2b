import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Outcome, RuleSet } from "../format/schema.js";
import { compileLogic } from "../logic/compile.js";
import { truthy } from "../logic/truthy.js";
import { compileSummary } from "./index.js";

const load = (version: string): RuleSet =>
  JSON.parse(
    readFileSync(new URL(`../../rules/well-led/${version}.json`, import.meta.url), "utf8"),
  ) as RuleSet;

function set(target: Record<string, unknown>, path: string, value: unknown): void {
  const segments = path.split(".");
  let node = target;
  for (const s of segments.slice(0, -1)) {
    node[s] ??= {};
    node = node[s] as Record<string, unknown>;
  }
  node[segments[segments.length - 1]!] = value;
}

/** Evidence that varies with `seed`, so every level of most benchmarks is reached. */
function evidence(ruleSet: RuleSet, seed: number): Record<string, unknown> {
  const data: Record<string, unknown> = {
    organisation: { type: ["acute", "primary-care", "community"][seed % 3] },
  };
  let i = seed;
  for (const [path, field] of Object.entries(ruleSet.evidence)) {
    i += 1;
    const pick = <T>(list: readonly T[]): T => list[i % list.length]!;
    const value =
      field.type === "percent"
        ? pick([35, 58, 64, 79, 88, 96, 100])
        : field.type === "count"
          ? pick([0, 1, 3, 5, 12, 30, 70])
          : field.type === "integer"
            ? 2024
            : field.type === "number"
              ? pick([1.2, 2.1, 3.4, 4.6, 7.1, 7.4, 16])
              : field.type === "boolean"
                ? i % 3 !== 0
                : field.type === "enum"
                  ? pick(field.values)
                  : field.type === "date"
                    ? "2024-11-01"
                    : "text";
    set(data, path, value);
  }
  return data;
}

function outcomeOf(benchmark: RuleSet["benchmarks"][number], data: unknown): Outcome {
  if (benchmark.appliesTo !== undefined && !truthy(compileLogic(benchmark.appliesTo)(data)))
    return "not-applicable";
  for (const level of ["exceptional", "good", "some-shortfalls"] as const) {
    const logic = benchmark.levels[level];
    if (logic !== undefined && truthy(compileLogic(logic)(data))) return level;
  }
  return "significant-shortfalls";
}

const GENERIC =
  /^(Exceptional|Good|Some shortfalls|Significant shortfalls|Not applicable|Not evidenced): (the|neither|its|some)/;

describe.each(["1.0.0", "2.0.0"])("the built-in rule set well-led@%s", (version) => {
  const ruleSet = load(version);

  it("gets a specific sentence, never the generic one, for every benchmark and outcome reached", () => {
    const reached = new Map<string, Set<Outcome>>();
    for (const benchmark of ruleSet.benchmarks) {
      const summarise = compileSummary(benchmark, ruleSet);
      for (let seed = 0; seed < 40; seed++) {
        const data = evidence(ruleSet, seed);
        const outcome = outcomeOf(benchmark, data);
        const sentence = summarise(outcome, data as never, { missing: [] });
        expect(sentence, `${benchmark.id} ${outcome}`).not.toMatch(GENERIC);
        expect(sentence).toMatch(/^[A-Z0-9].*\.$/);
        if (!reached.has(benchmark.id)) reached.set(benchmark.id, new Set());
        reached.get(benchmark.id)!.add(outcome);
      }
    }
    const levelOutcomes = [...reached.values()].reduce((n, s) => n + s.size, 0);
    expect(levelOutcomes).toBeGreaterThan(ruleSet.benchmarks.length * 2);
  });

  it("writes sentences fast enough for tens of thousands of organisations", () => {
    const summaries = ruleSet.benchmarks.map((b) => compileSummary(b, ruleSet));
    const organisations = Array.from({ length: 50 }, (_, seed) => evidence(ruleSet, seed));
    const outcomes = organisations.map((data) => ruleSet.benchmarks.map((b) => outcomeOf(b, data)));
    const start = performance.now();
    let count = 0;
    for (let round = 0; round < 40; round++)
      for (let o = 0; o < organisations.length; o++)
        for (let b = 0; b < summaries.length; b++) {
          summaries[b]!(outcomes[o]![b]!, organisations[o] as never, { missing: [] });
          count++;
        }
    const perSentence = (performance.now() - start) / count;
    // Typically a few microseconds; the bound is loose so a busy machine does not fail it.
    expect(perSentence).toBeLessThan(0.1);
  });
});

describe("sample sentences from well-led@2.0.0", () => {
  const ruleSet = load("2.0.0");
  const say = (id: string, outcome: Outcome, values: Record<string, unknown>, type = "acute") => {
    const benchmark = ruleSet.benchmarks.find((b) => b.id === id)!;
    const data: Record<string, unknown> = { organisation: { type } };
    for (const [path, value] of Object.entries(values)) set(data, path, value);
    return compileSummary(benchmark, ruleSet)(outcome, data as never, { missing: [] });
  };

  it("reads as a board member would write it", () => {
    expect(
      say("LM-01", "some-shortfalls", { "managers.withRoleTargetsPct": 81 }),
    ).toMatchInlineSnapshot(
      `"81% of line managers have documented role-relevant performance targets; good needs at least 95%."`,
    );
    expect(
      say("LM-06", "significant-shortfalls", {
        "nss.compassionateLeadership": 7.1,
        "nss.compassionateLeadershipMedian": 7.4,
      }),
    ).toMatchInlineSnapshot(
      `"The compassionate leadership sub-score is 7.1 out of 10, against a benchmark-group median of 7.4; some shortfalls needs at least 0.2 points below the benchmark-group median (7.2) and good at least the benchmark-group median (7.4)."`,
    );
    expect(
      say("LM-15", "some-shortfalls", {
        "nss.appraisalClearObjectivesPct": 63,
        "nss.appraisalClearObjectivesNational": 61.5,
      }),
    ).toMatchInlineSnapshot(
      `"63% of appraised staff say their appraisal helped them agree clear objectives for their work, against a national percentage of 61.5%; good needs at least 5 percentage points above the national percentage (66.5%)."`,
    );
    expect(
      say("LM-21", "some-shortfalls", {
        "ftsu.guardianInPost": true,
        "ftsu.boardReportsPerYear": 1,
        "ftsu.policyAgeMonths": 40,
      }),
    ).toMatchInlineSnapshot(
      `"There is a Freedom to Speak Up guardian in post, the number of Freedom to Speak Up reports to the board is 1 a year and the age of the speaking-up policy is 40 months; good needs a Freedom to Speak Up guardian in post, at least 2 Freedom to Speak Up reports to the board a year and the age of the speaking-up policy to be at most 36 months."`,
    );
    expect(
      say("LM-11", "significant-shortfalls", {
        "talent.reviewAgeMonths": 30,
        "talent.policyInPlace": false,
      }),
    ).toMatchInlineSnapshot(
      `"The last organisation-wide talent review was 30 months ago and there is no talent management policy; some shortfalls needs the last organisation-wide talent review within the last 24 months, and good needs the last organisation-wide talent review within the last 12 months and a talent management policy."`,
    );
    expect(
      say("LM-25", "good", {
        "governance.committeeReviewAgeMonths": 0,
        "governance.accountabilityFramework": true,
      }),
    ).toMatchInlineSnapshot(
      `"Board committees' effectiveness was last reviewed less than a month ago and there is a published accountability framework, which meets the good level."`,
    );
    expect(
      say("LM-39", "some-shortfalls", {
        "wms.operations": 3,
        "wms.monitoring": 1.5,
        "wms.targets": 3.5,
        "wms.people": 3,
      }),
    ).toMatchInlineSnapshot(
      `"The management practice scores for operations, monitoring, targets and people management are 3, 1.5, 3.5 and 3 out of 5; good needs their average to be at least 3 out of 5 (currently 2.75) and each of them to be at least 2 out of 5."`,
    );
    expect(
      say("LM-38", "good", {
        "environment.greenPlanApproved": true,
        "environment.footprintMeasured": true,
        "environment.carbonReductionPct": 3.2,
      }),
    ).toMatchInlineSnapshot(
      `"There is a board-approved Green Plan, there is a measured carbon footprint and the year-on-year reduction in measured carbon emissions is 3.2%, which meets the good level; exceptional needs a board-approved Green Plan, a measured carbon footprint and the year-on-year reduction in measured carbon emissions to be at least 5%."`,
    );
    expect(
      say("LM-37", "not-applicable", { "cqc.lastOverallRating": "good" }),
    ).toMatchInlineSnapshot(
      `"Not applicable: this benchmark applies only to organisations with a last overall CQC rating of requires improvement or inadequate; here the last overall CQC rating is good."`,
    );
    expect(say("LM-13", "not-applicable", {}, "primary-care")).toMatchInlineSnapshot(
      `"Not applicable to primary-care organisations: this benchmark applies only to acute, mental-health, community and ambulance organisations."`,
    );
    expect(say("LM-17", "good", { "managers.perHundredWte": 1.8 })).toMatchInlineSnapshot(
      `"The number of managers per 100 whole-time-equivalent staff is 1.8, which meets the good level (at least 1.5 managers per 100 WTE)."`,
    );
    expect(
      say("LM-09", "some-shortfalls", {
        "training.accreditedNationalStandard": true,
        "training.hoursPerManagerPerYear": 12,
      }),
    ).toMatchInlineSnapshot(
      `"The management training has been accredited against a national minimum standard, and the leadership and management training per manager is 12 hours a manager a year; good needs management training accredited against a national minimum standard, and leadership and management training per manager to be at least 15 hours a manager a year."`,
    );
  });
});
