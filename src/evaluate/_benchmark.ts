import type { Outcome } from "../format/schema.js";
import { type TraceNode, truthy } from "../logic/index.js";
import type { CompiledBenchmark, CompiledCondition } from "./_compile.js";
import type { CheckedEvidence } from "./evidence.js";
import type { BenchmarkResult, LevelName } from "./judgement.js";

/** The score of each outcome: 4 exceptional … 1 significant shortfalls; null when not scored. */
export const OUTCOME_SCORES: Readonly<Record<Outcome, number | null>> = {
  exceptional: 4,
  good: 3,
  "some-shortfalls": 2,
  "significant-shortfalls": 1,
  "not-applicable": null,
  "not-evidenced": null,
};

/** Runs a condition; with a trace collector, traces it instead and keeps the trace. */
function holds(
  condition: CompiledCondition,
  data: unknown,
  keep?: (node: TraceNode) => void,
): boolean {
  if (keep === undefined) return truthy(condition.run(data));
  const node = condition.trace(data);
  keep(node);
  return truthy(node.result);
}

/**
 * Evaluates one benchmark: applicability, then required evidence, then the first level that
 * holds (`significant-shortfalls` when none does).
 */
export function evaluateBenchmark(
  compiled: CompiledBenchmark,
  evidence: CheckedEvidence,
  missingEvidence: "not-evidenced" | "lowest",
  full: boolean,
): BenchmarkResult {
  const { data, present } = evidence;
  let appliesTo: TraceNode | undefined;
  const levels: { [L in LevelName]?: TraceNode } = {};
  const keepApplies = full
    ? (node: TraceNode) => {
        appliesTo = node;
      }
    : undefined;

  let outcome: Outcome = "significant-shortfalls";
  let missing: string[] = [];
  if (compiled.appliesTo !== undefined && !holds(compiled.appliesTo, data, keepApplies)) {
    outcome = "not-applicable";
  } else {
    missing = compiled.requires.filter((path) => !present.has(path));
    if (missing.length > 0) outcome = "not-evidenced";
    else
      for (const { name, condition, reads } of compiled.levels) {
        // Missing evidence never passes a threshold, even where `requires` lets it be missing.
        if (reads.some((path) => !present.has(path))) {
          for (const path of reads)
            if (!present.has(path) && !missing.includes(path)) missing.push(path);
          continue;
        }
        const keep = full
          ? (node: TraceNode) => {
              levels[name] = node;
            }
          : undefined;
        if (holds(condition, data, keep)) {
          outcome = name;
          break;
        }
      }
  }

  const pilot = compiled.status === "pilot";
  const score =
    outcome === "not-evidenced" && missingEvidence === "lowest" && !pilot
      ? 1
      : OUTCOME_SCORES[outcome];
  const values: Record<string, unknown> = {};
  const stale: string[] = [];
  for (const path of compiled.reads) {
    const value = present.get(path); // present values are never undefined
    if (value !== undefined) values[path] = value;
  }
  if (evidence.stale.size > 0)
    for (const path of compiled.reads) if (evidence.stale.has(path)) stale.push(path);
  const { benchmark } = compiled;
  const result: { -readonly [K in keyof BenchmarkResult]: BenchmarkResult[K] } = {
    id: benchmark.id,
    title: benchmark.title,
    domain: benchmark.domain,
    status: compiled.status,
    outcome,
    score,
    scored: !pilot && score !== null,
    summary: compiled.summarise(outcome, data, { missing }),
    values,
    missing,
    stale,
  };
  // Added to the fresh result: spreading it into a copy cost more than tracing.
  if (full) result.trace = appliesTo === undefined ? { levels } : { appliesTo, levels };
  return result;
}
