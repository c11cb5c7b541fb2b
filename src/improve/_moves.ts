import type { Outcome } from "../format/schema.js";
import { type Assignment, overlay } from "./_data.js";
import { truthy } from "../logic/truthy.js";
import { boundsOf, isNumeric, isValidValue, neutralValue, stepBy } from "./_fields.js";
import type { ModelState, ScoreModel } from "./_model.js";
import { type SolveContext, assignmentCost, evaluateAt, extend, solve, valueAt } from "./_solve.js";
import { probeValues } from "./_values.js";

/** Evidence changes that move one benchmark (or clear one limit) on their own. */
export interface Move {
  /** The benchmark moved, or undefined for a change that clears a limit. */
  readonly benchmark?: number;
  /** The limit a limit move clears. */
  readonly limit?: number;
  readonly outcome?: Outcome;
  /** The benchmark's score once the changes are applied alone. */
  readonly score: number;
  /** Only real changes: every value differs from the current one. */
  readonly changes: Assignment;
  readonly cost: number;
}

const LEVEL_SCORES: Readonly<Record<string, number>> = {
  exceptional: 4,
  good: 3,
  "some-shortfalls": 2,
};

/** Keeps the changes that differ from the current values. */
export function realChanges(ctx: SolveContext, assign: Assignment): Map<string, unknown> {
  return new Map([...assign].filter(([p, v]) => ctx.values.get(p) !== v));
}

/**
 * The value to provide for missing evidence a level reads but its solution left unset (JsonLogic
 * reads a missing value as null, which `<=` takes for 0): a value at the edge of those that keep
 * the level met (e.g. 36 for "at most 36 months"), else the field's neutral value.
 */
function provided(ctx: SolveContext, level: unknown, assign: Assignment, path: string): unknown {
  const field = ctx.fields.get(path)!;
  const neutral = neutralValue(field, ctx.asOf);
  const holds = (v: unknown) => truthy(evaluateAt(ctx, level, extend(assign, path, v)));
  const ok = [neutral, ...probeValues(field, level, undefined, ctx.asOf)].filter(holds);
  if (!isNumeric(field)) return ok[0] ?? neutral;
  const { min, max } = boundsOf(field);
  const fails = (v: number) =>
    v >= min && v <= max && isValidValue(field, v, ctx.asOf) && !holds(v);
  const edges = (ok as number[]).filter(
    (v) => fails(stepBy(field, v, 1)) || fails(stepBy(field, v, -1)),
  );
  edges.sort((a, b) => Math.abs(a - (neutral as number)) - Math.abs(b - (neutral as number)));
  return edges[0] ?? ok[0] ?? neutral;
}

/**
 * The ways to move one benchmark to a better outcome: for each level above its current one, the
 * cheapest evidence changes that make the level's condition hold (providing any other missing
 * evidence it requires), with the outcome they actually give. A move is kept only when no
 * better-scoring move is as cheap.
 */
export function benchmarkMoves(
  model: ScoreModel,
  base: ModelState,
  ctx: SolveContext,
  index: number,
): Move[] {
  const compiled = model.benchmarks[index]!;
  const outcome = base.outcomes[index]!;
  if (outcome === "not-applicable") return [];
  const now = base.scores[index] ?? 0;
  const found: Move[] = [];
  for (const level of compiled.levels) {
    if (LEVEL_SCORES[level.name]! <= now) continue;
    for (const solved of solve(ctx, compiled.benchmark.levels[level.name])) {
      const assign = new Map(solved);
      let ok = true;
      for (const path of new Set([...compiled.requires, ...level.reads])) {
        if (valueAt(ctx, assign, path) !== undefined) continue;
        if (!ctx.changeable(path)) ok = false;
        else assign.set(path, provided(ctx, compiled.benchmark.levels[level.name], assign, path));
      }
      if (!ok) continue;
      const changes = realChanges(ctx, assign);
      if (changes.size === 0) continue;
      const values = ctx.values;
      const result = model.outcomeOf(
        index,
        overlay(base.data, changes),
        (p) => changes.has(p) || values.has(p),
      );
      const score = model.scoreOf(index, result);
      if (score === null || score <= now) continue;
      found.push({
        benchmark: index,
        outcome: result,
        score,
        changes,
        cost: assignmentCost(ctx, changes),
      });
    }
  }
  found.sort((a, b) => b.score - a.score || a.cost - b.cost);
  const kept: Move[] = [];
  for (const move of found)
    if (kept.every((k) => k.score > move.score && move.cost <= k.cost + 1e-12)) kept.push(move);
  return kept;
}
