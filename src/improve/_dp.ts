import type { Move } from "./_moves.js";

/** The price of a plan: fewer steps first, then smaller changes, then lower levels claimed. */
export interface Price {
  readonly steps: number;
  readonly cost: number;
  /** The sum of the scores the moves claim, so that of two equal plans the less demanding wins. */
  readonly claim: number;
}

/** The price of nothing. */
export const FREE: Price = { steps: 0, cost: 0, claim: 0 };

/** The price of one move. */
export function priceOf(move: { readonly cost: number; readonly score: number }): Price {
  return { steps: 1, cost: move.cost, claim: move.score };
}

/** The price of two things together. */
export function add(a: Price, b: Price): Price {
  return { steps: a.steps + b.steps, cost: a.cost + b.cost, claim: a.claim + b.claim };
}

/** True when `a` is strictly cheaper than `b`: fewer steps, or as many and smaller changes, or lower claims. */
export function cheaper(a: Price, b: Price): boolean {
  if (a.steps !== b.steps) return a.steps < b.steps;
  if (Math.abs(a.cost - b.cost) > 1e-9) return a.cost < b.cost;
  return a.claim < b.claim;
}

/** Orders prices cheapest first. */
export function byPrice(a: Price, b: Price): number {
  return cheaper(a, b) ? -1 : cheaper(b, a) ? 1 : 0;
}

/** A benchmark in a group: its weight, gate flag, score now (null when not scored) and moves. */
export interface Member {
  readonly units: bigint;
  readonly gate: boolean;
  readonly keep: number | null;
  /** False when a floor rules out keeping the current score. */
  readonly keepAllowed: boolean;
  readonly moves: readonly Move[];
}

interface Picks {
  readonly move: Move;
  readonly next: Picks | undefined;
}

/** One way to score a group: weighted points, weight and count of scored members, gate hit. */
export interface GroupState extends Price {
  readonly points: bigint;
  readonly units: bigint;
  readonly count: number;
  readonly gated: boolean;
  readonly picks: Picks | undefined;
}

/** The moves a group state chose. */
export function picked(state: GroupState): Move[] {
  const out: Move[] = [];
  for (let p = state.picks; p !== undefined; p = p.next) out.push(p.move);
  return out.reverse();
}

/**
 * Every distinct way a group of benchmarks can score (weighted points, weight, count, gate hit),
 * each with the cheapest choice of at most one move per member: an exact dynamic programme over
 * members, since a group's result depends only on those sums.
 */
export function combineMembers(members: readonly Member[]): GroupState[] {
  const start: GroupState = {
    points: 0n,
    units: 0n,
    count: 0,
    gated: false,
    ...FREE,
    picks: undefined,
  };
  let states = new Map<string, GroupState>([["0|0|0|0", start]]);
  for (const m of members) {
    const next = new Map<string, GroupState>();
    const extend = (s: GroupState, score: number | null, move: Move | undefined) => {
      const state: GroupState =
        score === null
          ? s
          : {
              points: s.points + BigInt(score) * m.units,
              units: s.units + m.units,
              count: s.count + 1,
              gated: s.gated || (m.gate && score === 1),
              ...(move === undefined
                ? { steps: s.steps, cost: s.cost, claim: s.claim }
                : add(s, priceOf(move))),
              picks: move === undefined ? s.picks : { move, next: s.picks },
            };
      const key = `${state.points}|${state.units}|${state.count}|${state.gated ? 1 : 0}`;
      const old = next.get(key);
      if (old === undefined || cheaper(state, old)) next.set(key, state);
    };
    for (const s of states.values()) {
      if (m.keepAllowed) extend(s, m.keep, undefined);
      for (const move of m.moves) extend(s, move.score, move);
    }
    states = next;
  }
  return [...states.values()];
}

/**
 * A weighted percent `points / (4 × units) × 100` rounded as the evaluator rounds it
 * (`half-up` or `floor`), exactly.
 */
export function groupPercent(points: bigint, units: bigint, rounding: "half-up" | "floor"): number {
  const total = 4n * units;
  return Number(
    rounding === "floor" ? (100n * points) / total : (200n * points + total) / (2n * total),
  );
}
