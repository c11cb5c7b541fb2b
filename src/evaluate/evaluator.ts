import { type Issue, RuleSetError, WellLedError } from "../errors.js";
import { type ResolvedScoring, resolveScoring } from "../format/defaults.js";
import { hashRuleSet } from "../format/hash.js";
import type { RuleSet } from "../format/schema.js";
import { evaluateBenchmark } from "./_benchmark.js";
import { type CompiledBenchmark, compileBenchmarks } from "./_compile.js";
import { todayUtc } from "./_dates.js";
import { indexDeclarations } from "./_declarations.js";
import { applyLimits, compileLimits, contextParts, summaryContext } from "./_limits.js";
import { checkEvidence } from "./evidence.js";
import type { EvaluateOptions, EvidenceDocument, Judgement, Warning } from "./judgement.js";
import { scoreDomain, scoreOverall } from "./scoring.js";

/** A rule set compiled once, that evaluates any number of evidence documents. */
export interface Evaluator {
  /** The rule set this evaluator was compiled from. */
  readonly ruleSet: RuleSet;
  /** The rule set's content hash, computed once (`sha256:<hex>`). */
  readonly hash: string;
  /**
   * Evaluates one evidence document; `options` override the evaluator's defaults.
   *
   * @throws {EvidenceError} when the document does not fit the rule set's declarations
   */
  evaluate(input: EvidenceDocument, options?: EvaluateOptions): Judgement;
}

function compareWarnings(a: Warning, b: Warning): number {
  const key = (w: Warning) => [w.code, w.path, w.message] as const;
  const [x, y] = [key(a), key(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return 0;
}

function deprecationWarnings(compiled: readonly CompiledBenchmark[]): Issue[] {
  return compiled
    .filter((c) => c.status === "deprecated")
    .map((c) => ({
      path: `benchmarks[${c.index}]`,
      code: "deprecated-benchmark",
      message: `benchmark ${c.benchmark.id} is deprecated: it is still scored, but may be removed from a later version of the rule set`,
    }));
}

function membersByDomain(ruleSet: RuleSet, compiled: readonly CompiledBenchmark[]) {
  const members = new Map<string, CompiledBenchmark[]>(ruleSet.domains.map((d) => [d.id, []]));
  for (const c of compiled) members.get(c.benchmark.domain)?.push(c);
  return members;
}

/** Runs part of an evaluation; a condition that throws (a rule-set bug) becomes a RuleSetError. */
function guard<T>(path: string, subject: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof WellLedError) throw error;
    const name = error instanceof Error ? error.name : "error";
    throw new RuleSetError([
      {
        path,
        code: "condition-failed",
        message: `${subject}: a condition could not be evaluated (${name}); the rule set must be fixed`,
      },
    ]);
  }
}

/**
 * Compiles a parsed rule set once (every condition, its evidence declarations, its hash) into an
 * evaluator that judges many evidence documents quickly. `options` are defaults for each call.
 *
 * @param ruleSet - a rule set from {@link parseRuleSet} (it is not checked again)
 * @param options - default `asOf` and `explain` for every evaluation
 * @example
 * ```ts
 * const evaluator = createEvaluator(parseRuleSet(doc));
 * const judgements = organisations.map((evidence) => evaluator.evaluate(evidence));
 * ```
 */
export function createEvaluator(ruleSet: RuleSet, options: EvaluateOptions = {}): Evaluator {
  const hash = hashRuleSet(ruleSet);
  const scoring: ResolvedScoring = resolveScoring(ruleSet);
  const declarations = indexDeclarations(ruleSet);
  const compiled = compileBenchmarks(ruleSet, declarations.fields);
  const members = membersByDomain(ruleSet, compiled);
  const limits = compileLimits(scoring);
  const parts = contextParts(limits);
  // Where each benchmark sits, for the error of a condition that throws; written once, not per call.
  const places = compiled.map(
    (c) => [`benchmarks[${c.index}]`, `benchmark ${c.benchmark.id}`] as const,
  );
  const deprecated = deprecationWarnings(compiled);
  const stamp = { id: ruleSet.id, version: ruleSet.version, hash };

  const evaluate = (input: EvidenceDocument, callOptions: EvaluateOptions = {}): Judgement => {
    const asOf = callOptions.asOf ?? options.asOf;
    const full = (callOptions.explain ?? options.explain) === "full";
    const evidence = checkEvidence(declarations, input, asOf, todayUtc);
    const benchmarks = compiled.map((c, i) =>
      guard(places[i]![0], places[i]![1], () =>
        evaluateBenchmark(c, evidence, scoring.missingEvidence, full),
      ),
    );
    const domains = ruleSet.domains.map((d) =>
      scoreDomain(d, members.get(d.id)!, benchmarks, scoring),
    );
    const { percent, banded } = scoreOverall(domains, compiled, benchmarks, scoring);
    const capped =
      percent === null || banded === "insufficient-evidence" || limits.length === 0
        ? { limits: [], rating: banded }
        : guard("scoring.limits", "a limit", () =>
            applyLimits(
              limits,
              summaryContext(percent, banded, domains, benchmarks, evidence.data, parts),
              banded,
            ),
          );
    const counted = benchmarks.filter(
      (b) => b.status !== "pilot" && b.outcome !== "not-applicable",
    );
    return {
      ruleSet: { ...stamp },
      organisation: { ...evidence.organisation },
      asOf: evidence.asOf,
      rating: capped.rating,
      percent,
      bandedRating: banded,
      limits: capped.limits,
      domains,
      benchmarks,
      coverage: {
        applicable: counted.length,
        evidenced: counted.filter((b) => b.outcome !== "not-evidenced").length,
      },
      warnings: [...evidence.warnings, ...deprecated]
        .map((w) => ({ code: w.code, path: w.path, message: w.message }))
        .sort(compareWarnings),
    };
  };
  return { ruleSet, hash, evaluate };
}
