import { createEvaluator } from "../evaluate/evaluator.js";
import type { EvidenceDocument, Judgement } from "../evaluate/judgement.js";
import { WellLedError } from "../errors.js";
import { type EvidenceField, RATINGS, type RuleSet } from "../format/schema.js";
import { applicabilityFields, solveContext } from "./_context.js";
import { type Assignment, applyChanges, presentValues } from "./_data.js";
import { clean, isNumeric, unitOf } from "./_fields.js";
import { createScoreModel, type ModelState, ratingRank } from "./_model.js";
import { findPlan } from "./_plan.js";
import { ceilingReason, fixedLimitReason } from "./_reason.js";
import { refine } from "./_refine.js";
import { buildSteps } from "./_steps.js";
import type { ImprovementPlan, SuggestOptions } from "./types.js";

/**
 * A rule set compiled once for improvement plans, that plans for any number of organisations.
 *
 * @example
 * ```ts
 * const improver: Improver = createImprover(ruleSet);
 * const plan = improver.suggest(evidence, { target: "good", asOf: "2025-03-31" });
 * ```
 */
export interface Improver {
  readonly ruleSet: RuleSet;
  /**
   * Plans what it would take for one organisation to reach a target rating.
   *
   * @throws {EvidenceError} when the evidence does not fit the rule set
   */
  suggest(input: EvidenceDocument, options: SuggestOptions): ImprovementPlan;
}

/** True when the model judged the changed evidence exactly as the evaluator did. */
function agrees(state: ModelState, judgement: Judgement): boolean {
  return (
    state.rating === judgement.rating &&
    state.percent === judgement.percent &&
    judgement.benchmarks.every((b, i) => b.outcome === state.outcomes[i]) &&
    judgement.domains.every((d, i) => d.score === state.domains[i]!.score)
  );
}

const words = (rating: string) => rating.replaceAll("-", " ");

/** A changed value moved back one unit towards its old value (non-numbers: the old value itself). */
function stepBack(field: EvidenceField, from: unknown, to: unknown): unknown {
  if (!isNumeric(field) || typeof from !== "number" || typeof to !== "number") return from;
  const back = clean(to - Math.sign(to - from) * unitOf(field));
  return (back - from) * Math.sign(to - from) <= 0 ? from : back;
}

/**
 * Compiles a rule set once (its evaluator, its scoring model, the fields that decide
 * applicability) into an improver that plans for many organisations; see
 * {@link suggestImprovements} for what a plan is and how it is chosen.
 *
 * @param ruleSet - a rule set from `parseRuleSet`
 * @example
 * ```ts
 * const improver = createImprover(ruleSet);
 * const plans = organisations.map((input) => improver.suggest(input, { target: "good" }));
 * ```
 */
export function createImprover(ruleSet: RuleSet): Improver {
  const evaluator = createEvaluator(ruleSet);
  const model = createScoreModel(ruleSet);
  const frozen = applicabilityFields(ruleSet);

  const suggest = (input: EvidenceDocument, options: SuggestOptions): ImprovementPlan => {
    const { target } = options;
    if (!(RATINGS as readonly unknown[]).includes(target))
      throw new WellLedError(
        "invalid-target",
        `target must be one of ${RATINGS.map((r) => `"${r}"`).join(", ")}`,
      );
    const evaluateOptions = options.asOf === undefined ? {} : { asOf: options.asOf };
    const before = evaluator.evaluate(input, evaluateOptions);
    const current = { rating: before.rating, percent: before.percent };
    const rank = ratingRank(target);
    const answer = (reachable: boolean, extra: Partial<ImprovementPlan> = {}): ImprovementPlan => ({
      target,
      reachable,
      ...(extra.reason === undefined ? {} : { reason: extra.reason }),
      current,
      projected: extra.projected ?? current,
      steps: extra.steps ?? [],
    });
    if (ratingRank(before.rating) >= rank) return answer(true);

    const values = presentValues(input, model.fields.keys());
    const base = model.evaluate(before.organisation.type, values);
    const ctx = solveContext(model, frozen, values, base, before.asOf);
    const judge = (changes: Assignment) =>
      evaluator.evaluate(applyChanges(input, changes), evaluateOptions);
    const found = findPlan(model, base, ctx, rank);
    if (found.kind === "fixed-limit")
      return answer(false, {
        reason: fixedLimitReason(target, model.limits[found.limit]!.limit, found.cause),
      });
    if (found.kind === "short")
      return answer(false, { reason: ceilingReason(model, target, judge(found.ceiling)) });

    let changes = found.changes;
    let after = judge(changes);
    if (ratingRank(after.rating) < rank || !agrees(model.apply(base, changes), after)) {
      // The model misjudged this evidence: refine again with the evaluator itself as the judge.
      const reaches = (c: Assignment) => ratingRank(judge(c).rating) >= rank;
      const start = [found.changes, found.raw].find(reaches);
      if (start === undefined)
        return answer(false, {
          reason: `${words(target)} is out of reach: no plan found within the search budget`,
        });
      const prepare = (fixed: Assignment) => (path: string, value: unknown) => {
        const next = new Map(fixed);
        if (value === undefined) next.delete(path);
        else next.set(path, value);
        return reaches(next);
      };
      changes = refine({ fields: ctx.fields, values, prepare }, new Map(start));
      after = judge(changes);
    }
    const planned = model.apply(base, changes);
    const binding = (path: string) => {
      const back = stepBack(model.fields.get(path)!, values.get(path), changes.get(path));
      const undone = model.apply(planned, new Map([[path, back]]));
      return new Set(
        planned.scores.flatMap((s, i) => ((undone.scores[i] ?? 0) < (s ?? 0) ? [i] : [])),
      );
    };
    const steps = buildSteps(model, values, changes, found.origins, binding, before, after);
    return answer(true, { projected: { rating: after.rating, percent: after.percent }, steps });
  };
  return { ruleSet, suggest };
}
