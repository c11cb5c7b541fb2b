import { EvidenceError } from "../errors.js";
import type { RuleSet } from "../format/schema.js";
import { createEvaluator } from "./evaluator.js";
import type { EvaluateOptions, EvidenceDocument, Judgement } from "./judgement.js";

/**
 * Judges an organisation's evidence against a rule set: checks the evidence, evaluates every
 * benchmark, scores domains, applies limits and returns a deterministic, plain-JSON judgement.
 * The date judged at is `options.asOf`, else the document's `asOf`, else today (UTC).
 * To evaluate many documents with one rule set, use {@link createEvaluator}.
 *
 * @param ruleSet - a rule set from {@link parseRuleSet}
 * @param input - the evidence document
 * @param options - `asOf` to judge at, `explain: "full"` to add condition traces
 * @throws {EvidenceError} when the evidence does not fit the rule set (every problem listed, no values in messages)
 * @example
 * ```ts
 * const judgement = evaluate(ruleSet, {
 *   organisation: { id: "RXX", name: "Northfield Hospitals NHS Trust", type: "acute" },
 *   evidence: { managers: { withRoleTargetsPct: 81 } },
 * }, { asOf: "2025-03-31" });
 * judgement.rating; // "requires-improvement"
 * ```
 */
export function evaluate(
  ruleSet: RuleSet,
  input: EvidenceDocument,
  options?: EvaluateOptions,
): Judgement {
  return createEvaluator(ruleSet).evaluate(input, options);
}

/**
 * Like {@link evaluate}, but returns an invalid evidence document's error instead of throwing it.
 * Other errors (a bug, a rule set that was not parsed) are still thrown.
 *
 * @example
 * ```ts
 * const result = safeEvaluate(ruleSet, input);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeEvaluate(
  ruleSet: RuleSet,
  input: EvidenceDocument,
  options?: EvaluateOptions,
): { success: true; judgement: Judgement } | { success: false; error: EvidenceError } {
  try {
    return { success: true, judgement: evaluate(ruleSet, input, options) };
  } catch (error) {
    if (error instanceof EvidenceError) return { success: false, error };
    throw error;
  }
}
