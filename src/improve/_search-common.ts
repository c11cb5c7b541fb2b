import { readPaths } from "../evaluate/_reads.js";
import { truthy } from "../logic/truthy.js";
import { add, cheaper, type Member, type Price, priceOf } from "./_dp.js";
import { type ModelState, ratingRank, type ScoreModel } from "./_model.js";
import type { Move } from "./_moves.js";

/** Most plans checked against the model in one search. */
export const BUDGET = 4000;

/** What the search works from: the moves of every benchmark, the limit moves, floors on scores. */
export interface SearchInput {
  readonly model: ScoreModel;
  readonly base: ModelState;
  /** The target's rank (outstanding 4 … inadequate 1). */
  readonly target: number;
  /** Moves of each benchmark, by benchmark index. */
  readonly moves: readonly (readonly Move[])[];
  readonly limitMoves: readonly Move[];
  /** Lowest score some benchmarks must reach (from limits that read them). */
  readonly floors: ReadonlyMap<number, number>;
  /** Merges moves and scores the result with the model. */
  readonly check: (moves: readonly Move[]) => ModelState;
}

/** A set of moves and the model's judgement of it. */
export interface Found {
  readonly moves: readonly Move[];
  readonly price: Price;
  readonly state: ModelState;
}

/** The cheapest plan found that reaches the target, and the cheapest one that got near (banded high enough). */
export interface SearchResult {
  readonly best?: Found;
  readonly near?: Found;
  /** The moves that give the highest overall result by the arithmetic alone (limits aside). */
  readonly ceiling?: readonly Move[];
}

/**
 * The blocking limits that read only the overall and domain results (no benchmark or evidence
 * value), so they can be checked from domain scores alone, before the model judges a plan.
 */
export function summaryLimits(
  input: SearchInput,
  parts: readonly string[],
): ((ctx: unknown) => boolean)[] {
  return input.model.limits
    .filter(({ limit }) => ratingRank(limit.capAt) < input.target)
    .filter(({ limit }) =>
      readPaths(limit.when).every(
        (p) => p === "organisation.type" || parts.includes(p.split(".")[0]!),
      ),
    )
    .map(
      ({ when }) =>
        (ctx: unknown) =>
          truthy(when.run(ctx)),
    );
}

/** The members of a group, each restricted by its floor; undefined when a floor cannot be met. */
export function membersOf(input: SearchInput, indices: readonly number[]): Member[] | undefined {
  const { model, base, floors } = input;
  const out: Member[] = [];
  for (const i of indices) {
    const c = model.benchmarks[i]!;
    if (c.status === "pilot" || base.outcomes[i] === "not-applicable") continue;
    const floor = floors.get(i) ?? 0;
    const keep = base.scores[i] ?? null;
    const moves = input.moves[i]!.filter((m) => m.score >= floor);
    const keepAllowed = (keep ?? 0) >= floor;
    if (!keepAllowed && moves.length === 0) return undefined;
    out.push({ units: c.units, gate: c.gate, keep, keepAllowed, moves });
  }
  return out;
}

/** Pilot benchmarks with a floor must be moved whatever else happens: their cheapest moves. */
export function forcedMoves(input: SearchInput): Move[] | undefined {
  const out: Move[] = [];
  for (const [i, floor] of input.floors) {
    if (input.model.benchmarks[i]!.status !== "pilot" || (input.base.scores[i] ?? 0) >= floor)
      continue;
    const move = input.moves[i]!.filter((m) => m.score >= floor).sort((a, b) => a.cost - b.cost)[0];
    if (move === undefined) return undefined;
    out.push(move);
  }
  return out;
}

/** Tries every subset of the limit moves on top of `moves`, cheapest first, keeping the best plan. */
export function withLimitMoves(
  input: SearchInput,
  moves: readonly Move[],
  price: Price,
  state: { best?: Found; near?: Found; checks: number },
): void {
  const visit = (t: number, chosen: readonly Move[], p: Price): void => {
    if (state.best !== undefined && !cheaper(p, state.best.price)) return;
    if (t === input.limitMoves.length) {
      state.checks++;
      const judged = input.check(chosen);
      const found = { moves: chosen, price: p, state: judged };
      if (ratingRank(judged.rating) >= input.target) state.best = found;
      else if (state.near === undefined || cheaper(p, state.near.price)) state.near = found;
      return;
    }
    // Past a few limit moves, trying every subset costs more than it could save: take them all.
    if (input.limitMoves.length <= 8) visit(t + 1, chosen, p);
    const move = input.limitMoves[t]!;
    visit(t + 1, [...chosen, move], add(p, priceOf(move)));
  };
  visit(0, moves, price);
}

/** The search result from its running state. */
export function result(
  state: { best?: Found; near?: Found },
  ceiling: readonly Move[],
): SearchResult {
  return {
    ...(state.best ? { best: state.best } : {}),
    ...(state.near ? { near: state.near } : {}),
    ceiling,
  };
}
