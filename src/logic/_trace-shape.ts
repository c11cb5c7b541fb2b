import { operationArguments } from "./compile.js";
import { getOperator, isLogic } from "./operators.js";
import type { TraceNode } from "./trace.js";

/** Builds a fresh trace node on each call, so callers may annotate the traces they get. */
export type NodeBuilder = () => TraceNode;

/**
 * Copies arrays and plain objects deeply, so a trace never shares structure with the rule or with
 * another trace; other values (primitives, dates, class instances) are kept as they are.
 */
export function cloneValue(value: unknown): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map(cloneValue);
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const item = cloneValue((value as Record<string, unknown>)[key]);
    // Assigning "__proto__" would set the prototype; JSON.parse makes it an ordinary property.
    if (key === "__proto__") {
      Object.defineProperty(copy, key, {
        value: item,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    } else copy[key] = item;
  }
  return copy;
}

/** A function returning fresh copies of a snapshot of `value`. */
function copier(value: unknown): () => unknown {
  const snapshot = cloneValue(value);
  return typeof snapshot === "object" && snapshot !== null
    ? () => cloneValue(snapshot)
    : () => snapshot;
}

/** Whether evaluating a value can do more than return it: it is, or holds in an array, an operation. */
export function containsLogic(value: unknown): boolean {
  if (isLogic(value)) return true;
  return Array.isArray(value) && value.some(containsLogic);
}

/**
 * Builds `var` nodes without a result: `op`, then `var` (the path as written) when given and
 * `default` (as written) when given.
 */
export function varNodeBuilder(values: readonly unknown[]): NodeBuilder {
  const hasPath = values[0] !== undefined;
  const hasDefault = values.length > 1;
  const path = copier(values[0]);
  const fallback = copier(values[1]);
  if (hasPath && !hasDefault) return () => ({ op: "var", var: path() });
  return () => {
    const node: TraceNode = { op: "var" };
    if (hasPath) node.var = path();
    if (hasDefault) node.default = fallback();
    return node;
  };
}

/**
 * Builds the trace of an expression that was not evaluated: its operators, `var` paths and
 * literals, each node marked `skipped: true` and without a `result`.
 */
export function skippedBuilder(logic: unknown): NodeBuilder {
  if (isLogic(logic)) {
    const op = getOperator(logic);
    const values = operationArguments(logic, op);
    if (op === "var") {
      const build = varNodeBuilder(values);
      return () => {
        const node = build();
        node.skipped = true;
        return node;
      };
    }
    const args = values.map(skippedBuilder);
    return () => ({ op, args: args.map((build) => build()), skipped: true });
  }
  if (Array.isArray(logic) && containsLogic(logic)) {
    const items = logic.map(skippedBuilder);
    return () => ({ items: items.map((build) => build()), skipped: true });
  }
  const literal = copier(logic);
  return () => ({ literal: literal(), skipped: true });
}
