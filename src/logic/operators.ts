/**
 * Every json-logic-js 2.0.5 standard operator that rule sets may use: all of them except `log`
 * (it writes to the console) and `method` (json-logic-js 2 no longer has it).
 */
export const ALLOWED_OPERATORS: ReadonlySet<string> = new Set([
  "==",
  "===",
  "!=",
  "!==",
  ">",
  ">=",
  "<",
  "<=",
  "!!",
  "!",
  "%",
  "in",
  "cat",
  "substr",
  "+",
  "*",
  "-",
  "/",
  "min",
  "max",
  "merge",
  "var",
  "missing",
  "missing_some",
  "if",
  "?:",
  "and",
  "or",
  "filter",
  "map",
  "reduce",
  "all",
  "none",
  "some",
]);

/**
 * Operators whose second and later arguments are evaluated once per element of the array their
 * first argument yields, with that element (for `reduce`: `{ current, accumulator }`) as the data,
 * so `var` paths inside them refer to the element rather than to the evidence.
 */
export const SCOPED_OPERATORS: ReadonlySet<string> = new Set([
  "map",
  "filter",
  "reduce",
  "all",
  "some",
  "none",
]);

/**
 * Tells whether a value is a JsonLogic operation exactly as json-logic-js's `is_logic` does: a
 * non-null, non-array object with exactly one own enumerable key. Objects with zero or several
 * keys are literals and evaluate to themselves.
 *
 * @param value - Any part of a JsonLogic expression.
 * @returns Whether json-logic-js would evaluate `value` as an operation.
 * @example
 * isLogic({ var: "a" }); // true
 * isLogic({ a: 1, b: 2 }); // false: a literal object
 */
export function isLogic(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    Object.keys(value).length === 1
  );
}

/**
 * Returns the operator name of a JsonLogic operation (its single key), as json-logic-js's
 * `get_operator` does.
 *
 * @param logic - A value for which {@link isLogic} is true.
 * @returns The operator, e.g. `"=="` for `{ "==": [1, 1] }`.
 * @example
 * getOperator({ ">=": [{ var: "score" }, 3] }); // ">="
 */
export function getOperator(logic: Record<string, unknown>): string {
  return Object.keys(logic)[0] as string;
}
