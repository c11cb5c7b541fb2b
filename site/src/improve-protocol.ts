import type { EvidenceDocument, ImprovementPlan, Rating, RuleSet } from "./lib.js";

/** A request to the improvement worker: the rule set (re-checked once per hash), evidence and target. */
export interface PlanRequest {
  readonly id: number;
  readonly hash: string;
  readonly ruleSet: RuleSet;
  readonly document: EvidenceDocument;
  readonly target: Rating;
}

/** The worker's answer to one request. */
export type PlanResponse =
  | { readonly id: number; readonly ok: true; readonly plan: ImprovementPlan }
  | { readonly id: number; readonly ok: false; readonly message: string };
