import type { TraceNode } from "./trace.js";
import { truthy } from "./truthy.js";
import { charge } from "./_budget.js";

/** Evaluates a JsonLogic expression against data and returns its trace. */
export type Tracer = (data: unknown) => TraceNode;

/** The compiled parts of a traced scoped operation. */
export interface TracedScopedParts {
  readonly source: Tracer;
  readonly callback: Tracer;
  /** Fresh copies of the callback's shape, shown as `args[1]`. */
  readonly callbackShape: () => TraceNode;
  /** `reduce`'s initial value when written. */
  readonly initial: Tracer | undefined;
  /** Arguments json-logic-js never evaluates (past the callback, or past reduce's initial). */
  readonly ignored: ReadonlyArray<() => TraceNode>;
}

/** Runs one scoped operation as json-logic-js does, recording each callback trace in `out`. */
function run(
  op: string,
  elements: unknown,
  initial: unknown,
  callback: Tracer,
  out: TraceNode[],
): unknown {
  if (Array.isArray(elements)) charge(elements.length);
  const evaluate = (data: unknown): unknown => {
    const node = callback(data);
    out.push(node);
    return node.result;
  };
  if (op === "reduce") {
    if (!Array.isArray(elements)) return initial;
    return elements.reduce(
      (accumulator: unknown, current: unknown) => evaluate({ current, accumulator }),
      initial,
    );
  }
  if (op === "filter" || op === "map") {
    if (!Array.isArray(elements)) return [];
    return op === "map"
      ? elements.map((element) => evaluate(element))
      : elements.filter((element) => truthy(evaluate(element)));
  }
  // all, none, some: json-logic-js's fallbacks for a non-array or an empty array.
  if (!Array.isArray(elements) || elements.length === 0) return op === "none";
  for (let i = 0; i < elements.length; i++) {
    const value = truthy(evaluate(elements[i]));
    if (op === "all" && !value) return false;
    if (op !== "all" && value) return op === "some";
  }
  return op !== "some";
}

/**
 * Traces `filter`, `map`, `reduce`, `all`, `none` or `some`: `args[0]` is the array's trace,
 * `args[1]` the callback's shape (skipped: it is never evaluated against the outer data),
 * `args[2]` reduce's initial value; `elements` holds one callback trace per element evaluated.
 */
export function traceScoped(op: string, parts: TracedScopedParts): Tracer {
  const { source, callback, callbackShape, initial, ignored } = parts;
  return (data) => {
    const sourceNode = source(data);
    const args = [sourceNode, callbackShape()];
    let initialValue: unknown = null;
    if (initial !== undefined) {
      const initialNode = initial(data);
      args.push(initialNode);
      initialValue = initialNode.result;
    }
    for (const shape of ignored) args.push(shape());
    const elements: TraceNode[] = [];
    const result = run(op, sourceNode.result, initialValue, callback, elements);
    return { op, args, elements, result };
  };
}
