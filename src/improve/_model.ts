import { indexDeclarations } from "../evaluate/_declarations.js";
import { type CompiledLimit, compileLimits } from "../evaluate/_limits.js";
import { weightedPercent } from "../evaluate/_rational.js";
import type { JudgementRating } from "../evaluate/judgement.js";
import { bandPercent, ratingScore } from "../evaluate/scoring.js";
import { type ResolvedScoring, resolveScoring } from "../format/defaults.js";
import { type EvidenceField, type Outcome, RATINGS, type RuleSet } from "../format/schema.js";
import { truthy } from "../logic/truthy.js";
import { readPaths } from "../evaluate/_reads.js";
import { type Assignment, nestValues, overlay } from "./_data.js";
import { type CompiledBenchmark, compileBenchmarks } from "../evaluate/_compile.js";
import { OUTCOME_SCORES as SCORES } from "../evaluate/_benchmark.js";

/** Reads present evidence values by dot path. */
export interface Lookup {
  get(path: string): unknown;
  has(path: string): boolean;
}

/** `changes` on top of `base`, without copying either; an undefined value makes a path missing. */
function layer(base: Lookup, changes: Assignment): Lookup {
  return {
    get: (p) => (changes.has(p) ? changes.get(p) : base.get(p)),
    has: (p) => (changes.has(p) ? changes.get(p) !== undefined : base.has(p)),
  };
}

/** A domain's score (1–4) and percent, both null when it is not assessed. */
export interface DomainScore {
  readonly score: number | null;
  readonly percent: number | null;
}

/** Everything a judgement's rating depends on, computed without checking evidence or writing sentences. */
export interface ModelState {
  readonly type: string;
  /** Present evidence values by dot path. */
  readonly values: Lookup;
  readonly data: Record<string, unknown>;
  readonly outcomes: readonly Outcome[];
  readonly scores: readonly (number | null)[];
  readonly domains: readonly DomainScore[];
  readonly percent: number | null;
  readonly banded: JudgementRating;
  readonly rating: JudgementRating;
  /** Indices of the limits that hold. */
  readonly limits: readonly number[];
}

/** A fast twin of the evaluator's scoring, used to search; every plan is verified with `evaluate`. */
export interface ScoreModel {
  readonly ruleSet: RuleSet;
  readonly scoring: ResolvedScoring;
  readonly fields: ReadonlyMap<string, EvidenceField>;
  readonly benchmarks: readonly CompiledBenchmark[];
  readonly limits: readonly CompiledLimit[];
  /** Benchmark indices of each domain, in rule-set domain order. */
  readonly members: readonly (readonly number[])[];
  /** The domain index of each benchmark. */
  readonly domainOf: readonly number[];
  /** Benchmarks that read each evidence path. */
  readonly readers: ReadonlyMap<string, readonly number[]>;
  evaluate(type: string, values: Assignment): ModelState;
  /** The state with `changes` applied; an undefined value makes a path missing again. */
  apply(base: ModelState, changes: Assignment): ModelState;
  outcomeOf(index: number, data: Record<string, unknown>, has: (path: string) => boolean): Outcome;
  scoreOf(index: number, outcome: Outcome): number | null;
  /** The summary context limits read (every part of it). */
  context(state: ModelState): Record<string, unknown>;
}

/** The rank of a rating, outstanding 4 … inadequate 1, insufficient evidence 0. */
export function ratingRank(rating: JudgementRating): number {
  return rating === "insufficient-evidence" ? 0 : ratingScore(rating);
}

/** Builds the scoring model of a rule set once. */
export function createScoreModel(ruleSet: RuleSet): ScoreModel {
  const scoring = resolveScoring(ruleSet);
  const { fields } = indexDeclarations(ruleSet);
  const benchmarks = compileBenchmarks(ruleSet, fields);
  const limits = compileLimits(scoring);
  const domainIndex = new Map(ruleSet.domains.map((d, i) => [d.id, i]));
  const domainOf = benchmarks.map((c) => domainIndex.get(c.benchmark.domain) ?? -1);
  const members = ruleSet.domains.map((_, i) =>
    benchmarks.flatMap((c) => (domainOf[c.index] === i ? [c.index] : [])),
  );
  const readers = new Map<string, number[]>();
  for (const c of benchmarks)
    for (const path of c.reads) {
      const list = readers.get(path);
      if (list === undefined) readers.set(path, [c.index]);
      else list.push(c.index);
    }

  const outcomeOf = (
    index: number,
    data: Record<string, unknown>,
    has: (path: string) => boolean,
  ): Outcome => {
    const c = benchmarks[index]!;
    if (c.appliesTo !== undefined && !truthy(c.appliesTo.run(data))) return "not-applicable";
    if (c.requires.some((p) => !has(p))) return "not-evidenced";
    // Missing evidence never passes a threshold: a level reading a missing field is not met.
    for (const level of c.levels)
      if (level.reads.every(has) && truthy(level.condition.run(data))) return level.name;
    return "significant-shortfalls";
  };
  const scoreOf = (index: number, outcome: Outcome): number | null => {
    const pilot = benchmarks[index]!.status === "pilot";
    return outcome === "not-evidenced" && scoring.missingEvidence === "lowest" && !pilot
      ? 1
      : SCORES[outcome];
  };
  const scored = (index: number, score: number | null) =>
    score !== null && benchmarks[index]!.status !== "pilot";

  const scoreDomain = (d: number, scores: readonly (number | null)[]): DomainScore => {
    const items = members[d]!.filter((i) => scored(i, scores[i]!));
    if (items.length === 0 || items.length < scoring.minScoredPerDomain)
      return { score: null, percent: null };
    const percent = weightedPercent(
      items.map((i) => ({ score: scores[i]!, units: benchmarks[i]!.units })),
      scoring.rounding,
    );
    const gated = items.some((i) => benchmarks[i]!.gate && scores[i] === 1);
    return { score: gated ? 1 : ratingScore(bandPercent(percent, scoring.bands)), percent };
  };

  // Only the parts of the summary that some limit reads are built while searching.
  const read = new Set(limits.flatMap((l) => readPaths(l.limit.when).map((p) => p.split(".")[0]!)));
  const context = (
    s: Pick<ModelState, "type" | "data" | "outcomes" | "scores" | "domains" | "percent" | "banded">,
    parts: ReadonlySet<string> | undefined,
  ) => {
    const out: Record<string, unknown> = {
      percent: s.percent,
      rating: s.banded,
      organisation: { type: s.type },
    };
    if (parts === undefined || parts.has("counts")) {
      const counts: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0 };
      for (const d of s.domains) if (d.score !== null) counts[String(d.score)]! += 1;
      out.counts = counts;
    }
    if (parts === undefined || parts.has("domains"))
      out.domains = Object.fromEntries(ruleSet.domains.map((d, i) => [d.id, { ...s.domains[i]! }]));
    if (parts === undefined || parts.has("benchmarks"))
      out.benchmarks = Object.fromEntries(
        benchmarks.map((c) => [
          c.benchmark.id,
          { outcome: s.outcomes[c.index], score: s.scores[c.index] },
        ]),
      );
    if (parts === undefined || parts.has("evidence")) {
      const { organisation: _, ...evidence } = s.data;
      out.evidence = evidence;
    }
    return out;
  };

  const finish = (
    type: string,
    values: Lookup,
    data: Record<string, unknown>,
    outcomes: Outcome[],
    scores: (number | null)[],
    domains: DomainScore[],
  ): ModelState => {
    const items =
      scoring.model === "flat"
        ? benchmarks.flatMap((c) =>
            scored(c.index, scores[c.index]!) ? [{ score: scores[c.index]!, units: c.units }] : [],
          )
        : domains.flatMap((d) => (d.score === null ? [] : [{ score: d.score, units: 1n }]));
    const percent = items.length === 0 ? null : weightedPercent(items, scoring.rounding);
    const banded: JudgementRating =
      percent === null ? "insufficient-evidence" : bandPercent(percent, scoring.bands);
    const held: number[] = [];
    let rating = banded;
    if (banded !== "insufficient-evidence") {
      const ctx = context({ type, data, outcomes, scores, domains, percent, banded }, read);
      limits.forEach(({ limit, when }, i) => {
        if (!truthy(when.run(ctx))) return;
        held.push(i);
        if (
          rating !== "insufficient-evidence" &&
          RATINGS.indexOf(limit.capAt) > RATINGS.indexOf(rating)
        )
          rating = limit.capAt;
      });
    }
    return { type, values, data, outcomes, scores, domains, percent, banded, rating, limits: held };
  };

  const evaluate = (type: string, values: Assignment): ModelState => {
    const data = nestValues(type, values);
    const outcomes = benchmarks.map((c) => outcomeOf(c.index, data, (p) => values.has(p)));
    const scores = outcomes.map((o, i) => scoreOf(i, o));
    const domains = ruleSet.domains.map((_, d) => scoreDomain(d, scores));
    return finish(type, values, data, outcomes, scores, domains);
  };

  const apply = (base: ModelState, changes: Assignment): ModelState => {
    if (changes.size === 0) return base;
    const values = layer(base.values, changes);
    const data = overlay(base.data, changes);
    const outcomes = base.outcomes.slice();
    const scores = base.scores.slice();
    const touched = new Set<number>();
    for (const path of changes.keys())
      for (const i of readers.get(path) ?? []) {
        outcomes[i] = outcomeOf(i, data, (p) => values.has(p));
        scores[i] = scoreOf(i, outcomes[i]!);
        touched.add(domainOf[i]!);
      }
    const domains = base.domains.map((d, i) => (touched.has(i) ? scoreDomain(i, scores) : d));
    return finish(base.type, values, data, outcomes, scores, domains);
  };

  return {
    ruleSet,
    scoring,
    fields,
    benchmarks,
    limits,
    members,
    domainOf,
    readers,
    evaluate,
    apply,
    outcomeOf,
    scoreOf,
    context: (s) => context(s, undefined),
  };
}
