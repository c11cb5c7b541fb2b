import { readPaths } from "../evaluate/_reads.js";
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
  membersOf,
  result,
  type SearchInput,
  type SearchResult,
  summaryLimits,
  withLimitMoves,
} from "./_search-common.js";

/** One way to score a domain: its score (null: not assessed), percent, price and moves. */
interface Option extends Price {
  readonly score: number | null;
  readonly percent: number | null;
  readonly moves: readonly Move[];
}

/** Options of each domain chosen so far (last first), with their total price. */
interface Combo extends Price {
  readonly option: Option | undefined;
  readonly rest: Combo | undefined;
}

function chosenOf(combo: Combo): Option[] {
  const out: Option[] = [];
  for (let c: Combo | undefined = combo; c?.option !== undefined; c = c.rest) out.push(c.option);
  return out.reverse();
}

/** Combinations kept for each count of domains at each score. */
const KEEP = 3;

/** Adds a combination to a list kept sorted and at most KEEP long, if it is cheap enough. */
function keepCheapest(list: Combo[], option: Option, rest: Combo): void {
  const combo: Combo = {
    steps: rest.steps + option.steps,
    cost: rest.cost + option.cost,
    claim: rest.claim + option.claim,
    option,
    rest,
  };
  if (list.length === KEEP && !cheaper(combo, list[KEEP - 1]!)) return;
  let at = list.length;
  if (at < KEEP) list.push(combo);
  else at--;
  while (at > 0 && cheaper(combo, list[at - 1]!)) {
    list[at] = list[at - 1]!;
    at--;
  }
  list[at] = combo;
}

/** The cheapest two ways to give a domain each score it can have (null: not assessed). */
function domainOptions(
  input: SearchInput,
  states: readonly GroupState[],
  readsPercent: boolean,
): Option[] {
  const { scoring } = input.model;
  type Scored = { score: number | null; percent: number | null; state: GroupState };
  const byScore = new Map<number | null, Scored[]>();
  for (const state of states) {
    let score: number | null = null;
    let percent: number | null = null;
    if (state.count > 0 && state.count >= scoring.minScoredPerDomain) {
      percent = groupPercent(state.points, state.units, scoring.rounding);
      score = state.gated ? 1 : ratingRank(bandPercent(percent, scoring.bands));
    }
    const list = byScore.get(score) ?? [];
    list.push({ score, percent, state });
    byScore.set(score, list);
  }
  const out: Option[] = [];
  for (const list of byScore.values()) {
    const kept = list.sort((a, b) => byPrice(a.state, b.state)).slice(0, 2);
    // When a limit reads domain percents, the highest percent at each score is kept as well.
    const highest = list.reduce((a, b) => ((b.percent ?? 0) > (a.percent ?? 0) ? b : a));
    if (readsPercent && !kept.includes(highest)) kept.push(highest);
    for (const { score, percent, state: s } of kept)
      out.push({ score, percent, steps: s.steps, cost: s.cost, claim: s.claim, moves: picked(s) });
  }
  // A domain scored no higher than another option at no lower price never helps: limits read
  // scores as "the higher the better" (a not-assessed domain is a different thing, kept apart).
  const dominated = (o: Option) =>
    o.score !== null &&
    out.some(
      (p) =>
        p !== o &&
        p.score !== null &&
        p.score > o.score! &&
        !cheaper(o, p) &&
        (p.percent ?? 0) >= (o.percent ?? 0),
    );
  return out.filter((o) => !dominated(o)).sort(byPrice);
}

/**
 * Statement model: the cheapest two ways of giving each domain each score (exact, per domain),
 * then a second dynamic programme over domains keyed by how many domains sit at each score
 * (which fixes the overall percent, the banded rating and every count a limit reads), keeping
 * the cheapest few combinations per key. Combinations whose banded rating reaches the target
 * and that pass the limits readable from domain results alone are scored with the model,
 * cheapest first, with each subset of the limit moves.
 */
export function searchStatement(input: SearchInput, forced: readonly Move[]): SearchResult {
  const options: Option[][] = [];
  const readsPercent = input.model.limits.some(({ limit }) =>
    readPaths(limit.when).some((p) => p.startsWith("domains.") && p.endsWith(".percent")),
  );
  for (const indices of input.model.members) {
    const members = membersOf(input, indices);
    if (members === undefined) return {};
    options.push(domainOptions(input, combineMembers(members), readsPercent));
  }
  const { scoring, ruleSet } = input.model;
  const start: Combo = {
    ...forced.map(priceOf).reduce(add, FREE),
    option: undefined,
    rest: undefined,
  };
  // Keyed by the number of domains at each score, as digits in base (domains + 1).
  const radix = options.length + 1;
  const place = [1, radix, radix ** 2, radix ** 3];
  const countsOf = (key: number) => place.map((p) => Math.floor(key / p) % radix);
  const reaches = (sum: number, n: number) =>
    n > 0 &&
    ratingRank(
      bandPercent(groupPercent(BigInt(sum), BigInt(n), scoring.rounding), scoring.bands),
    ) >= input.target;
  // Whether the domains from d on could still lift a key's mean to the target's band: those
  // always assessed add their best score; the others only if that raises the mean.
  const hopeful = (d: number, key: number) => {
    const counts = countsOf(key);
    let sum = counts.reduce((a, c, i) => a + c * (i + 1), 0);
    let n = counts.reduce((a, b) => a + b, 0);
    const optional: number[] = [];
    for (const domain of options.slice(d)) {
      const best = Math.max(0, ...domain.map((o) => o.score ?? 0));
      if (best === 0) continue;
      if (domain.some((o) => o.score === null)) optional.push(best);
      else {
        sum += best;
        n++;
      }
    }
    for (const m of optional.sort((a, b) => b - a)) {
      if (n > 0 && m * n <= sum) break;
      sum += m;
      n++;
    }
    return reaches(sum, n);
  };
  let layer = new Map<number, Combo[]>([[0, [start]]]);
  for (const [d, domain] of options.entries()) {
    const next = new Map<number, Combo[]>();
    for (const [key, combos] of layer) {
      if (!hopeful(d, key)) continue;
      for (const option of domain) {
        const k = option.score === null ? key : key + place[option.score - 1]!;
        let list = next.get(k);
        if (list === undefined) {
          list = [];
          next.set(k, list);
        }
        for (const c of combos) keepCheapest(list, option, c);
      }
    }
    layer = next;
  }
  const limits = summaryLimits(input, ["percent", "rating", "counts", "domains"]);
  const candidates: { combo: Combo; percent: number; counts: number[] }[] = [];
  for (const [key, combos] of layer) {
    const counts = countsOf(key);
    const n = counts.reduce((a, b) => a + b, 0);
    const sum = counts.reduce((a, c, i) => a + c * (i + 1), 0);
    if (!reaches(sum, n)) continue;
    const percent = groupPercent(BigInt(sum), BigInt(n), scoring.rounding);
    for (const combo of combos) candidates.push({ combo, percent, counts });
  }
  // Limits readable from domain results are checked lazily, cheapest combination first.
  const blocked = ({ combo, percent, counts }: (typeof candidates)[number]) => {
    if (limits.length === 0) return false;
    const chosen = chosenOf(combo);
    const ctx = {
      percent,
      rating: bandPercent(percent, scoring.bands),
      counts: Object.fromEntries(counts.map((c, i) => [String(i + 1), c])),
      domains: Object.fromEntries(
        ruleSet.domains.map((d, i) => [
          d.id,
          { score: chosen[i]!.score, percent: chosen[i]!.percent },
        ]),
      ),
      organisation: { type: input.base.type },
    };
    return limits.some((holds) => holds(ctx));
  };
  const state: { best?: Found; near?: Found; checks: number } = { checks: 0 };
  for (const candidate of candidates.sort((a, b) => byPrice(a.combo, b.combo))) {
    const { combo } = candidate;
    if (state.checks > BUDGET) break;
    if (state.best !== undefined && !cheaper(combo, state.best.price)) break;
    if (blocked(candidate)) continue;
    withLimitMoves(input, [...forced, ...chosenOf(combo).flatMap((o) => o.moves)], combo, state);
  }
  const top = options.flatMap((domain) => {
    const best = Math.max(...domain.map((o) => o.score ?? 0));
    return domain.find((o) => (o.score ?? 0) === best)?.moves ?? [];
  });
  return result(state, [...forced, ...top]);
}
