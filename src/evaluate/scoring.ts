import type { ResolvedScoring } from "../format/defaults.js";
import { RATINGS, type Domain, type Rating } from "../format/schema.js";
import type { CompiledBenchmark } from "./_compile.js";
import { weightedPercent } from "./_rational.js";
import type { BenchmarkResult, DomainResult, JudgementRating } from "./judgement.js";

/** The rating a percent falls in: outstanding, good or requires improvement at or above its band, else inadequate. */
export function bandPercent(percent: number, bands: ResolvedScoring["bands"]): Rating {
  if (percent >= bands.outstanding) return "outstanding";
  if (percent >= bands.good) return "good";
  if (percent >= bands["requires-improvement"]) return "requires-improvement";
  return "inadequate";
}

/** The score (4 outstanding … 1 inadequate) of a rating. */
export function ratingScore(rating: Rating): number {
  return 4 - RATINGS.indexOf(rating);
}

/**
 * Scores one domain from its scored benchmarks: weighted percent, rounded, banded to a score;
 * a gate benchmark scored 1 forces the score to 1 but keeps the percent; too few scored
 * benchmarks leave it not assessed.
 */
export function scoreDomain(
  domain: Domain,
  members: readonly CompiledBenchmark[],
  results: readonly BenchmarkResult[],
  scoring: ResolvedScoring,
): DomainResult {
  const scored = members.filter((m) => results[m.index]!.scored);
  const benchmarks = members.map((m) => m.benchmark.id);
  // Literals written out in full: spreading a shared base object cost more than all the scoring.
  if (scored.length === 0 || scored.length < scoring.minScoredPerDomain)
    return {
      id: domain.id,
      title: domain.title,
      status: "not-assessed",
      score: null,
      percent: null,
      gated: false,
      benchmarks,
    };
  const items = scored.map((m) => ({ score: results[m.index]!.score!, units: m.units }));
  const percent = weightedPercent(items, scoring.rounding);
  const gated = scored.some((m) => m.gate && results[m.index]!.score === 1);
  const score = gated ? 1 : ratingScore(bandPercent(percent, scoring.bands));
  return {
    id: domain.id,
    title: domain.title,
    status: "assessed",
    score,
    percent,
    gated,
    benchmarks,
  };
}

/**
 * The overall percent and banded rating: under the statement model from the assessed domains'
 * scores, under the flat model from every scored benchmark (weighted). Nothing to score gives
 * `insufficient-evidence` and a null percent.
 */
export function scoreOverall(
  domains: readonly DomainResult[],
  compiled: readonly CompiledBenchmark[],
  results: readonly BenchmarkResult[],
  scoring: ResolvedScoring,
): { percent: number | null; banded: JudgementRating } {
  const items =
    scoring.model === "flat"
      ? compiled
          .filter((c) => results[c.index]!.scored)
          .map((c) => ({ score: results[c.index]!.score!, units: c.units }))
      : domains.filter((d) => d.status === "assessed").map((d) => ({ score: d.score!, units: 1n }));
  if (items.length === 0) return { percent: null, banded: "insufficient-evidence" };
  const percent = weightedPercent(items, scoring.rounding);
  return { percent, banded: bandPercent(percent, scoring.bands) };
}
