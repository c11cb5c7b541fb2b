import { resetBudget } from "./_budget.js";
/** A compiled JsonLogic expression: evaluates it against one piece of data. */
export type Evaluate = (data: unknown) => unknown;

/** A compiled node, with its value when it does not depend on the data. */
export interface Compiled {
  readonly evaluate: Evaluate;
  /** True when `evaluate` ignores its data, never throws and always yields `value`. */
  readonly constant: boolean;
  /** The node's value when `constant` (arrays shared: read, never hand out). */
  readonly value: unknown;
}

/**
 * Copies every array level of a value, sharing everything else, which is exactly how fresh
 * json-logic-js makes the result of a data-independent expression on each evaluation.
 */
export function copyArrays(value: unknown): unknown {
  return Array.isArray(value) ? value.map(copyArrays) : value;
}

/** A node that always yields `value`; arrays are copied on each evaluation so callers may keep them. */
export function constantNode(value: unknown): Compiled {
  const evaluate: Evaluate = Array.isArray(value) ? () => copyArrays(value) : () => value;
  return { evaluate, constant: true, value };
}

/** A node whose value depends on the data (or that may throw). */
export function dynamicNode(evaluate: Evaluate): Compiled {
  return { evaluate, constant: false, value: undefined };
}

/** Whether every node is constant. */
export function allConstant(nodes: readonly Compiled[]): boolean {
  for (let i = 0; i < nodes.length; i++) if (!nodes[i]!.constant) return false;
  return true;
}

/**
 * Folds a data-independent node to a constant by evaluating it once; a node that throws stays as
 * it is, so the error still surfaces at evaluation time as it does in json-logic-js.
 */
export function foldNode(evaluate: Evaluate): Compiled {
  let value: unknown;
  try {
    resetBudget();
    value = evaluate(undefined);
  } catch {
    return dynamicNode(evaluate);
  }
  return constantNode(value);
}
