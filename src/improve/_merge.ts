import { overlay } from "./_data.js";
import { type ModelState, ratingRank, type ScoreModel } from "./_model.js";
import type { Move } from "./_moves.js";

/** A plan's changes with, for each path, the move whose value it kept. */
export interface MergedChanges {
  readonly changes: Map<string, unknown>;
  readonly origins: Map<string, Move>;
}

function bestOverall<T extends { value: unknown }>(
  model: ScoreModel,
  base: ModelState,
  changes: Map<string, unknown>,
  path: string,
  options: readonly T[],
): T {
  const score = (o: T) => {
    const state = model.apply(base, new Map(changes).set(path, o.value));
    return ratingRank(state.rating) * 1000 + (state.percent ?? 0);
  };
  return options.reduce((a, b) => (score(b) > score(a) ? b : a));
}

function distance(from: unknown, to: unknown): number {
  return typeof from === "number" && typeof to === "number" ? Math.abs(to - from) : 1;
}

/**
 * Puts the changes of several moves together, each path once. When two moves set one path to
 * different values, the value kept is the one (farthest from the current value first) that still
 * gives every move touching that path its score; when none does (e.g. a range one benchmark
 * wants and a minimum another wants), the one that gives the best overall result.
 */
export function mergeMoves(
  model: ScoreModel,
  base: ModelState,
  moves: readonly Move[],
): MergedChanges {
  const changes = new Map<string, unknown>();
  const origins = new Map<string, Move>();
  const conflicts = new Map<string, Move[]>();
  for (const move of moves)
    for (const [path, value] of move.changes) {
      const origin = origins.get(path);
      if (origin === undefined) {
        changes.set(path, value);
        origins.set(path, move);
      } else if (changes.get(path) !== value) {
        const list = conflicts.get(path) ?? [origin];
        list.push(move);
        conflicts.set(path, list);
      }
    }
  const has = (p: string) => changes.has(p) || base.values.has(p);
  for (const [path, touching] of conflicts) {
    const now = base.values.get(path);
    const options = touching
      .map((m) => ({ m, value: m.changes.get(path) }))
      .sort((a, b) => distance(now, b.value) - distance(now, a.value));
    const fits = options.find(({ value }) => {
      changes.set(path, value);
      const data = overlay(base.data, changes);
      return touching.every(
        (m) =>
          m.benchmark === undefined ||
          (model.scoreOf(m.benchmark, model.outcomeOf(m.benchmark, data, has)) ?? 0) >= m.score,
      );
    });
    const chosen = fits ?? bestOverall(model, base, changes, path, options);
    changes.set(path, chosen.value);
    origins.set(path, chosen.m);
  }
  return { changes, origins };
}
