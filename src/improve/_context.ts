import { readPaths } from "../evaluate/_reads.js";
import type { RuleSet } from "../format/schema.js";
import { compileLogic } from "../logic/compile.js";
import { type Assignment, overlay } from "./_data.js";
import type { ModelState, ScoreModel } from "./_model.js";
import type { SolveContext } from "./_solve.js";

/**
 * Evidence fields that decide whether a benchmark applies (read by any `appliesTo`). A plan
 * never changes or provides them: making a benchmark not applicable, or applicable, is not an
 * improvement.
 */
export function applicabilityFields(ruleSet: RuleSet): Set<string> {
  return new Set(
    ruleSet.benchmarks.flatMap((b) => (b.appliesTo === undefined ? [] : readPaths(b.appliesTo))),
  );
}

function memo<K, V>(
  cache: { get(k: K): V | undefined; set(k: K, v: V): unknown },
  make: (k: K) => V,
): (k: K) => V {
  return (k) => {
    let v = cache.get(k);
    if (v === undefined) {
      v = make(k);
      cache.set(k, v);
    }
    return v;
  };
}

/** What a solve context is made from: the fields, which may change, the values and the data. */
export type SolveBasis = Pick<SolveContext, "fields" | "changeable" | "asOf" | "values" | "data">;

/** A solve context with its caches (they live as long as the context). */
export function createSolveContext(basis: SolveBasis): SolveContext {
  // Rewritten conditions are new objects each time, so compiled ones are also found by their JSON.
  const byText = memo(new Map<string, (data: unknown) => unknown>(), (text: string) =>
    compileLogic(JSON.parse(text)),
  );
  return {
    ...basis,
    reads: memo(new Map<unknown, readonly string[]>(), readPaths),
    dataWith: memo(new WeakMap<Assignment, Record<string, unknown>>(), (a) =>
      overlay(basis.data, a),
    ),
    compile: memo(new Map<unknown, (data: unknown) => unknown>(), (logic) =>
      byText(JSON.stringify(logic) ?? "null"),
    ),
  };
}

/** The solver's view of one organisation's evidence. */
export function solveContext(
  model: ScoreModel,
  frozen: ReadonlySet<string>,
  values: Assignment,
  base: ModelState,
  asOf: string,
): SolveContext {
  return createSolveContext({
    fields: model.fields,
    changeable: (p) => model.fields.has(p) && !frozen.has(p),
    asOf,
    values,
    data: base.data,
  });
}
