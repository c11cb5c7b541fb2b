import { compileEagerFast } from "./_compile-eager.js";
import { compileAnd, compileIf, compileOr } from "./_compile-control.js";
import { compileScoped, isScopedOperation } from "./_compile-scoped.js";
import { compileMissing, compileVar } from "./_compile-var.js";
import type { Compiled, Evaluate } from "./_compiled.js";
import { allConstant, constantNode, dynamicNode, foldNode } from "./_compiled.js";
import type { ApplyLogic, Operation } from "./_operations.js";
import { OPERATIONS, resolveOperation } from "./_operations.js";
import { getOperator, isLogic } from "./operators.js";
import { resetBudget } from "./_budget.js";

/**
 * Compiles a JsonLogic expression once into nested closures (no `eval`, no `new Function`, so it
 * runs under a strict Content-Security-Policy) that return exactly what json-logic-js 2.0.5's
 * `jsonLogic.apply(logic, data)` returns, and throw where it throws. Sub-trees that do not depend
 * on the data are computed once; arrays in results are fresh on every call, as in json-logic-js.
 * Later changes to `logic` do not affect the compiled function.
 *
 * Unlike json-logic-js, `log` does not print (it returns its argument), and operations added to
 * json-logic-js with `add_operation` are unknown here.
 *
 * @param logic - Any JsonLogic value: an operation, a literal, or an array of them.
 * @returns A function of the data; it throws `Error("Unrecognized operation …")` when it reaches
 *   an unknown operator, and the TypeErrors json-logic-js would throw.
 * @example
 * const isGood = compileLogic({ ">=": [{ var: "managers.withRoleTargetsPct" }, 95] });
 * isGood({ managers: { withRoleTargetsPct: 97 } }); // true
 */
export function compileLogic(logic: unknown): (data: unknown) => unknown {
  const evaluate = compileNode(logic).evaluate;
  return (data) => {
    resetBudget();
    return evaluate(data);
  };
}

/** json-logic-js's `apply` for logic built at evaluation time (`missing` keys that are logic). */
const applyLogic: ApplyLogic = (logic, data) => compileNode(logic).evaluate(data);

/** The arguments of an operation as json-logic-js reads them: a non-array is one argument. */
export function operationArguments(logic: Record<string, unknown>, op: string): unknown[] {
  const raw = logic[op];
  // Array.from also turns holes into undefined, which is how json-logic-js passes them on.
  return Array.isArray(raw) ? Array.from(raw) : [raw];
}

function compileNode(logic: unknown): Compiled {
  if (Array.isArray(logic)) return compileArray(logic);
  if (!isLogic(logic)) return constantNode(logic);
  const op = getOperator(logic);
  const values = operationArguments(logic, op);
  switch (op) {
    case "if":
    case "?:":
      return compileIf(values.map(compileNode));
    case "and":
      return compileAnd(values.map(compileNode));
    case "or":
      return compileOr(values.map(compileNode));
  }
  if (isScopedOperation(op)) {
    return compileScoped(op, {
      source: compileNode(values[0]),
      callback: compileNode(values[1]),
      initial:
        op === "reduce" && values[2] !== undefined ? compileNode(values[2]) : constantNode(null),
    });
  }
  return compileEager(op, values.map(compileNode));
}

/** A literal array: json-logic-js evaluates each element and returns a new array. */
function compileArray(logic: readonly unknown[]): Compiled {
  // A list of scalars (no holes) is a constant: no node per element for long literal lists.
  if (isScalarList(logic)) return constantNode([...logic]);
  const items = logic.map(compileNode);
  if (hasHoles(items)) {
    // Holes (never in JSON) stay holes, as Array.prototype.map leaves them.
    return dynamicNode((data) => items.map((item) => item.evaluate(data)));
  }
  if (allConstant(items)) return constantNode(items.map((item) => item.value));
  const evaluators = items.map((item) => item.evaluate);
  const count = evaluators.length;
  return dynamicNode((data) => {
    const result: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) result[i] = evaluators[i]!(data);
    return result;
  });
}

function isScalarList(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) {
    const item: unknown = array[i];
    if (!(i in array) || (item !== null && typeof item === "object")) return false;
  }
  return true;
}

function hasHoles(array: readonly unknown[]): boolean {
  for (let i = 0; i < array.length; i++) if (!(i in array)) return true;
  return false;
}

/** Evaluates every argument, then runs the operation with the data, as json-logic-js does. */
function evaluateThen(operation: Operation, args: readonly Compiled[]): Evaluate {
  const evaluators = args.map((arg) => arg.evaluate);
  const count = evaluators.length;
  return (data) => {
    const values: unknown[] = new Array(count);
    for (let i = 0; i < count; i++) values[i] = evaluators[i]!(data);
    return operation(values, data, applyLogic);
  };
}

/** Every operator outside the special forms: its arguments are evaluated first, in order. */
function compileEager(op: string, args: readonly Compiled[]): Compiled {
  const resolved = resolveOperation(op);
  if (typeof resolved !== "string") {
    const fail = resolved;
    return dynamicNode(
      evaluateThen(() => {
        throw fail();
      }, args),
    );
  }
  const operation = OPERATIONS.get(resolved)!;
  if (resolved === "var") return compileVar(args) ?? dynamicNode(evaluateThen(operation, args));
  if (resolved === "missing")
    return compileMissing(args) ?? dynamicNode(evaluateThen(operation, args));
  if (resolved === "missing_some") {
    return dynamicNode(evaluateThen(operation, args));
  }
  const evaluate = compileEagerFast(resolved, args) ?? evaluateThen(operation, args);
  return allConstant(args) ? foldNode(evaluate) : dynamicNode(evaluate);
}
