/**
 * JsonLogic truthiness, exactly as json-logic-js defines it: JavaScript truthiness except that an
 * empty array is falsy (so `[]`, `0`, `-0`, `NaN`, `""`, `null`, `undefined` and `false` are
 * falsy; `"0"`, `{}` and `[0]` are truthy).
 *
 * @param value - Any value a JsonLogic expression produced.
 * @returns Whether JsonLogic treats `value` as true.
 * @example
 * truthy([]); // false
 * truthy("0"); // true
 */
export function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length !== 0;
  return !!value;
}
