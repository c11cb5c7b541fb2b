import type { RuleSet } from "./schema.js";
import { DEFAULT_ORGANISATION_TYPES } from "./schema.js";

/** The scoring section with every default filled in. */
export interface ResolvedScoring {
  readonly model: "statement" | "flat";
  readonly bands: {
    readonly outstanding: number;
    readonly good: number;
    readonly "requires-improvement": number;
  };
  readonly rounding: "half-up" | "floor";
  readonly missingEvidence: "not-evidenced" | "lowest";
  readonly minScoredPerDomain: number;
  readonly limits: NonNullable<NonNullable<RuleSet["scoring"]>["limits"]>;
}

/** CQC's Single Assessment Framework bands: outstanding 88%, good 63%, requires improvement 39%. */
export const CQC_BANDS = { outstanding: 88, good: 63, "requires-improvement": 39 } as const;

/**
 * The scoring section with defaults filled in: statement model, CQC bands, half-up rounding,
 * missing evidence not evidenced, at least one scored benchmark per domain, no limits.
 */
export function resolveScoring(ruleSet: RuleSet): ResolvedScoring {
  const s = ruleSet.scoring ?? {};
  return {
    model: s.model ?? "statement",
    bands: s.bands ?? CQC_BANDS,
    rounding: s.rounding ?? "half-up",
    missingEvidence: s.missingEvidence ?? "not-evidenced",
    minScoredPerDomain: s.minScoredPerDomain ?? 1,
    limits: s.limits ?? [],
  };
}

/** The organisation types a rule set accepts (the five NHS provider types when it lists none). */
export function organisationTypes(ruleSet: RuleSet): readonly string[] {
  return ruleSet.organisationTypes ?? DEFAULT_ORGANISATION_TYPES;
}
