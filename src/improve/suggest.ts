import type { EvidenceDocument } from "../evaluate/judgement.js";
import type { RuleSet } from "../format/schema.js";
import { createImprover } from "./improver.js";
import type { ImprovementPlan, SuggestOptions } from "./types.js";

/**
 * Works out what it would take for an organisation to reach a target rating: the fewest
 * benchmark level changes (then the smallest evidence changes) that, applied together, make the
 * rule set judge the evidence at the target or better. Every plan is verified by evaluating the
 * changed evidence; each change is needed, each number is as small as the plan allows, no
 * evidence path appears twice, and no change alters which benchmarks apply. When no evidence
 * change can reach the target, the plan says so and names the cause. To plan for many
 * organisations with one rule set, use {@link createImprover}.
 *
 * @param ruleSet - a rule set from `parseRuleSet`
 * @param input - the organisation's evidence document (never changed)
 * @param options - `target` rating and, optionally, the `asOf` date to judge at
 * @returns the plan: `steps` cheapest first, `current` and `projected` rating and percent
 * @throws {EvidenceError} when the evidence does not fit the rule set
 * @throws {WellLedError} with code `invalid-target` when the target is not a rating
 * @example
 * ```ts
 * const plan = suggestImprovements(ruleSet, evidence, { target: "good" });
 * if (plan.reachable) for (const step of plan.steps) console.log(step.changes);
 * else console.log(plan.reason);
 * ```
 */
export function suggestImprovements(
  ruleSet: RuleSet,
  input: EvidenceDocument,
  options: SuggestOptions,
): ImprovementPlan {
  return createImprover(ruleSet).suggest(input, options);
}
