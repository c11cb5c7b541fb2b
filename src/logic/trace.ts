import { traceScoped, type Tracer } from "./_trace-scoped.js";
import { containsLogic, skippedBuilder, varNodeBuilder } from "./_trace-shape.js";
import type { ApplyLogic, Operation } from "./_operations.js";
import { OPERATIONS, resolveOperation } from "./_operations.js";
import { readVar } from "./_path.js";
import { compileLogic, operationArguments } from "./compile.js";
import { getOperator, isLogic, SCOPED_OPERATORS } from "./operators.js";
import { truthy } from "./truthy.js";
import { resetBudget } from "./_budget.js";

/**
 * One node of an evaluated JsonLogic expression. Evaluated nodes always have an own `result`
 * (possibly `undefined`), equal to what json-logic-js returns for that sub-expression and data;
 * nodes that were not evaluated (short-circuited `and`/`or`, untaken `if`/`?:` branches,
 * arguments json-logic-js ignores) have `skipped: true` and no `result`.
 *
 * - operation: `{ op, args, result }`, `args` in the order written;
 * - `var`: `{ op: "var", var, default?, result }`, `var` and `default` as written (plus `args`
 *   when the path or default is itself logic);
 * - literal: `{ result }` when evaluated, `{ literal, skipped: true }` when skipped;
 * - array containing logic: `{ items, result }`;
 * - scoped operation (`map`, `filter`, `reduce`, `all`, `some`, `none`): `args[0]` traces the
 *   array, `args[1]` is the callback's shape marked skipped (it never sees the outer data),
 *   `args[2]` traces reduce's initial value, and `elements` holds one callback trace per element
 *   evaluated, in order, with that element (reduce: `{ current, accumulator }`) as its data;
 *   `all`/`some`/`none` stop where they short-circuit.
 *
 * `<`/`<=` with three arguments evaluate all three (json-logic-js does), so none is skipped.
 */
export interface TraceNode {
  /** The operator as written; absent for literals and arrays. */
  op?: string;
  /** `var` only: the path as written; absent when no path was given (the whole data). */
  var?: unknown;
  /** `var` only: the default as written, when one was given. */
  default?: unknown;
  /** Traces of the operation's arguments. */
  args?: TraceNode[];
  /** Traces of an array's elements, when the array contains logic. */
  items?: TraceNode[];
  /** Scoped operations only: the callback's trace for each element evaluated. */
  elements?: TraceNode[];
  /** Skipped literals only: the value as written. */
  literal?: unknown;
  /** The value this node evaluated to; present exactly when the node was evaluated. */
  result?: unknown;
  /** Present (true) when the node was not evaluated. */
  skipped?: true;
}

const applyLogic: ApplyLogic = (logic, data) => compileLogic(logic)(data);

/**
 * Compiles a JsonLogic expression once into a function that evaluates it with json-logic-js
 * semantics and returns the full {@link TraceNode} tree; use it when tracing many inputs.
 *
 * @param logic - Any JsonLogic value.
 * @returns A function of the data; it throws where json-logic-js throws.
 * @example
 * const trace = compileTracedLogic({ and: [{ var: "a" }, { var: "b" }] });
 * trace({ a: 0 }).args?.[1]; // { op: "var", var: "b", skipped: true }
 */
export function compileTracedLogic(logic: unknown): (data: unknown) => TraceNode {
  const trace = compileTracer(logic);
  return (data) => {
    resetBudget();
    return trace(data);
  };
}

/**
 * Evaluates a JsonLogic expression against data and explains it: the tree of operators, `var`
 * reads and literals with each node's result, and the branches short-circuiting skipped. The
 * root `result` equals `jsonLogic.apply(logic, data)`.
 *
 * @param logic - Any JsonLogic value.
 * @param data - The data `var` reads.
 * @returns The trace; see {@link TraceNode} for its shape.
 * @throws Error `Unrecognized operation …` (and json-logic-js's TypeErrors) where json-logic-js throws.
 * @example
 * explainLogic({ ">=": [{ var: "pct" }, 95] }, { pct: 81 });
 * // { op: ">=", args: [{ op: "var", var: "pct", result: 81 }, { result: 95 }], result: false }
 */
export function explainLogic(logic: unknown, data: unknown): TraceNode {
  return compileTracer(logic)(data);
}

function compileTracer(logic: unknown): Tracer {
  if (!isLogic(logic)) {
    if (Array.isArray(logic) && containsLogic(logic)) return traceArray(logic);
    const evaluate = compileLogic(logic);
    return (data) => ({ result: evaluate(data) });
  }
  const op = getOperator(logic);
  const values = operationArguments(logic, op);
  switch (op) {
    case "if":
    case "?:":
      return traceIf(op, values);
    case "and":
      return traceChain(op, values, false);
    case "or":
      return traceChain(op, values, true);
    case "var":
      return traceVar(logic, values);
  }
  if (SCOPED_OPERATORS.has(op)) {
    const initialAt = op === "reduce" && values[2] !== undefined ? 2 : -1;
    return traceScoped(op, {
      source: compileTracer(values[0]),
      callback: compileTracer(values[1]),
      callbackShape: skippedBuilder(values[1]),
      initial: initialAt === 2 ? compileTracer(values[2]) : undefined,
      ignored: values.slice(initialAt === 2 ? 3 : 2).map(skippedBuilder),
    });
  }
  return traceEager(op, values, logic);
}

function traceArray(logic: readonly unknown[]): Tracer {
  const tracers = logic.map(compileTracer);
  return (data) => {
    const items = tracers.map((tracer) => tracer(data));
    return { items, result: items.map((item) => item.result) };
  };
}

/** Operators whose arguments are all evaluated first, including unknown ones (which then throw). */
function traceEager(op: string, values: readonly unknown[], logic?: unknown): Tracer {
  const tracers = values.map(compileTracer);
  const count = tracers.length;
  const operation = eagerOperation(op, values, logic);
  return (data) => {
    const args: TraceNode[] = new Array(count);
    const evaluated: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) {
      const node = tracers[i]!(data);
      args[i] = node;
      evaluated[i] = node.result;
    }
    return { op, args, result: operation(evaluated, data, applyLogic) };
  };
}

/** The operation a traced node runs on its evaluated arguments. */
function eagerOperation(op: string, values: readonly unknown[], logic: unknown): Operation {
  if (logic !== undefined && !values.some(containsLogic)) {
    // Literal arguments only: the compiled form (pre-split paths, folded constants) gives the result.
    const evaluate = compileLogic(logic);
    return (_, data) => evaluate(data);
  }
  const resolved = resolveOperation(op);
  if (typeof resolved === "string") return OPERATIONS.get(resolved)!;
  return () => {
    throw resolved();
  };
}

function traceVar(logic: Record<string, unknown>, values: readonly unknown[]): Tracer {
  const build = varNodeBuilder(values);
  if (!values.some(containsLogic)) {
    const evaluate = compileLogic(logic);
    return (data) => {
      const node = build();
      node.result = evaluate(data);
      return node;
    };
  }
  // A path or default that is itself logic: also show how it was evaluated.
  const eager = traceEager("var", values);
  return (data) => {
    const args = eager(data).args!;
    const node = build();
    node.args = args;
    node.result = readVar(data, args[0]?.result, args[1]?.result);
    return node;
  };
}

/** `and` (stops at the first falsy value) and `or` (at the first truthy one). */
function traceChain(op: string, values: readonly unknown[], stopOn: boolean): Tracer {
  const tracers = values.map(compileTracer);
  const skipped = values.map(skippedBuilder);
  const count = values.length;
  return (data) => {
    const args: TraceNode[] = new Array(count);
    let result: unknown;
    let i = 0;
    while (i < count) {
      const node = tracers[i]!(data);
      args[i++] = node;
      result = node.result;
      if (truthy(result) === stopOn) break;
    }
    for (; i < count; i++) args[i] = skipped[i]!();
    return { op, args, result };
  };
}

/** `if` / `?:`: condition and consequent pairs, an optional else, `null` when nothing holds. */
function traceIf(op: string, values: readonly unknown[]): Tracer {
  const tracers = values.map(compileTracer);
  const skipped = values.map(skippedBuilder);
  const count = values.length;
  return (data) => {
    const args: TraceNode[] = new Array(count);
    let result: unknown = null;
    let decided = false;
    let i = 0;
    for (; i < count - 1; i += 2) {
      const condition = tracers[i]!(data);
      args[i] = condition;
      if (truthy(condition.result)) {
        const consequent = tracers[i + 1]!(data);
        args[i + 1] = consequent;
        result = consequent.result;
        decided = true;
        i += 2;
        break;
      }
      args[i + 1] = skipped[i + 1]!();
    }
    if (!decided && i === count - 1) {
      const otherwise = tracers[i]!(data);
      args[i++] = otherwise;
      result = otherwise.result;
    }
    for (; i < count; i++) args[i] = skipped[i]!();
    return { op, args, result };
  };
}
