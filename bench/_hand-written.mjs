// Hand-written JavaScript for a subset of well-led@2.0.0's benchmarks: the floor. Each function
// returns the outcome code (0 not applicable … 4 exceptional, as in _alternatives.mjs) with
// json-logic-js's semantics on well-led's data: a missing value reads as null, `+` parses its
// arguments as floats, `min` coerces null to 0. run.mjs checks every code against json-logic-js.

/** A value as json-logic-js's `var` returns it: missing (undefined) reads as null. */
const read = (value) => (value === undefined ? null : value);
/** json-logic-js's `+`: every argument through parseFloat, so null makes NaN. */
const plus = (...values) => values.reduce((sum, v) => sum + Number.parseFloat(v), 0);

const LEARNING_TYPES = ["acute", "mental-health", "community"];

/** Outcome code of each hand-written benchmark, by id. */
export const HAND_WRITTEN = {
  "LM-01": (d) => {
    const pct = read(d.managers?.withRoleTargetsPct);
    return pct === 100 ? 4 : pct >= 95 ? 3 : pct >= 81 ? 2 : 1;
  },
  "LM-02": (d) => {
    const pct = read(d.managers?.targetsAlignedPct);
    return pct >= 90 ? 3 : pct >= 62 ? 2 : 1;
  },
  "LM-03": (d) => {
    const coProduced = read(d.strategy?.coProduced) === true;
    const known = read(d.strategy?.staffKnowStrategyPct);
    return coProduced && known >= 90
      ? 4
      : coProduced && known >= 80
        ? 3
        : coProduced && known >= 60
          ? 2
          : 1;
  },
  "LM-04": (d) => {
    if (d.organisation.type === "primary-care") return 0;
    const reviews = read(d.board?.strategyReviewsPerYear);
    return reviews >= 4 && read(d.strategy?.deliveryRiskPlan) === true ? 3 : reviews >= 2 ? 2 : 1;
  },
  "LM-09": (d) => {
    const accredited = read(d.training?.accreditedNationalStandard) === true;
    const hours = read(d.training?.hoursPerManagerPerYear);
    return accredited && hours >= 30
      ? 4
      : accredited && hours >= 15
        ? 3
        : accredited || hours >= 8
          ? 2
          : 1;
  },
  "LM-11": (d) => {
    const age = read(d.talent?.reviewAgeMonths);
    return age <= 12 && read(d.talent?.policyInPlace) === true ? 3 : age <= 24 ? 2 : 1;
  },
  "LM-21": (d) => {
    const guardian = read(d.ftsu?.guardianInPost) === true;
    const good =
      guardian && read(d.ftsu?.boardReportsPerYear) >= 2 && read(d.ftsu?.policyAgeMonths) <= 36;
    return good ? 3 : guardian ? 2 : 1;
  },
  "LM-23": (d) => {
    const pct = read(d.nss?.discriminationFromColleaguesPct);
    return pct <= 6 ? 4 : pct <= 9.07 ? 3 : pct <= 11.07 ? 2 : 1;
  },
  "LM-35": (d) => {
    if (!LEARNING_TYPES.includes(d.organisation.type)) return 0;
    const pct = read(d.learning?.patientsOfferedResearchPct);
    return pct >= 50 ? 4 : pct >= 30 ? 3 : pct >= 10 ? 2 : 1;
  },
  "LM-38": (d) => {
    const plan = read(d.environment?.greenPlanApproved) === true;
    const measured = read(d.environment?.footprintMeasured) === true;
    const cut = read(d.environment?.carbonReductionPct);
    return plan && measured && cut >= 5
      ? 4
      : plan && measured && cut > 0
        ? 3
        : plan || measured
          ? 2
          : 1;
  },
  "LM-39": (d) => {
    const scores = [d.wms?.operations, d.wms?.monitoring, d.wms?.targets, d.wms?.people].map(read);
    const mean = plus(...scores) / 4;
    const lowest = Math.min(...scores);
    return mean >= 4 && lowest >= 2 ? 4 : mean >= 3 && lowest >= 2 ? 3 : mean >= 2.5 ? 2 : 1;
  },
  "LM-40": (d) => {
    const score = read(d.nss?.engagement);
    const median = read(d.nss?.engagementMedian);
    return score >= plus(median, 0.3) ? 4 : score >= median ? 3 : score >= median - 0.2 ? 2 : 1;
  },
};

/** A judge over the hand-written benchmarks, shaped like the others in _alternatives.mjs. */
export function handWrittenJudge() {
  const ids = Object.keys(HAND_WRITTEN);
  const all = Object.values(HAND_WRITTEN);
  return {
    ids,
    judge: (data) => {
      let sum = 0;
      for (let i = 0; i < all.length; i++) sum += all[i](data);
      return sum;
    },
    outcomes: (data) => Object.fromEntries(ids.map((id) => [id, HAND_WRITTEN[id](data)])),
  };
}
