// Test support shared by the logic tests: json-logic-js as the oracle, and exact comparisons.
import jsonLogic from "json-logic-js";
import { getOperator, isLogic, SCOPED_OPERATORS } from "./operators.js";
import type { TraceNode } from "./trace.js";

/** What running an evaluation did: returned a value or threw. */
export type Outcome = { threw: false; value: unknown } | { threw: true; error: Error };

/** Runs `evaluate`, capturing a throw. */
export function outcomeOf(evaluate: () => unknown): Outcome {
  try {
    return { threw: false, value: evaluate() };
  } catch (error) {
    return { threw: true, error: error as Error };
  }
}

/** json-logic-js's outcome for a rule and data. */
export function oracle(logic: unknown, data: unknown): Outcome {
  return outcomeOf(() => jsonLogic.apply(logic as never, data));
}

/** Deep equality with Object.is on leaves (NaN equals NaN, -0 differs from 0). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameValue(item, b[i]));
  }
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every(
    (key) =>
      Object.hasOwn(b, key) &&
      sameValue((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}

/** Same value, or both threw the same kind of error with the same message. */
export function sameOutcome(a: Outcome, b: Outcome): boolean {
  if (a.threw || b.threw) {
    return (
      a.threw && b.threw && a.error.name === b.error.name && a.error.message === b.error.message
    );
  }
  return sameValue(a.value, b.value);
}

/** A readable form of an outcome for assertion messages. */
export function showOutcome(outcome: Outcome): string {
  if (outcome.threw) return `throws ${outcome.error.name}: ${outcome.error.message}`;
  return `returns ${show(outcome.value)}`;
}

function show(value: unknown): string {
  if (typeof value === "number" && (Object.is(value, -0) || Number.isNaN(value))) {
    return Object.is(value, -0) ? "-0" : "NaN";
  }
  if (typeof value === "function") return `[function ${value.name}]`;
  return JSON.stringify(value) ?? String(value);
}

/**
 * Checks every evaluated node of a trace against json-logic-js on the matching sub-expression and
 * data; returns a description of the first disagreement, or undefined when all agree.
 */
export function checkTrace(logic: unknown, node: TraceNode, data: unknown): string | undefined {
  if (node.skipped) return Object.hasOwn(node, "result") ? "skipped node has a result" : undefined;
  if (!Object.hasOwn(node, "result")) return "evaluated node has no result";
  const expected = oracle(logic, data);
  if (!sameOutcome(expected, { threw: false, value: node.result })) {
    return `${show(logic)} on ${show(data)}: trace ${show(node.result)}, json-logic-js ${showOutcome(expected)}`;
  }
  if (Array.isArray(logic)) {
    return node.items?.map((item, i) => checkTrace(logic[i], item, data)).find(Boolean);
  }
  if (!isLogic(logic)) return undefined;
  const op = getOperator(logic);
  const raw = logic[op];
  const values: unknown[] = Array.isArray(raw) ? raw : [raw];
  const args = node.args ?? [];
  for (let i = 0; i < args.length; i++) {
    const problem = checkTrace(values[i], args[i]!, data);
    if (problem) return problem;
  }
  if (!SCOPED_OPERATORS.has(op)) return undefined;
  const elements = args[0]?.result;
  const initial = op === "reduce" ? args[2] : undefined;
  let accumulator = initial && !initial.skipped ? initial.result : null;
  for (let i = 0; i < (node.elements ?? []).length; i++) {
    const element = (elements as unknown[])[i];
    const elementData = op === "reduce" ? { current: element, accumulator } : element;
    const trace = node.elements![i]!;
    const problem = checkTrace(values[1], trace, elementData);
    if (problem) return problem;
    accumulator = trace.result;
  }
  return undefined;
}
