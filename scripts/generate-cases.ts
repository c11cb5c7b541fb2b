/**
 * Writes rules/well-led/<version>.cases.json, the regression suites of the built-in rule sets.
 * Run: `npx tsx scripts/generate-cases.ts`.
 *
 * Nothing here snapshots the library. Each case is built from evidence chosen, benchmark by
 * benchmark, to sit at a named level (the `LEVEL_EVIDENCE` table below, read off the rule sets'
 * conditions), and it states the rating, percent, limits and domain scores its name claims,
 * worked out by hand. Before a file is written, every case is checked by an independent scorer
 * (json-logic-js, the reference for conditions, plus the scoring of docs/evaluation.md written out again below): the
 * evidence must give the level it was chosen for, and the hand-worked claims must agree.
 * `test/rules.test.ts` then runs the files through the library with `runCases`, and checks that
 * they are what this script writes.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import jsonLogic, { type RulesLogic } from "json-logic-js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** The rule-set versions that get a cases file. */
export const CASE_VERSIONS = ["1.0.0", "2.0.0"] as const;
type Version = (typeof CASE_VERSIONS)[number];

/** Where the cases file of a version lives. */
export const casesPath = (version: string) =>
  join(root, "rules", "well-led", `${version}.cases.json`);

type Level = "exceptional" | "good" | "some-shortfalls" | "significant-shortfalls";
type Outcome = Level | "not-applicable" | "not-evidenced";
/**
 * A level, optionally at an edge: `good:edge` exactly at the good threshold; `some-shortfalls:edge`
 * just below good; `some-shortfalls:floor` exactly at the some-shortfalls threshold;
 * `significant-shortfalls:edge` just below the lowest defined level; `exceptional:edge` exactly
 * at the exceptional threshold. `not-evidenced` leaves the benchmark's evidence out.
 */
type Variant = Level | `${Level}:${"edge" | "floor"}` | "not-evidenced";
type Values = Readonly<Record<string, unknown>>;

/** One evidence field at every variant; `all` lists the values in the order of VARIANTS_5. */
const VARIANTS_9 = [
  "exceptional",
  "exceptional:edge",
  "good",
  "good:edge",
  "some-shortfalls",
  "some-shortfalls:edge",
  "some-shortfalls:floor",
  "significant-shortfalls",
  "significant-shortfalls:edge",
] as const;

/** A benchmark reading one field: its value at each variant, in the order of VARIANTS_9 (null: no such level). */
function single(
  path: string,
  values: readonly (number | null)[],
): Partial<Record<Variant, Values>> {
  const out: Partial<Record<Variant, Values>> = {};
  VARIANTS_9.forEach((variant, i) => {
    const value = values[i];
    if (value !== null && value !== undefined) out[variant] = { [path]: value };
  });
  return out;
}

/** A benchmark reading two fields, by variant. */
function pair(a: string, b: string, table: Partial<Record<Variant, readonly [unknown, unknown]>>) {
  const out: Partial<Record<Variant, Values>> = {};
  for (const [variant, [x, y]] of Object.entries(table) as [Variant, readonly [unknown, unknown]][])
    out[variant] = { [a]: x, [b]: y };
  return out;
}

/** A survey score compared with its benchmark-group median `m` (+0.3 exceptional, median good, −`below` some shortfalls). */
function vsMedian(score: string, median: string, m: number, below: number) {
  const at = (s: number) => ({ [score]: s, [median]: m });
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    exceptional: at(r(m + 0.5)),
    "exceptional:edge": at(r(m + 0.3)),
    good: at(r(m + 0.1)),
    "good:edge": at(m),
    "some-shortfalls": at(r(m - below / 2)),
    "some-shortfalls:edge": at(r(m - 0.01)),
    "some-shortfalls:floor": at(r(m - below)),
    "significant-shortfalls": at(r(m - 0.6)),
    "significant-shortfalls:edge": at(r(m - below - 0.01)),
  } satisfies Partial<Record<Variant, Values>>;
}

/**
 * Evidence that puts each benchmark at each level, read off the conditions of well-led 1.0.0 and
 * 2.0.0 (the 1.0.0 benchmarks are unchanged in 2.0.0). Every field is read by one benchmark only.
 */
export const LEVEL_EVIDENCE: Readonly<Record<string, Partial<Record<Variant, Values>>>> = {
  // shared direction
  "LM-02": single("managers.targetsAlignedPct", [null, null, 93, 90, 75, 89.9, 62, 50, 61.9]),
  "LM-03": pair("strategy.coProduced", "strategy.staffKnowStrategyPct", {
    exceptional: [true, 94],
    "exceptional:edge": [true, 90],
    good: [true, 84],
    "good:edge": [true, 80],
    "some-shortfalls": [true, 70],
    "some-shortfalls:edge": [true, 79.9],
    "some-shortfalls:floor": [true, 60],
    "significant-shortfalls": [false, 95],
    "significant-shortfalls:edge": [true, 59.9],
  }),
  "LM-04": pair("board.strategyReviewsPerYear", "strategy.deliveryRiskPlan", {
    good: [6, true],
    "good:edge": [4, true],
    "some-shortfalls": [3, true],
    "some-shortfalls:edge": [4, false],
    "some-shortfalls:floor": [2, false],
    "significant-shortfalls": [1, false],
    "significant-shortfalls:edge": [1, true],
  }),
  "LM-15": pair("nss.appraisalClearObjectivesPct", "nss.appraisalClearObjectivesNational", {
    exceptional: [44, 30],
    "exceptional:edge": [40, 30],
    good: [37, 30],
    "good:edge": [35, 30],
    "some-shortfalls": [32, 30],
    "some-shortfalls:edge": [34.9, 30],
    "some-shortfalls:floor": [30, 30],
    "significant-shortfalls": [25, 30],
    "significant-shortfalls:edge": [29.9, 30],
  }),
  "LM-37": pair("democracy.staffElectedMembers", "democracy.staffSuggestionsActionedPct", {
    good: [3, 60],
    "good:edge": [2, 50],
    "some-shortfalls": [1, 10],
    "some-shortfalls:edge": [2, 49.9],
    "some-shortfalls:floor": [0, 25],
    "significant-shortfalls": [0, 10],
    "significant-shortfalls:edge": [0, 24.9],
  }),
  "LM-40": vsMedian("nss.engagement", "nss.engagementMedian", 7, 0.2),
  // capable, compassionate and inclusive leaders
  "LM-05": single(
    "managers.ratingLeadershipEffectivePct",
    [93, 90, 84, 80, 70, 79.9, 65, 55, 64.9],
  ),
  "LM-06": vsMedian("nss.compassionateLeadership", "nss.compassionateLeadershipMedian", 7, 0.2),
  "LM-07": vsMedian("nss.lineManagement", "nss.lineManagementMedian", 7, 0.2),
  "LM-08": single("training.managersCoreTrainedPct", [99, 98, 93, 90, 80, 89.9, 70, 55, 69.9]),
  "LM-09": pair("training.accreditedNationalStandard", "training.hoursPerManagerPerYear", {
    exceptional: [true, 36],
    "exceptional:edge": [true, 30],
    good: [true, 20],
    "good:edge": [true, 15],
    "some-shortfalls": [false, 10],
    "some-shortfalls:edge": [true, 14.9],
    "some-shortfalls:floor": [false, 8],
    "significant-shortfalls": [false, 3],
    "significant-shortfalls:edge": [false, 7.9],
  }),
  "LM-10": single("talent.criticalRolesWithSuccessorPct", [95, 90, 80, 75, 60, 74.9, 50, 35, 49.9]),
  "LM-11": pair("talent.reviewAgeMonths", "talent.policyInPlace", {
    good: [8, true],
    "good:edge": [12, true],
    "some-shortfalls": [18, true],
    "some-shortfalls:edge": [12, false],
    "some-shortfalls:floor": [24, false],
    "significant-shortfalls": [36, true],
    "significant-shortfalls:edge": [25, true],
  }),
  "LM-12": single("board.membersAppraisedOnLcfPct", [null, null, 100, 100, 90, 99.9, 80, 60, 79.9]),
  "LM-13": pair("board.membersFpptCompletePct", "board.fpptAnnualSubmissionMade", {
    good: [100, true],
    "good:edge": [100, true],
    "significant-shortfalls": [90, true],
    "significant-shortfalls:edge": [99.9, true],
  }),
  "LM-14": single("nss.appraisedLast12MonthsPct", [97, 95, 92, 90, 82, 89.9, 77, 70, 76.9]),
  // freedom to speak up
  "LM-18": vsMedian("nss.raisingConcerns", "nss.raisingConcernsMedian", 6.5, 0.3),
  "LM-19": single("nss.secureRaisingClinicalConcernsPct", [83, 80, 77, 75, 73, 74.9, 71, 66, 70.9]),
  "LM-20": single("nss.confidentConcernAddressedPct", [68, 65, 62, 60, 58, 59.9, 56.8, 52, 56.7]),
  "LM-21": {
    good: {
      "ftsu.guardianInPost": true,
      "ftsu.boardReportsPerYear": 4,
      "ftsu.policyAgeMonths": 12,
    },
    "good:edge": {
      "ftsu.guardianInPost": true,
      "ftsu.boardReportsPerYear": 2,
      "ftsu.policyAgeMonths": 36,
    },
    "some-shortfalls": {
      "ftsu.guardianInPost": true,
      "ftsu.boardReportsPerYear": 1,
      "ftsu.policyAgeMonths": 12,
    },
    "some-shortfalls:edge": {
      "ftsu.guardianInPost": true,
      "ftsu.boardReportsPerYear": 2,
      "ftsu.policyAgeMonths": 37,
    },
    "some-shortfalls:floor": {
      "ftsu.guardianInPost": true,
      "ftsu.boardReportsPerYear": 0,
      "ftsu.policyAgeMonths": 60,
    },
    "significant-shortfalls": {
      "ftsu.guardianInPost": false,
      "ftsu.boardReportsPerYear": 0,
      "ftsu.policyAgeMonths": 48,
    },
    "significant-shortfalls:edge": {
      "ftsu.guardianInPost": false,
      "ftsu.boardReportsPerYear": 4,
      "ftsu.policyAgeMonths": 12,
    },
  },
  // workforce equality, diversity and inclusion
  "LM-22": pair("nss.fairCareerProgressionPct", "edi.careerProgressionEthnicityGap", {
    exceptional: [63, 1],
    "exceptional:edge": [61.4, 2],
    good: [58, 4],
    "good:edge": [56.4, 5],
    "some-shortfalls": [54, 8],
    "some-shortfalls:edge": [61.4, 5.1],
    "some-shortfalls:floor": [51.4, 12],
    "significant-shortfalls": [48, 3],
    "significant-shortfalls:edge": [51.3, 0],
  }),
  "LM-23": single(
    "nss.discriminationFromColleaguesPct",
    [4.5, 6, 8, 9.07, 10, 9.08, 11.07, 13, 11.08],
  ),
  "LM-24": pair("edi.wresWdesPublished", "edi.boardReviewedActionPlan", {
    good: [true, true],
    "some-shortfalls": [true, false],
    "some-shortfalls:floor": [false, true],
    "significant-shortfalls": [false, false],
  }),
  // governance, management and sustainability
  "LM-01": single("managers.withRoleTargetsPct", [100, 100, 97, 95, 88, 94.9, 81, 70, 80.9]),
  "LM-16": single("managers.reportingObstaclesPct", [20, 25, 35, 40, 50, 40.1, 62, 70, 62.1]),
  "LM-17": single("managers.perHundredWte", [null, null, 2.1, 1.5, null, null, null, 1.1, 1.4]),
  "LM-25": pair("governance.committeeReviewAgeMonths", "governance.accountabilityFramework", {
    good: [9, true],
    "good:edge": [12, true],
    "some-shortfalls": [18, true],
    "some-shortfalls:edge": [13, true],
    "some-shortfalls:floor": [24, false],
    "significant-shortfalls": [30, false],
    "significant-shortfalls:edge": [25, true],
  }),
  "LM-26": pair("governance.riskReviewsPerYear", "governance.overdueRiskActionsPct", {
    exceptional: [6, 2],
    "exceptional:edge": [4, 5],
    good: [4, 8],
    "good:edge": [4, 10],
    "some-shortfalls": [3, 15],
    "some-shortfalls:edge": [4, 10.1],
    "some-shortfalls:floor": [2, 25],
    "significant-shortfalls": [1, 30],
    "significant-shortfalls:edge": [2, 25.1],
  }),
  "LM-27": pair("governance.integratedPerformanceReport", "governance.performanceReportsPerYear", {
    good: [true, 12],
    "good:edge": [true, 10],
    "some-shortfalls": [true, 6],
    "some-shortfalls:edge": [true, 9],
    "some-shortfalls:floor": [true, 4],
    "significant-shortfalls": [false, 12],
    "significant-shortfalls:edge": [true, 3],
  }),
  "LM-28": single(
    "governance.kpisWithDataQualityRatingPct",
    [100, 100, 95, 90, 75, 89.9, 60, 45, 59.9],
  ),
  "LM-29": single(
    "governance.underperformanceActionPlanPct",
    [99, 98, 93, 90, 75, 89.9, 60, 40, 59.9],
  ),
  "LM-39": {
    exceptional: {
      "wms.operations": 4.5,
      "wms.monitoring": 4.2,
      "wms.targets": 4,
      "wms.people": 4,
    },
    "exceptional:edge": {
      "wms.operations": 5,
      "wms.monitoring": 5,
      "wms.targets": 4,
      "wms.people": 2,
    },
    good: { "wms.operations": 3.5, "wms.monitoring": 3.2, "wms.targets": 3, "wms.people": 3.1 },
    "good:edge": { "wms.operations": 4, "wms.monitoring": 4, "wms.targets": 2, "wms.people": 2 },
    "some-shortfalls": {
      "wms.operations": 2.8,
      "wms.monitoring": 2.6,
      "wms.targets": 2.5,
      "wms.people": 2.7,
    },
    "some-shortfalls:edge": {
      "wms.operations": 5,
      "wms.monitoring": 5,
      "wms.targets": 1,
      "wms.people": 1,
    },
    "some-shortfalls:floor": {
      "wms.operations": 2.5,
      "wms.monitoring": 2.5,
      "wms.targets": 2.5,
      "wms.people": 2.5,
    },
    "significant-shortfalls": {
      "wms.operations": 2,
      "wms.monitoring": 2.1,
      "wms.targets": 1.8,
      "wms.people": 2,
    },
    "significant-shortfalls:edge": {
      "wms.operations": 2.4,
      "wms.monitoring": 2.5,
      "wms.targets": 2.5,
      "wms.people": 2.5,
    },
  },
  // partnerships and communities
  "LM-36": pair("partnerships.strategyAlignedToSystemPlan", "partnerships.partnerFeedbackScore", {
    exceptional: [true, 4.8],
    "exceptional:edge": [true, 4.5],
    good: [true, 4.2],
    "good:edge": [true, 4],
    "some-shortfalls": [true, 3.4],
    "some-shortfalls:edge": [true, 3.9],
    "some-shortfalls:floor": [false, 3],
    "significant-shortfalls": [false, 2.4],
    "significant-shortfalls:edge": [false, 2.9],
  }),
  "LM-41": pair("partnerships.healthInequalitiesPublished", "partnerships.kpisDisaggregatedPct", {
    exceptional: [true, 90],
    "exceptional:edge": [true, 80],
    good: [true, 60],
    "good:edge": [true, 50],
    "some-shortfalls": [true, 30],
    "some-shortfalls:edge": [true, 49.9],
    "some-shortfalls:floor": [true, 0],
    "significant-shortfalls": [false, 70],
  }),
  // learning, improvement and innovation
  "LM-32": pair("learning.wellLedReviewAgeMonths", "learning.wellLedReviewActionsDonePct", {
    good: [20, 90],
    "good:edge": [36, 80],
    "some-shortfalls": [44, 95],
    "some-shortfalls:edge": [36, 79.9],
    "some-shortfalls:floor": [60, 40],
    "significant-shortfalls": [72, 100],
    "significant-shortfalls:edge": [61, 100],
  }),
  "LM-33": pair("learning.improvementMethodAdopted", "learning.staffTrainedInImprovementPct", {
    exceptional: [true, 48],
    "exceptional:edge": [true, 40],
    good: [true, 26],
    "good:edge": [true, 20],
    "some-shortfalls": [true, 8],
    "some-shortfalls:edge": [true, 19.9],
    "some-shortfalls:floor": [true, 0],
    "significant-shortfalls": [false, 30],
  }),
  "LM-34": pair("learning.deathReviewsOnTimePct", "learning.deathsReportsPerYear", {
    exceptional: [99, 4],
    "exceptional:edge": [98, 4],
    good: [94, 4],
    "good:edge": [90, 4],
    "some-shortfalls": [80, 2],
    "some-shortfalls:edge": [98, 3],
    "some-shortfalls:floor": [70, 0],
    "significant-shortfalls": [55, 4],
    "significant-shortfalls:edge": [69.9, 4],
  }),
  "LM-35": single("learning.patientsOfferedResearchPct", [60, 50, 36, 30, 18, 29.9, 10, 4, 9.9]),
  // environmental sustainability
  "LM-38": {
    exceptional: {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": 7.5,
    },
    "exceptional:edge": {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": 5,
    },
    good: {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": 2.5,
    },
    "good:edge": {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": 0.1,
    },
    "some-shortfalls": {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": false,
      "environment.carbonReductionPct": 3,
    },
    "some-shortfalls:edge": {
      "environment.greenPlanApproved": true,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": 0,
    },
    "some-shortfalls:floor": {
      "environment.greenPlanApproved": false,
      "environment.footprintMeasured": true,
      "environment.carbonReductionPct": -2,
    },
    "significant-shortfalls": {
      "environment.greenPlanApproved": false,
      "environment.footprintMeasured": false,
      "environment.carbonReductionPct": 6,
    },
  },
  "LM-42": pair("environment.netZeroLeadNamed", "environment.boardReportsPerYear", {
    exceptional: [true, 6],
    "exceptional:edge": [true, 4],
    good: [true, 3],
    "good:edge": [true, 2],
    "some-shortfalls": [false, 2],
    "some-shortfalls:edge": [true, 1],
    "some-shortfalls:floor": [false, 1],
    "significant-shortfalls": [false, 0],
  }),
};

type OrgType = "acute" | "mental-health" | "community" | "ambulance" | "primary-care";
const TRUSTS: readonly OrgType[] = ["acute", "mental-health", "community", "ambulance"];

/**
 * Where each benchmark applies, written out by hand from the rule sets' `appliesTo` (the
 * independent scorer checks it against the conditions themselves).
 */
const APPLIES: Readonly<Record<string, (type: OrgType, evidence: Values) => boolean>> = {
  "LM-04": (t) => t !== "primary-care",
  "LM-12": (t) => t !== "primary-care",
  "LM-13": (t) => t !== "primary-care",
  "LM-24": (t) => t !== "primary-care",
  "LM-27": (t) => t !== "primary-care",
  "LM-32": (t) => t !== "primary-care",
  "LM-34": (t) => t !== "primary-care",
  "LM-41": (t) => t !== "primary-care",
  "LM-35": (t) => ["acute", "mental-health", "community"].includes(t),
  "LM-37": (t, e) =>
    TRUSTS.includes(t) &&
    ["requires-improvement", "inadequate"].includes(String(e["cqc.lastOverallRating"])),
};

interface Claim {
  readonly rating: string;
  readonly percent?: number | null;
  readonly limits: readonly string[];
  /** The domain scores the case is about (every domain's score is written to the file, checked independently). */
  readonly domains?: Readonly<Record<string, number | null>>;
}

interface CaseSpec {
  readonly name: string;
  /** Why the expectations hold, in figures. */
  readonly description: string;
  readonly versions?: readonly Version[];
  readonly type?: OrgType;
  /** The variant of every benchmark not named in `domains` or `levels` (default `good`). */
  readonly base?: Variant;
  readonly domains?: Readonly<Record<string, Variant>>;
  readonly levels?: Readonly<Record<string, Variant>>;
  /** Evidence set after the levels' (dot paths); null removes a field. */
  readonly evidence?: Values;
  /** Outcomes that differ from the level chosen, because `evidence` changed them. */
  readonly outcomes?: Readonly<Record<string, Outcome>>;
  readonly expect: Claim | Readonly<Record<Version, Claim>>;
}

const BOTH_CAPS = ["no-statement-at-1", "outstanding-needs-all-3"];
const BELOW_3 = ["outstanding-needs-all-3"];
const LAST_RATED_RI = { "cqc.lastOverallRating": "requires-improvement" };

/** The cases, in the order they appear in the files. */
export const CASE_SPECS: readonly CaseSpec[] = [
  {
    name: "Trust meeting the good standard on every benchmark is rated good",
    description:
      "Every benchmark good (3 of 4): every quality statement 75%, scored 3; 24 of 32 points is 75%, good.",
    expect: { rating: "good", percent: 75, limits: [], domains: { governance: 3, "speak-up": 3 } },
  },
  {
    name: "Trust at the exceptional standard wherever a benchmark defines one is rated outstanding",
    description:
      "Benchmarks without an exceptional level stay good. 1.0.0 governance: 4+3+4+3 of 16 is 87.5%, rounded half up to 88%: score 4. Every statement scores 4: 100%, outstanding.",
    base: "exceptional",
    expect: {
      rating: "outstanding",
      percent: 100,
      limits: [],
      domains: { governance: 4, "capable-leaders": 4 },
    },
  },
  {
    name: "Trust with some shortfalls on every benchmark requires improvement",
    description:
      "Every benchmark at some shortfalls (2), except LM-13, which has no such level and stays good. Every statement scores 2; 16 of 32 points is 50%, requires improvement. In 2.0.0 the trust was last rated requires improvement, so the workplace democracy pilot applies (some shortfalls, not scored).",
    base: "some-shortfalls",
    evidence: LAST_RATED_RI,
    expect: {
      rating: "requires-improvement",
      percent: 50,
      limits: BELOW_3,
      domains: { "capable-leaders": 2 },
    },
  },
  {
    name: "Trust with significant shortfalls on every benchmark is inadequate",
    description:
      "Every benchmark at significant shortfalls (1): every statement scores 1 (capable leaders and speak-up also through their gates); 8 of 32 points is 25%, inadequate. Both statement limits hold but cannot lower the rating further.",
    base: "significant-shortfalls",
    evidence: { "cqc.lastOverallRating": "inadequate" },
    expect: { rating: "inadequate", percent: 25, limits: BOTH_CAPS, domains: { "speak-up": 1 } },
  },
  {
    name: "Trust that supplies no evidence cannot be rated: insufficient evidence",
    description:
      "Every applicable benchmark is not evidenced, so no quality statement is assessed: rating insufficient-evidence, no percent, no limits. The workplace democracy pilot does not apply without a last CQC rating.",
    base: "not-evidenced",
    expect: {
      rating: "insufficient-evidence",
      percent: null,
      limits: [],
      domains: { "shared-direction": null, environment: null },
    },
  },
  {
    name: "Trust whose only evidence is an open warning notice gets insufficient evidence: no limit applies without an assessed statement",
    description:
      "No statement can be assessed, so there is no rating to cap and limits are not evaluated, even though the warning-notice limit's condition holds.",
    base: "not-evidenced",
    evidence: { "regulatory.openWarningNotices": 1 },
    expect: { rating: "insufficient-evidence", percent: null, limits: [] },
  },
  {
    name: "GP practice is not judged on board, fit and proper person, equality standard, integrated reporting, health inequalities, external review, learning-from-deaths or research benchmarks",
    description:
      "Those benchmarks do not apply to primary care; every statement keeps at least one applicable benchmark (partnerships: LM-36; learning: LM-33), all good: 75%, good.",
    type: "primary-care",
    expect: { rating: "good", percent: 75, limits: [], domains: { partnerships: 3, learning: 3 } },
  },
  {
    name: "Ambulance trust is not judged on offering patients research, and learning is judged on the rest",
    description:
      "LM-35 applies to acute, mental health and community trusts only. Learning: LM-32, LM-33, LM-34 good, 75%: 3.",
    type: "ambulance",
    expect: { rating: "good", percent: 75, limits: [], domains: { learning: 3 } },
  },
  {
    name: "Trust with a vacant Freedom to Speak Up guardian is capped at requires improvement",
    description:
      "LM-21 significant shortfalls (no guardian) is a gate: speak-up would be 3+3+3+1 of 16 = 62.5%, rounded to 63% (3), but the gate forces 1. 22 of 32 points = 68.75%, 69%: good before limits; a statement at 1 caps the rating at requires improvement.",
    levels: { "LM-21": "significant-shortfalls:edge" },
    expect: {
      rating: "requires-improvement",
      percent: 69,
      limits: BOTH_CAPS,
      domains: { "speak-up": 1 },
    },
  },
  {
    name: "Trust whose chair has not made the annual fit and proper person submission is capped at requires improvement",
    description:
      "Every board member is assessed (100%) but the chair's submission is missing: LM-13 significant shortfalls, a gate, forces capable leaders to 1 (its percent would score 3). 22 of 32 points, 69%: good before limits, capped at requires improvement.",
    levels: { "LM-13": "significant-shortfalls" },
    evidence: { "board.membersFpptCompletePct": 100, "board.fpptAnnualSubmissionMade": false },
    expect: {
      rating: "requires-improvement",
      percent: 69,
      limits: BOTH_CAPS,
      domains: { "capable-leaders": 1 },
    },
  },
  {
    name: "Trust with no fit and proper person assessment figure is not evidenced on LM-13, so the gate does not apply",
    description:
      "Missing evidence never passes a threshold, and with missingEvidence not-evidenced it is not scored either: capable leaders is scored on its other benchmarks (all good, 75%: 3) and the trust stays good.",
    levels: { "LM-13": "not-evidenced" },
    expect: { rating: "good", percent: 75, limits: [], domains: { "capable-leaders": 3 } },
  },
  {
    name: "Trust with an open requirement notice is capped at requires improvement",
    description:
      "Every statement good (75%, good), but regulatory.openRequirementNotices > 0 caps the rating at requires improvement.",
    evidence: { "regulatory.openRequirementNotices": 1 },
    expect: { rating: "requires-improvement", percent: 75, limits: ["open-requirement-notice"] },
  },
  {
    name: "Trust with an open warning notice is inadequate however strong its evidence",
    description:
      "Exceptional evidence (100%, outstanding before limits), but an open warning notice makes the rating inadequate.",
    base: "exceptional",
    evidence: { "regulatory.openWarningNotices": 1 },
    expect: { rating: "inadequate", percent: 100, limits: ["warning-notice-or-condition"] },
  },
  {
    name: "Trust with a condition imposed on its registration is inadequate",
    description:
      "Every statement good (75%), but an imposed condition makes the rating inadequate.",
    type: "mental-health",
    evidence: { "regulatory.imposedConditions": 1 },
    expect: { rating: "inadequate", percent: 75, limits: ["warning-notice-or-condition"] },
  },
  {
    name: "Trust with both a warning notice and a requirement notice is inadequate, and both limits are reported",
    description: "Every limit that holds is reported; the lowest cap (inadequate) wins.",
    evidence: { "regulatory.openRequirementNotices": 2, "regulatory.openWarningNotices": 1 },
    expect: {
      rating: "inadequate",
      percent: 75,
      limits: ["open-requirement-notice", "warning-notice-or-condition"],
    },
  },
  {
    name: "Inadequate trust with an open requirement notice stays inadequate, and the notice is still reported",
    description:
      "A limit only lowers a rating: 25% is already inadequate, below the requirement notice's cap.",
    base: "significant-shortfalls",
    evidence: { "regulatory.openRequirementNotices": 1, "cqc.lastOverallRating": "inadequate" },
    expect: {
      rating: "inadequate",
      percent: 25,
      limits: [...BOTH_CAPS, "open-requirement-notice"],
    },
  },
  {
    name: "Trust scoring in the outstanding band with one statement at some shortfalls is capped at good",
    description:
      "Exceptional everywhere except environmental sustainability (both benchmarks some shortfalls: 50%, 2). 30 of 32 points = 93.75%, 94%: outstanding before limits; outstanding needs every statement at 3 or more, so good.",
    base: "exceptional",
    domains: { environment: "some-shortfalls" },
    expect: { rating: "good", percent: 94, limits: BELOW_3, domains: { environment: 2 } },
  },
  {
    name: "CQC's worked example: 21 of 32 points (65.6%) rounds to 66% and is good",
    description:
      "Five statements at 3, and partnerships, learning and environment at 2 (every benchmark some shortfalls): 21 of 32 points = 65.625%, 66%, good.",
    domains: {
      partnerships: "some-shortfalls",
      learning: "some-shortfalls",
      environment: "some-shortfalls",
    },
    expect: { rating: "good", percent: 66, limits: BELOW_3 },
  },
  {
    name: "Key question at 20 of 32 points (62.5%) rounds half up to 63% and is good, not requires improvement",
    description:
      "Speak-up, workforce EDI, partnerships and environment at 2, the rest at 3: 20 of 32 = 62.5%. CQC does not publish its rounding; the rule set declares half-up, so 63%: good (floor would give 62%, requires improvement).",
    domains: {
      "speak-up": "some-shortfalls",
      "workforce-edi": "some-shortfalls",
      partnerships: "some-shortfalls",
      environment: "some-shortfalls",
    },
    expect: { rating: "good", percent: 63, limits: BELOW_3, domains: { "speak-up": 2 } },
  },
  {
    name: "Key question at 19 of 32 points (59%) requires improvement",
    description:
      "Three statements at 3 and five at 2: 19 of 32 = 59.375%, 59%: requires improvement.",
    type: "community",
    domains: {
      "speak-up": "some-shortfalls",
      "workforce-edi": "some-shortfalls",
      partnerships: "some-shortfalls",
      learning: "some-shortfalls",
      environment: "some-shortfalls",
    },
    expect: { rating: "requires-improvement", percent: 59, limits: BELOW_3 },
  },
  {
    name: "Key question at 13 of 32 points (40.6%) requires improvement even with three statements at 1",
    description:
      "Five statements at 2, and partnerships, learning and environment at 1: 13 of 32 = 40.625%, 41%, requires improvement. The statement-at-1 limit caps at requires improvement, which does not lower it.",
    domains: {
      "shared-direction": "some-shortfalls",
      "capable-leaders": "some-shortfalls",
      "speak-up": "some-shortfalls",
      "workforce-edi": "some-shortfalls",
      governance: "some-shortfalls",
      partnerships: "significant-shortfalls",
      learning: "significant-shortfalls",
      environment: "significant-shortfalls",
    },
    expect: { rating: "requires-improvement", percent: 41, limits: BOTH_CAPS },
  },
  {
    name: "Key question at 12 of 32 points (37.5%) rounds to 38% and is inadequate",
    description:
      "Four statements at 2 and four at 1: 12 of 32 = 37.5%, 38%, below the 39% requires-improvement band.",
    domains: {
      "shared-direction": "some-shortfalls",
      "capable-leaders": "some-shortfalls",
      "speak-up": "some-shortfalls",
      "workforce-edi": "some-shortfalls",
      governance: "significant-shortfalls",
      partnerships: "significant-shortfalls",
      learning: "significant-shortfalls",
      environment: "significant-shortfalls",
    },
    expect: { rating: "inadequate", percent: 38, limits: BOTH_CAPS, domains: { governance: 1 } },
  },
  {
    name: "Partnerships with one benchmark good and one with some shortfalls scores 3 (62.5% rounds half up to 63%)",
    description:
      "LM-36 good (3), LM-41 some shortfalls (2): 5 of 8 = 62.5%, 63%: score 3. Every statement at 3: 75%, good.",
    levels: { "LM-41": "some-shortfalls" },
    expect: { rating: "good", percent: 75, limits: [], domains: { partnerships: 3 } },
  },
  {
    name: "Partnerships at some shortfalls and significant shortfalls scores 1 (37.5% rounds to 38%) and caps the trust at requires improvement",
    description:
      "LM-36 some shortfalls (2), LM-41 significant shortfalls (1): 3 of 8 = 37.5%, 38%: score 1. 22 of 32 points, 69%: good before limits, capped at requires improvement.",
    levels: { "LM-36": "some-shortfalls", "LM-41": "significant-shortfalls" },
    expect: {
      rating: "requires-improvement",
      percent: 69,
      limits: BOTH_CAPS,
      domains: { partnerships: 1 },
    },
  },
  {
    name: "Governance with one significant shortfall among four good benchmarks still scores 3 (62.5% rounds to 63%)",
    description:
      "1.0.0 governance: LM-25, LM-26, LM-27 good, LM-28 significant shortfalls: 10 of 16 = 62.5%, 63%: 3.",
    versions: ["1.0.0"],
    levels: { "LM-28": "significant-shortfalls" },
    expect: { rating: "good", percent: 75, limits: [], domains: { governance: 3 } },
  },
  {
    name: "Governance exceptional wherever it can be rounds 87.5% up to 88% and scores 4",
    description:
      "1.0.0 governance: LM-26 and LM-28 exceptional, LM-25 and LM-27 good (they have no exceptional level): 14 of 16 = 87.5%, 88%: 4. 25 of 32 points, 78%: good.",
    versions: ["1.0.0"],
    domains: { governance: "exceptional" },
    expect: { rating: "good", percent: 78, limits: [], domains: { governance: 4 } },
  },
  {
    name: "Environmental sustainability without evidence is not assessed, and the rating comes from the other seven statements",
    description:
      "LM-38 and LM-42 not evidenced: environment not assessed. 21 of 28 points = 75%: good.",
    type: "mental-health",
    domains: { environment: "not-evidenced" },
    expect: { rating: "good", percent: 75, limits: [], domains: { environment: null } },
  },
  {
    name: "Partner feedback without evidence of alignment to the system plan leaves LM-36 not evidenced",
    description:
      "LM-36 requires both of the fields it reads; one is missing, so it is not evidenced (even though its some-shortfalls level would hold on the score alone). Partnerships is scored on LM-41 alone, exceptional: 4. 25 of 32 points, 78%: good.",
    levels: { "LM-41": "exceptional" },
    evidence: { "partnerships.strategyAlignedToSystemPlan": null },
    outcomes: { "LM-36": "not-evidenced" },
    expect: { rating: "good", percent: 78, limits: [], domains: { partnerships: 4 } },
  },
  {
    name: "Evidence exactly at every good threshold meets the good standard",
    description:
      "Each benchmark's evidence sits exactly on its good threshold (e.g. 90% appraised, 9.07% discrimination, engagement equal to the median, 36-month-old speaking-up policy): all good, 75%.",
    type: "community",
    base: "good:edge",
    evidence: LAST_RATED_RI,
    expect: { rating: "good", percent: 75, limits: [] },
  },
  {
    name: "Evidence just below every good threshold has some shortfalls",
    description:
      "Each benchmark just misses good (e.g. 89.9% appraised, 9.08% discrimination, 37-month-old speaking-up policy); LM-13 has no some-shortfalls level and stays good. Every statement 2: 50%, requires improvement.",
    type: "mental-health",
    base: "some-shortfalls:edge",
    evidence: LAST_RATED_RI,
    expect: { rating: "requires-improvement", percent: 50, limits: BELOW_3 },
  },
  {
    name: "Evidence exactly at every some-shortfalls threshold has some shortfalls, not significant shortfalls",
    description:
      "Each benchmark sits exactly on its some-shortfalls threshold (e.g. 77% appraised, 56.8% confident concerns are addressed, raising-concerns score 0.3 below the median). Every statement 2: 50%, requires improvement.",
    base: "some-shortfalls:floor",
    evidence: LAST_RATED_RI,
    expect: { rating: "requires-improvement", percent: 50, limits: BELOW_3 },
  },
  {
    name: "Evidence just below every some-shortfalls threshold has significant shortfalls",
    description:
      "Each benchmark just misses its lowest defined level (e.g. 76.9% appraised, 99.9% of board members fit and proper). Every statement 1: 25%, inadequate.",
    type: "community",
    base: "significant-shortfalls:edge",
    evidence: LAST_RATED_RI,
    expect: { rating: "inadequate", percent: 25, limits: BOTH_CAPS },
  },
  {
    name: "Evidence exactly at every exceptional threshold is exceptional",
    description:
      "Each benchmark with an exceptional level sits exactly on it (e.g. 95% appraised, engagement 0.3 above the median, 5% carbon reduction); the rest are good. Every statement 4: 100%, outstanding.",
    type: "mental-health",
    base: "exceptional:edge",
    expect: { rating: "outstanding", percent: 100, limits: [] },
  },
  {
    name: "Management practice score counts double: with it and one other governance benchmark at significant shortfalls, governance falls to 2",
    description:
      "2.0.0 governance weights: seven benchmarks of weight 1 and LM-39 of weight 2. LM-39 and LM-29 significant shortfalls: (6×3 + 1 + 2×1) of 36 = 58.3%, 58%: 2 (with LM-39 at weight 1 it would be 20 of 32, 63%: 3). 23 of 32 points, 72%: good.",
    versions: ["2.0.0"],
    levels: { "LM-39": "significant-shortfalls", "LM-29": "significant-shortfalls" },
    expect: { rating: "good", percent: 72, limits: BELOW_3, domains: { governance: 2 } },
  },
  {
    name: "Weak management practice alone leaves governance at 3",
    description:
      "LM-39 significant shortfalls, the rest of governance good: (7×3 + 2×1) of 36 = 63.9%, 64%: 3. 75%: good.",
    versions: ["2.0.0"],
    levels: { "LM-39": "significant-shortfalls" },
    expect: { rating: "good", percent: 75, limits: [], domains: { governance: 3 } },
  },
  {
    name: "Workplace democracy pilot in a trust last rated requires improvement is reported but never counts",
    description:
      "LM-37 applies (last rated requires improvement) and has significant shortfalls (no staff-elected members, 10% of suggestions actioned), but pilots are not scored: shared direction stays 3, 75%, good.",
    versions: ["2.0.0"],
    levels: { "LM-37": "significant-shortfalls" },
    evidence: LAST_RATED_RI,
    expect: { rating: "good", percent: 75, limits: [], domains: { "shared-direction": 3 } },
  },
  {
    name: "Trust last rated inadequate without workplace democracy evidence is not evidenced on the pilot, and nothing else changes",
    description:
      "LM-37 applies but its evidence is missing: not evidenced. Pilots never count: 75%, good.",
    versions: ["2.0.0"],
    type: "ambulance",
    levels: { "LM-37": "not-evidenced" },
    evidence: { "cqc.lastOverallRating": "inadequate" },
    expect: { rating: "good", percent: 75, limits: [] },
  },
  {
    name: "Management capacity below 1.5 managers per 100 staff is flagged by the pilot but does not lower governance",
    description:
      "LM-17 (pilot) significant shortfalls, reported and not scored: governance stays 3, 75%, good.",
    versions: ["2.0.0"],
    levels: { "LM-17": "significant-shortfalls" },
    expect: { rating: "good", percent: 75, limits: [], domains: { governance: 3 } },
  },
  {
    name: "GP practice without accredited leadership training or talent reviews: the training mandate covers primary care",
    description:
      "SMF recommendation 3 includes primary care, so LM-08 to LM-11 apply to a GP practice. LM-08, LM-09 and LM-11 significant shortfalls: capable leaders (LM-05 to LM-11 and LM-14; LM-12 and LM-13 do not apply) is 5×3 + 3×1 of 32 = 56.25%, 56%: 2. 23 of 32 points, 72%: good.",
    versions: ["2.0.0"],
    type: "primary-care",
    levels: {
      "LM-08": "significant-shortfalls",
      "LM-09": "significant-shortfalls",
      "LM-11": "significant-shortfalls",
    },
    expect: { rating: "good", percent: 72, limits: BELOW_3, domains: { "capable-leaders": 2 } },
  },
];

// ---------------------------------------------------------------------------------------------
// Building the cases

interface RawBenchmark {
  readonly id: string;
  readonly domain: string;
  readonly status?: string;
  readonly weight?: number;
  readonly gate?: boolean;
  readonly appliesTo?: unknown;
  readonly requires?: readonly string[];
  readonly levels: Readonly<Partial<Record<"exceptional" | "good" | "some-shortfalls", unknown>>>;
}

interface RawRuleSet {
  readonly id: string;
  readonly version: string;
  readonly evidence: Readonly<Record<string, unknown>>;
  readonly domains: readonly { readonly id: string }[];
  readonly benchmarks: readonly RawBenchmark[];
  readonly scoring: {
    readonly bands: {
      readonly outstanding: number;
      readonly good: number;
      readonly "requires-improvement": number;
    };
    readonly limits: readonly {
      readonly id: string;
      readonly when: unknown;
      readonly capAt: string;
    }[];
  };
}

/** Reads a built-in rule-set file as plain JSON (the scorer below does not use the library). */
export function readRuleSetDocument(version: string): RawRuleSet {
  return JSON.parse(
    readFileSync(join(root, "rules", "well-led", `${version}.json`), "utf8"),
  ) as RawRuleSet;
}

const PLACES = [
  "Ashby Vale",
  "Brockwood",
  "Carrowmere",
  "Dunstanton",
  "Elmbridge Cross",
  "Fairlop",
  "Gorseway",
  "Hallowfield",
  "Ingleby Moor",
  "Juniper Bay",
  "Kestrel Downs",
  "Larkhill Marsh",
  "Maple Rise",
  "Netherby",
  "Oakhurst",
  "Pendlebrook",
  "Quarry Bank",
  "Rookwood",
  "Saltmarsh",
  "Thornaby Edge",
  "Upperdale",
  "Valewick",
  "Westerhope",
  "Yarrowby",
  "Aldermoor",
  "Birchover",
  "Colnbrook",
  "Denholm",
  "Easterby",
  "Fellside",
  "Greystone",
  "Harrowgate Fields",
  "Ivybridge Vale",
  "Kingsmere",
  "Lowther",
  "Millford",
  "Northcote",
  "Oldcastle Heath",
];
const TYPE_NAMES: Readonly<Record<OrgType, string>> = {
  acute: "Hospitals NHS Trust",
  "mental-health": "Mental Health NHS Foundation Trust",
  community: "Community Health NHS Trust",
  ambulance: "Ambulance Service NHS Trust",
  "primary-care": "Medical Practice",
};

function hasLevel(b: RawBenchmark, level: Level): boolean {
  return level === "significant-shortfalls" || b.levels[level] !== undefined;
}

/** The evidence for one benchmark at a variant, and the level it gives. A level the benchmark does not define falls back to good. */
function resolveVariant(
  b: RawBenchmark,
  variant: Exclude<Variant, "not-evidenced">,
): { values: Values; level: Level } {
  const level = variant.split(":")[0] as Level;
  const table = LEVEL_EVIDENCE[b.id];
  if (table === undefined) throw new Error(`LEVEL_EVIDENCE has no entry for ${b.id}`);
  if (!hasLevel(b, level)) return resolveVariant(b, "good");
  const values = table[variant] ?? table[level];
  if (values === undefined)
    throw new Error(`LEVEL_EVIDENCE[${b.id}] has no ${variant} or ${level}`);
  return { values, level };
}

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
}

function nest(flat: Values): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    setPath(out, path, value);
  return out;
}

interface Built {
  readonly organisation: { readonly id: string; readonly name: string; readonly type: OrgType };
  readonly flat: Values;
  readonly intended: Readonly<Record<string, Outcome>>;
}

/** The evidence of a case for one rule set, and the outcome each benchmark was built for. */
function buildCase(spec: CaseSpec, ruleSet: RawRuleSet, index: number): Built {
  const type = spec.type ?? "acute";
  const baseVariant = spec.base ?? "good";
  const flat: Record<string, unknown> = {};
  if (baseVariant !== "not-evidenced") {
    Object.assign(flat, {
      "regulatory.openRequirementNotices": 0,
      "regulatory.openWarningNotices": 0,
      "regulatory.imposedConditions": 0,
    });
    if (TRUSTS.includes(type)) flat["cqc.lastOverallRating"] = "good";
  }
  const context = { ...flat, ...(spec.evidence ?? {}) };
  const intended: Record<string, Outcome> = {};
  for (const b of ruleSet.benchmarks) {
    if (!(APPLIES[b.id]?.(type, context) ?? true)) {
      intended[b.id] = "not-applicable";
      continue;
    }
    const variant = spec.levels?.[b.id] ?? spec.domains?.[b.domain] ?? baseVariant;
    if (variant === "not-evidenced") {
      intended[b.id] = "not-evidenced";
      continue;
    }
    const { values, level } = resolveVariant(b, variant);
    for (const [path, value] of Object.entries(values)) {
      if (path in flat) throw new Error(`${spec.name}: ${path} is read by two benchmarks`);
      flat[path] = value;
    }
    intended[b.id] = level;
  }
  for (const [path, value] of Object.entries(spec.evidence ?? {})) {
    if (value === null) delete flat[path];
    else flat[path] = value;
  }
  for (const [id, outcome] of Object.entries(spec.outcomes ?? {})) intended[id] = outcome;
  for (const path of Object.keys(flat)) if (!(path in ruleSet.evidence)) delete flat[path];
  const place = PLACES[index % PLACES.length]!;
  return {
    organisation: {
      id: `CASE${String(index + 1).padStart(3, "0")}`,
      name: `${place} ${TYPE_NAMES[type]}`,
      type,
    },
    flat,
    intended,
  };
}

// ---------------------------------------------------------------------------------------------
// An independent scorer: json-logic-js for conditions, the scoring of docs/evaluation.md, written out again

interface Scored {
  readonly outcomes: Record<string, Outcome>;
  readonly domains: Record<string, number | null>;
  readonly percent: number | null;
  readonly rating: string;
  readonly limits: string[];
}

const SCORE: Readonly<Record<Level, number>> = {
  exceptional: 4,
  good: 3,
  "some-shortfalls": 2,
  "significant-shortfalls": 1,
};
const RATING_ORDER = ["outstanding", "good", "requires-improvement", "inadequate"];

function varsRead(logic: unknown, out: Set<string>): Set<string> {
  if (Array.isArray(logic)) for (const item of logic) varsRead(item, out);
  else if (logic !== null && typeof logic === "object")
    for (const [op, args] of Object.entries(logic)) {
      if (op === "var") {
        const path = Array.isArray(args) ? args[0] : args;
        if (typeof path === "string" && path !== "") out.add(path);
      } else varsRead(args, out);
    }
  return out;
}

/** `numerator / denominator × 100`, rounded half up, in integers (weights here are whole numbers). */
function halfUpPercent(numerator: number, denominator: number): number {
  return Math.floor((200 * numerator + denominator) / (2 * denominator));
}

function band(percent: number, bands: RawRuleSet["scoring"]["bands"]): string {
  if (percent >= bands.outstanding) return "outstanding";
  if (percent >= bands.good) return "good";
  if (percent >= bands["requires-improvement"]) return "requires-improvement";
  return "inadequate";
}

/** Scores a case as docs/evaluation.md says, with json-logic-js deciding every condition. */
export function scoreIndependently(
  ruleSet: RawRuleSet,
  organisationType: string,
  flat: Values,
): Scored {
  const evidence = nest(flat);
  const data = { ...evidence, organisation: { type: organisationType } };
  const apply = (logic: unknown, on: unknown) =>
    jsonLogic.truthy(jsonLogic.apply(logic as RulesLogic, on));
  const outcomes: Record<string, Outcome> = {};
  const scores: Record<string, number | null> = {};
  for (const b of ruleSet.benchmarks) {
    const requires = b.requires ?? [...varsRead(b.levels, new Set())];
    let outcome: Outcome;
    if (b.appliesTo !== undefined && !apply(b.appliesTo, data)) outcome = "not-applicable";
    else if (requires.some((p) => flat[p] === undefined || flat[p] === null))
      outcome = "not-evidenced";
    else {
      // A level that reads missing evidence is never met (missing evidence never passes a threshold).
      const missing = (p: string) => flat[p] === undefined || flat[p] === null;
      const level = (["exceptional", "good", "some-shortfalls"] as const).find(
        (l) =>
          b.levels[l] !== undefined &&
          ![...varsRead(b.levels[l], new Set())].some(missing) &&
          apply(b.levels[l], data),
      );
      outcome = level ?? "significant-shortfalls";
    }
    outcomes[b.id] = outcome;
    scores[b.id] = outcome in SCORE && b.status !== "pilot" ? SCORE[outcome as Level] : null;
  }
  const domains: Record<string, number | null> = {};
  const domainPercents: Record<string, number | null> = {};
  for (const d of ruleSet.domains) {
    const members = ruleSet.benchmarks.filter((b) => b.domain === d.id && scores[b.id] !== null);
    if (members.length === 0) {
      domains[d.id] = null;
      domainPercents[d.id] = null;
      continue;
    }
    const points = members.reduce((sum, b) => sum + scores[b.id]! * (b.weight ?? 1), 0);
    const weights = members.reduce((sum, b) => sum + (b.weight ?? 1), 0);
    const percent = halfUpPercent(points, 4 * weights);
    const gated = members.some((b) => b.gate === true && scores[b.id] === 1);
    domains[d.id] = gated ? 1 : 4 - RATING_ORDER.indexOf(band(percent, ruleSet.scoring.bands));
    domainPercents[d.id] = percent;
  }
  const assessed = Object.values(domains).filter((s): s is number => s !== null);
  if (assessed.length === 0)
    return { outcomes, domains, percent: null, rating: "insufficient-evidence", limits: [] };
  const percent = halfUpPercent(
    assessed.reduce((a, s) => a + s, 0),
    4 * assessed.length,
  );
  const banded = band(percent, ruleSet.scoring.bands);
  const counts = { "1": 0, "2": 0, "3": 0, "4": 0 } as Record<string, number>;
  for (const s of assessed) counts[String(s)]! += 1;
  const summary = {
    percent,
    rating: banded,
    counts,
    domains: Object.fromEntries(
      ruleSet.domains.map((d) => [d.id, { score: domains[d.id], percent: domainPercents[d.id] }]),
    ),
    benchmarks: Object.fromEntries(
      ruleSet.benchmarks.map((b) => [b.id, { outcome: outcomes[b.id], score: scores[b.id] }]),
    ),
    organisation: { type: organisationType },
    evidence,
  };
  const limits = ruleSet.scoring.limits.filter((l) => apply(l.when, summary));
  const rating = limits.reduce(
    (worst, l) => (RATING_ORDER.indexOf(l.capAt) > RATING_ORDER.indexOf(worst) ? l.capAt : worst),
    banded,
  );
  return { outcomes, domains, percent, rating, limits: limits.map((l) => l.id) };
}

// ---------------------------------------------------------------------------------------------
// Writing

function claimFor(spec: CaseSpec, version: Version): Claim {
  return "rating" in spec.expect
    ? (spec.expect as Claim)
    : (spec.expect as Record<Version, Claim>)[version];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The cases document of one version; throws when a case's evidence or claims disagree with the independent scorer. */
export function buildCasesDocument(version: Version): Record<string, unknown> {
  const ruleSet = readRuleSetDocument(version);
  const asOf = version === "1.0.0" ? "2025-03-31" : "2026-06-30";
  const problems: string[] = [];
  const cases = CASE_SPECS.filter(
    (spec) => spec.versions === undefined || spec.versions.includes(version),
  ).map((spec, index) => {
    const built = buildCase(spec, ruleSet, index);
    const claim = claimFor(spec, version);
    const scored = scoreIndependently(ruleSet, built.organisation.type, built.flat);
    const where = `${version} "${spec.name}"`;
    for (const [id, outcome] of Object.entries(built.intended))
      if (scored.outcomes[id] !== outcome)
        problems.push(`${where}: ${id} was built for ${outcome} but gives ${scored.outcomes[id]}`);
    if (scored.rating !== claim.rating)
      problems.push(`${where}: rating ${scored.rating}, claimed ${claim.rating}`);
    if (claim.percent !== undefined && scored.percent !== claim.percent)
      problems.push(`${where}: percent ${scored.percent}, claimed ${claim.percent}`);
    if (!same([...scored.limits].sort(), [...claim.limits].sort()))
      problems.push(
        `${where}: limits ${scored.limits.join(", ")}, claimed ${claim.limits.join(", ")}`,
      );
    for (const [id, score] of Object.entries(claim.domains ?? {}))
      if (scored.domains[id] !== score)
        problems.push(`${where}: domain ${id} ${scored.domains[id]}, claimed ${score}`);
    return {
      name: spec.name,
      description: spec.description,
      input: { organisation: built.organisation, asOf, evidence: nest(built.flat) },
      expect: {
        rating: claim.rating,
        ...(claim.percent === undefined ? {} : { percent: claim.percent }),
        benchmarks: built.intended,
        domains: scored.domains,
        limits: claim.limits,
      },
    };
  });
  if (problems.length > 0)
    throw new Error(`cases disagree with the rule set:\n  ${problems.join("\n  ")}`);
  return {
    ruleSet: `${ruleSet.id}@${ruleSet.version}`,
    description: `Regression cases for ${ruleSet.id}@${ruleSet.version}, written by scripts/generate-cases.ts (edit the script, not this file). Together they reach every level of every benchmark, every limit and both gates. Each case's description says why its expectations hold.`,
    cases,
  };
}

/** JSON on one line, with a space after each colon and comma. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.entries(value)
      .map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`)
      .join(", ")}}`;
  return JSON.stringify(value) ?? "null";
}

/** JSON with short arrays and objects kept on one line, so a case reads at a glance. */
export function formatJson(value: unknown, indent = ""): string {
  const flat = inline(value);
  if (value === null || typeof value !== "object" || indent.length + flat.length <= 100)
    return flat;
  const inner = `${indent}  `;
  if (Array.isArray(value))
    return `[\n${value.map((v) => inner + formatJson(v, inner)).join(",\n")}\n${indent}]`;
  const entries = Object.entries(value).map(
    ([k, v]) => `${inner}${JSON.stringify(k)}: ${formatJson(v, inner)}`,
  );
  return `{\n${entries.join(",\n")}\n${indent}}`;
}

/** The text of a version's cases file. */
export function renderCasesFile(version: Version): string {
  return `${formatJson(buildCasesDocument(version))}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const version of CASE_VERSIONS) {
    writeFileSync(casesPath(version), renderCasesFile(version));
    console.log(`wrote ${casesPath(version)}`);
  }
}
