import { bandPercent } from "../evaluate/scoring.js";
import {
  add,
  byPrice,
  cheaper,
  combineMembers,
  FREE,
  type GroupState,
  groupPercent,
  picked,
  type Price,
  priceOf,
} from "./_dp.js";
import { ratingRank } from "./_model.js";
import type { Move } from "./_moves.js";
import {
  BUDGET,
  type Found,
  forcedMoves,
  membersOf,
  result,
  type SearchInput,
  type SearchResult,
  summaryLimits,
  withLimitMoves,
} from "./_search-common.js";
import { searchStatement } from "./_search-statement.js";

export type { Found, SearchInput, SearchResult } from "./_search-common.js";

/** Flat model: every way of scoring all benchmarks together (exact), cheapest first. */
function searchFlat(input: SearchInput, forced: readonly Move[]): SearchResult {
  const members = membersOf(
    input,
    input.model.benchmarks.map((c) => c.index),
  );
  if (members === undefined) return {};
  const { scoring } = input.model;
  const base: Price = forced.map(priceOf).reduce(add, FREE);
  const all = combineMembers(members).filter((s) => s.count > 0);
  const percentOf = (s: GroupState) => groupPercent(s.points, s.units, scoring.rounding);
  const top = all.reduce<GroupState | undefined>(
    (a, s) => (a === undefined || percentOf(s) > percentOf(a) ? s : a),
    undefined,
  );
  const states = all
    .filter((s) => ratingRank(bandPercent(percentOf(s), scoring.bands)) >= input.target)
    .sort(byPrice);
  const state: { best?: Found; near?: Found; checks: number } = { checks: 0 };
  const limits = summaryLimits(input, ["percent", "rating"]);
  for (const s of states) {
    if (state.checks > BUDGET) break;
    const price = add(base, s);
    if (state.best !== undefined && !cheaper(price, state.best.price)) break;
    const percent = groupPercent(s.points, s.units, scoring.rounding);
    const ctx = {
      percent,
      rating: bandPercent(percent, scoring.bands),
      organisation: { type: input.base.type },
    };
    if (limits.some((holds) => holds(ctx))) continue;
    withLimitMoves(input, [...forced, ...picked(s)], price, state);
  }
  return result(state, [...forced, ...(top === undefined ? [] : picked(top))]);
}

/** Searches for the cheapest set of moves that reaches the target under the model. */
export function searchMoves(input: SearchInput): SearchResult {
  const forced = forcedMoves(input);
  if (forced === undefined) return {};
  return input.model.scoring.model === "flat"
    ? searchFlat(input, forced)
    : searchStatement(input, forced);
}
