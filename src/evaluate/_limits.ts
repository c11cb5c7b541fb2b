import type { ResolvedScoring } from "../format/defaults.js";
import { RATINGS, type Limit, type Rating } from "../format/schema.js";
import { type CompiledCondition, compileCondition } from "./_compile.js";
import { truthy } from "../logic/index.js";
import type { EvaluationData } from "./data.js";
import type { BenchmarkResult, DomainResult, LimitResult } from "./judgement.js";

/** A limit with its condition compiled once. */
export interface CompiledLimit {
  readonly limit: Limit;
  readonly when: CompiledCondition;
}

/** Compiles every limit of the scoring section once. */
export function compileLimits(scoring: ResolvedScoring): CompiledLimit[] {
  return scoring.limits.map((limit) => ({ limit, when: compileCondition(limit.when) }));
}

/** The summary context limits read: overall result, counts, domains, benchmarks, organisation type, evidence. */
export function summaryContext(
  percent: number,
  rating: Rating,
  domains: readonly DomainResult[],
  benchmarks: readonly BenchmarkResult[],
  data: EvaluationData,
): Record<string, unknown> {
  const counts: Record<string, number> = { "1": 0, "2": 0, "3": 0, "4": 0 };
  const byDomain: Record<string, unknown> = {};
  for (const d of domains) {
    if (d.score !== null) counts[String(d.score)]! += 1;
    byDomain[d.id] = { score: d.score, percent: d.percent };
  }
  const byBenchmark: Record<string, unknown> = {};
  for (const b of benchmarks) byBenchmark[b.id] = { outcome: b.outcome, score: b.score };
  const { organisation, ...evidence } = data;
  const bare = <T extends object>(o: T): T => Object.assign(Object.create(null), o);
  return bare({
    percent,
    rating,
    counts: bare(counts),
    domains: bare(byDomain),
    benchmarks: bare(byBenchmark),
    organisation: bare({ type: organisation.type }),
    evidence: bare(evidence),
  });
}

/**
 * Reports every limit whose condition holds, in rule-set order, and the rating they leave:
 * the lowest `capAt` among them when that is below the banded rating.
 */
export function applyLimits(
  limits: readonly CompiledLimit[],
  context: Record<string, unknown>,
  banded: Rating,
): { limits: LimitResult[]; rating: Rating } {
  const held: LimitResult[] = [];
  let rating = banded;
  for (const { limit, when } of limits) {
    if (!truthy(when.run(context))) continue;
    held.push({ id: limit.id, capAt: limit.capAt, reason: limit.reason });
    if (RATINGS.indexOf(limit.capAt) > RATINGS.indexOf(rating)) rating = limit.capAt;
  }
  return { limits: held, rating };
}
