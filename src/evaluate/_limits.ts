import type { ResolvedScoring } from "../format/defaults.js";
import { RATINGS, type Limit, type Rating } from "../format/schema.js";
import { type CompiledCondition, compileCondition } from "./_compile.js";
import { truthy } from "../logic/index.js";
import { readPaths } from "./_reads.js";
import type { EvaluationData } from "./data.js";
import type { BenchmarkResult, DomainResult, LimitResult } from "./judgement.js";

/** A limit with its condition compiled once. */
export interface CompiledLimit {
  readonly limit: Limit;
  readonly when: CompiledCondition;
}

/** Which parts of the summary context some limit reads: an evaluation builds only those. */
export interface ContextParts {
  readonly domains: boolean;
  readonly benchmarks: boolean;
  readonly evidence: boolean;
}

/** The parts of the summary context the limits read (their paths are static: parseRuleSet checks them). */
export function contextParts(limits: readonly CompiledLimit[]): ContextParts {
  const roots = new Set(limits.flatMap((l) => readPaths(l.limit.when).map((p) => p.split(".")[0])));
  return {
    domains: roots.has("domains"),
    benchmarks: roots.has("benchmarks"),
    evidence: roots.has("evidence"),
  };
}

/** Compiles every limit of the scoring section once. */
export function compileLimits(scoring: ResolvedScoring): CompiledLimit[] {
  return scoring.limits.map((limit) => ({ limit, when: compileCondition(limit.when) }));
}

/**
 * The summary context limits read: overall result, counts, organisation type, and those of
 * domains, benchmarks and evidence that `parts` says some limit reads.
 */
export function summaryContext(
  percent: number,
  rating: Rating,
  domains: readonly DomainResult[],
  benchmarks: readonly BenchmarkResult[],
  data: EvaluationData,
  parts: ContextParts,
): Record<string, unknown> {
  const bare = <T extends object>(o: T): T => Object.assign(Object.create(null), o);
  const counts: Record<string, number> = bare({ "1": 0, "2": 0, "3": 0, "4": 0 });
  for (const d of domains) if (d.score !== null) counts[String(d.score)]! += 1;
  const context: Record<string, unknown> = bare({
    percent,
    rating,
    counts,
    organisation: bare({ type: data.organisation.type }),
  });
  if (parts.domains) {
    const byDomain: Record<string, unknown> = Object.create(null);
    for (const d of domains) byDomain[d.id] = { score: d.score, percent: d.percent };
    context.domains = byDomain;
  }
  if (parts.benchmarks) {
    const byBenchmark: Record<string, unknown> = Object.create(null);
    for (const b of benchmarks) byBenchmark[b.id] = { outcome: b.outcome, score: b.score };
    context.benchmarks = byBenchmark;
  }
  if (parts.evidence) {
    const { organisation: _type, ...evidence } = data;
    context.evidence = bare(evidence);
  }
  return context;
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
