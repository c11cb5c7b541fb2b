import type { Benchmark, RuleSet } from "../format/schema.js";
import { benchmarksReadByLimits, isScored, statusOf } from "./_benchmark-facts.js";
import { type ReasonList, byId, isReordered } from "./_compare.js";
import { diffBenchmark } from "./_diff-benchmark.js";
import type { BenchmarkDiff, BenchmarkEntry, RuleSetDiff } from "./types.js";

function entry(b: Benchmark): BenchmarkEntry {
  return { id: b.id, title: b.title, domain: b.domain, status: statusOf(b), scored: isScored(b) };
}

/** Compares benchmarks by id: added, removed, changed, and whether their order changed. */
export function diffBenchmarks(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["benchmarks"] {
  const a = byId(older.benchmarks);
  const b = byId(newer.benchmarks);
  const added = newer.benchmarks.filter((x) => !a.has(x.id)).map(entry);
  const removed = older.benchmarks.filter((x) => !b.has(x.id)).map(entry);
  for (const x of added) {
    const where = `in "${x.domain}"`;
    if (x.scored)
      reasons.add(
        "major",
        x.id,
        `${x.id} added as a scored (${x.status}) benchmark ${where}: it counts towards the rating`,
      );
    else
      reasons.add(
        "minor",
        x.id,
        `${x.id} added as a pilot benchmark ${where}: reported, never scored`,
      );
  }
  for (const x of removed) {
    const what = x.scored
      ? `a scored, ${x.status} benchmark in "${x.domain}"`
      : "a pilot benchmark";
    if (x.scored)
      reasons.add(
        "major",
        x.id,
        `${x.id} (${what}) removed: it no longer counts towards the rating`,
      );
    else reasons.add("minor", x.id, `${x.id} (${what}) removed: it was never scored`);
  }
  const readByLimits = new Set([
    ...benchmarksReadByLimits(older),
    ...benchmarksReadByLimits(newer),
  ]);
  const changed: BenchmarkDiff[] = [];
  for (const x of newer.benchmarks) {
    const old = a.get(x.id);
    const diff = old && diffBenchmark(old, x, readByLimits, reasons);
    if (diff) changed.push(diff);
  }
  const reordered = isReordered(
    older.benchmarks.map((x) => x.id),
    newer.benchmarks.map((x) => x.id),
  );
  if (reordered)
    reasons.add(
      "patch",
      "benchmarks",
      "benchmarks reordered: judgements list benchmarks in rule-set order, but order never changes a score or rating",
    );
  return { added, removed, changed, reordered };
}
