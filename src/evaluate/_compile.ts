import type { Benchmark, EvidenceField, Outcome, RuleSet } from "../format/schema.js";
import { compileSummary } from "../explain/index.js";
import { compileLogic, compileTracedLogic, type TraceNode } from "../logic/index.js";
import { toWeightUnits } from "./_rational.js";
import { readPaths } from "./_reads.js";
import type { EvaluationData } from "./data.js";
import type { LevelName } from "./judgement.js";

/** A condition compiled once: `run` for evaluation, `trace` (compiled on first use) for explain full. */
export interface CompiledCondition {
  readonly run: (data: unknown) => unknown;
  readonly trace: (data: unknown) => TraceNode;
}

/** A benchmark with its conditions compiled and its paths worked out, ready to evaluate many times. */
export interface CompiledBenchmark {
  readonly benchmark: Benchmark;
  readonly index: number;
  readonly status: "active" | "pilot" | "deprecated";
  readonly gate: boolean;
  /** The weight as an exact integer on the rule set's common scale. */
  readonly units: bigint;
  readonly appliesTo?: CompiledCondition;
  /** Levels in the order tried, each with the declared evidence paths its condition reads. */
  readonly levels: readonly {
    readonly name: LevelName;
    readonly condition: CompiledCondition;
    readonly reads: readonly string[];
  }[];
  /** Evidence paths that must be present: `requires`, or every evidence path the levels read. */
  readonly requires: readonly string[];
  /** Evidence paths whose values the result reports: requires, then what the conditions read. */
  readonly reads: readonly string[];
  readonly summarise: (
    outcome: Outcome,
    data: EvaluationData,
    context: { missing: readonly string[] },
  ) => string;
}

const LEVELS: readonly LevelName[] = ["exceptional", "good", "some-shortfalls"];

/** Compiles a condition now and its tracing twin the first time a trace is asked for. */
export function compileCondition(logic: unknown): CompiledCondition {
  const run = compileLogic(logic);
  let traced: ((data: unknown) => TraceNode) | undefined;
  return {
    run,
    trace: (data) => {
      traced ??= compileTracedLogic(logic);
      return traced(data);
    },
  };
}

/** The benchmark's sentence generator, analysed on first use so compiling a rule set stays cheap. */
function lazySummary(benchmark: Benchmark, ruleSet: RuleSet): CompiledBenchmark["summarise"] {
  let summarise: CompiledBenchmark["summarise"] | undefined;
  return (outcome, data, context) => {
    summarise ??= compileSummary(benchmark, ruleSet);
    return summarise(outcome, data, context);
  };
}

/** Compiles every benchmark of a rule set once. */
export function compileBenchmarks(
  ruleSet: RuleSet,
  fields: ReadonlyMap<string, EvidenceField>,
): CompiledBenchmark[] {
  const units = toWeightUnits(ruleSet.benchmarks.map((b) => b.weight ?? 1));
  return ruleSet.benchmarks.map((benchmark, index) => {
    const levels = LEVELS.flatMap((name) => {
      const logic = benchmark.levels[name];
      return logic === undefined ? [] : [{ name, logic }];
    });
    const levelReads = levels.flatMap((l) => readPaths(l.logic)).filter((p) => fields.has(p));
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
        : { appliesTo: compileCondition(benchmark.appliesTo) }),
      levels: levels.map((l) => ({
        name: l.name,
        condition: compileCondition(l.logic),
        reads: [...new Set(readPaths(l.logic))].filter((p) => fields.has(p)),
      })),
      requires,
      reads,
      summarise: lazySummary(benchmark, ruleSet),
    };
  });
}
