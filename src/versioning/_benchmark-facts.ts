import type { Benchmark, RuleSet } from "../format/schema.js";
import { conditionReads } from "./_reads.js";
import type { BenchmarkStatus } from "./types.js";

/** Level names in the order they are tried. */
export const LEVELS = ["exceptional", "good", "some-shortfalls"] as const;

/** A benchmark's status, with the default (`active`) filled in. */
export const statusOf = (b: Benchmark): BenchmarkStatus => b.status ?? "active";

/** True unless the benchmark is a pilot: active and deprecated benchmarks count towards a rating. */
export const isScored = (b: Benchmark): boolean => statusOf(b) !== "pilot";

/** The `requires` paths that apply: as written, or every evidence path the levels read. */
export function effectiveRequires(b: Benchmark): string[] {
  if (b.requires !== undefined) return [...new Set(b.requires)];
  const reads = LEVELS.flatMap((level) => conditionReads(b.levels[level]));
  return [...new Set(reads)].filter((p) => p !== "organisation.type");
}

/** Ids of the benchmarks whose outcome or score a limit reads (so even a pilot one can cap a rating). */
export function benchmarksReadByLimits(ruleSet: RuleSet): Set<string> {
  const ids = new Set<string>();
  for (const limit of ruleSet.scoring?.limits ?? []) {
    for (const path of conditionReads(limit.when)) {
      const match = /^benchmarks\.(.+)\.(?:outcome|score)$/.exec(path);
      if (match?.[1] !== undefined) ids.add(match[1]);
    }
  }
  return ids;
}
