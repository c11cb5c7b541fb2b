import { readPaths } from "../evaluate/_reads.js";
import { toWeightUnits } from "../evaluate/_rational.js";
import type { Benchmark, EvidenceField, RuleSet } from "../format/schema.js";
import { compileLogic } from "../logic/compile.js";

type Run = { readonly run: (data: unknown) => unknown };
type LevelName = "exceptional" | "good" | "some-shortfalls";

/** A benchmark with its conditions compiled (no sentences: the model never writes any). */
export interface ModelBenchmark {
  readonly benchmark: Benchmark;
  readonly index: number;
  readonly status: "active" | "pilot" | "deprecated";
  readonly gate: boolean;
  readonly units: bigint;
  readonly appliesTo?: Run;
  /** Levels in the order tried, each with the declared paths it reads (all must be present). */
  readonly levels: readonly {
    readonly name: LevelName;
    readonly condition: Run;
    readonly reads: readonly string[];
  }[];
  /** Evidence paths that must be present: `requires`, or every declared path the levels read. */
  readonly requires: readonly string[];
  /** Every declared path the benchmark reads. */
  readonly reads: readonly string[];
}

const LEVELS: readonly LevelName[] = ["exceptional", "good", "some-shortfalls"];

/** Compiles each benchmark as the evaluator does (same `requires` rule), without its sentences. */
export function compileModelBenchmarks(
  ruleSet: RuleSet,
  fields: ReadonlyMap<string, EvidenceField>,
): ModelBenchmark[] {
  const units = toWeightUnits(ruleSet.benchmarks.map((b) => b.weight ?? 1));
  return ruleSet.benchmarks.map((benchmark, index) => {
    const levels = LEVELS.flatMap((name) => {
      const logic = benchmark.levels[name];
      if (logic === undefined) return [];
      const reads = [...new Set(readPaths(logic))].filter((p) => fields.has(p));
      return [{ name, condition: { run: compileLogic(logic) }, reads }];
    });
    const levelReads = LEVELS.flatMap((name) => readPaths(benchmark.levels[name])).filter((p) =>
      fields.has(p),
    );
    const requires = [...new Set(benchmark.requires ?? levelReads)];
    const appliesReads = benchmark.appliesTo === undefined ? [] : readPaths(benchmark.appliesTo);
    const reads = [...new Set([...requires, ...appliesReads, ...levelReads])].filter((p) =>
      fields.has(p),
    );
    return {
      benchmark,
      index,
      status: benchmark.status ?? "active",
      gate: benchmark.gate ?? false,
      units: units[index]!,
      ...(benchmark.appliesTo === undefined
        ? {}
        : { appliesTo: { run: compileLogic(benchmark.appliesTo) } }),
      levels,
      requires,
      reads,
    };
  });
}
