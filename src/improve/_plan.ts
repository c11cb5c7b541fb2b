import { truthy } from "../logic/truthy.js";
import type { Assignment } from "./_data.js";
import { deriveFloors, fixedLimitCause, limitMoves } from "./_limit-analysis.js";
import { mergeMoves } from "./_merge.js";
import { type ModelState, ratingRank, type ScoreModel } from "./_model.js";
import { type Move, benchmarkMoves } from "./_moves.js";
import { refine } from "./_refine.js";
import { type Found, searchMoves } from "./_search.js";
import type { SolveContext } from "./_solve.js";

/** A plan found under the model: its changes and, for each path, the move that asked for it. */
export interface ModelPlan {
  readonly kind: "plan";
  /** The changes before refining (a fallback if the refined ones fail verification). */
  readonly raw: Assignment;
  readonly changes: Map<string, unknown>;
  readonly origins: ReadonlyMap<string, Move>;
}

/** No plan: a limit no evidence change can clear, or the best the moves can do (for the reason). */
export type NoPlan =
  | { readonly kind: "fixed-limit"; readonly limit: number; readonly cause: string }
  | { readonly kind: "short"; readonly ceiling: Assignment };

/** Rounds of floors derived from limits that read benchmark outcomes. */
const ROUNDS = 4;

/** Each benchmark's best move (highest score, then cheapest); only evidenced ones when asked. */
function bestMoves(
  moves: readonly (readonly Move[])[],
  base: ModelState,
  evidencedOnly: boolean,
): Move[] {
  return moves.flatMap((list, i) =>
    list[0] === undefined || (evidencedOnly && base.scores[i] === null) ? [] : [list[0]],
  );
}

/**
 * Finds the plan under the model: moves for every benchmark and blocking limit, a search for
 * the cheapest set that reaches the target (adding floors when limits read benchmark outcomes),
 * then the every-benchmark-at-its-best plan as a fallback; the result is pruned and minimised.
 */
export function findPlan(
  model: ScoreModel,
  base: ModelState,
  ctx: SolveContext,
  target: number,
): ModelPlan | NoPlan {
  const summary = model.context(base);
  for (const [i, { limit, when }] of model.limits.entries()) {
    if (ratingRank(limit.capAt) >= target || !truthy(when.run(summary))) continue;
    const cause = fixedLimitCause(model, base, ctx.changeable, i);
    if (cause !== undefined) return { kind: "fixed-limit", limit: i, cause };
  }
  const moves = model.benchmarks.map((c) => benchmarkMoves(model, base, ctx, c.index));
  const limitMv = limitMoves(model, base, ctx, target);
  const check = (ms: readonly Move[]) => model.apply(base, mergeMoves(model, base, ms).changes);
  const floors = new Map<number, number>();
  let found: Found | undefined;
  let top: readonly Move[] = [];
  let near: Found | undefined;
  for (let round = 0; round < ROUNDS && found === undefined; round++) {
    const result = searchMoves({ model, base, target, moves, limitMoves: limitMv, floors, check });
    found = result.best;
    top = result.ceiling ?? top;
    near = result.near ?? near;
    if (found !== undefined || result.near === undefined) break;
    let added = false;
    for (const [b, s] of deriveFloors(model, result.near.state, moves, target))
      if ((floors.get(b) ?? 0) < s) {
        floors.set(b, s);
        added = true;
      }
    if (!added) break;
  }
  let chosen: readonly Move[] | undefined = found?.moves;
  // Fallbacks: the arithmetic's best, then every benchmark at its best (evidenced ones only).
  // A near miss (percent high enough, limits not cleared) explains a failure best, so it comes first.
  const tops = [top, bestMoves(moves, base, false), bestMoves(moves, base, true)].map((m) => [
    ...m,
    ...limitMv,
  ]);
  const fallbacks = near === undefined ? tops : [near.moves, ...tops];
  // The plan that explains a failure best: banded high enough (so limits are the cause), then best rated.
  let ceiling: { changes: Assignment; key: number } = { changes: new Map(), key: -1 };
  for (const fallback of fallbacks) {
    if (chosen !== undefined) break;
    const merged = mergeMoves(model, base, fallback);
    const state = model.apply(base, merged.changes);
    if (ratingRank(state.rating) >= target) chosen = fallback;
    const key =
      (ratingRank(state.banded) >= target ? 1000 : 0) +
      ratingRank(state.rating) * 101 +
      (state.percent ?? 0);
    if (key > ceiling.key) ceiling = { changes: merged.changes, key };
  }
  if (chosen === undefined) return { kind: "short", ceiling: ceiling.changes };
  const merged = mergeMoves(model, base, chosen);
  const prepare = (fixed: Assignment) => {
    const state = model.apply(base, fixed);
    return (path: string, value: unknown) =>
      ratingRank(model.apply(state, new Map([[path, value]])).rating) >= target;
  };
  const changes = refine({ fields: ctx.fields, values: ctx.values, prepare }, merged.changes);
  const origins = new Map([...merged.origins].filter(([p]) => changes.has(p)));
  return { kind: "plan", raw: merged.changes, changes, origins };
}
