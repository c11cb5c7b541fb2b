import type { ApplyLogic } from "./_operations.js";

/**
 * Splits a `var` path the way json-logic-js does (`String(path).split(".")`), or returns
 * `undefined` for the paths that mean "the whole data": `undefined`, `null` and `""`.
 */
export function splitPath(path: unknown): string[] | undefined {
  if (path === undefined || path === "" || path === null) return undefined;
  return String(path).split(".");
}

/**
 * Walks pre-split path segments into `data` exactly as json-logic-js's `var` does: stepping from
 * `null` or `undefined`, or landing on `undefined`, yields `notFound`; a found `null` is returned.
 */
export function lookupPath(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  let current = data;
  for (let i = 0; i < segments.length; i++) {
    if (current === null || current === undefined) return notFound;
    current = (current as Record<string, unknown>)[segments[i]!];
    if (current === undefined) return notFound;
  }
  return current;
}

/** json-logic-js's `var` over already-evaluated arguments (`path`, optional `fallback`). */
export function readVar(data: unknown, path: unknown, fallback: unknown): unknown {
  const segments = splitPath(path);
  if (segments === undefined) return data;
  return lookupPath(data, segments, fallback === undefined ? null : fallback);
}

/** Evaluates `{"var": key}` against `data` as json-logic-js's `missing` does for each key. */
function readKey(key: unknown, data: unknown, apply: ApplyLogic): unknown {
  // An object or array key is itself evaluated as the arguments of `var`, as json-logic-js does.
  if (typeof key === "object" && key !== null) return apply({ var: key }, data);
  return readVar(data, key, undefined);
}

/** json-logic-js's `missing`: the keys whose value is absent, `null` or `""`. */
export function missingKeys(args: readonly unknown[], data: unknown, apply: ApplyLogic): unknown[] {
  const first = args[0];
  const keys: readonly unknown[] = Array.isArray(first) ? first : args;
  const missing: unknown[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const value = readKey(key, data, apply);
    if (value === null || value === "") missing.push(key);
  }
  return missing;
}

/** Whether `apply({"missing": options})` would see `options` unchanged as its key list. */
function isPlainKeyList(options: unknown): options is readonly unknown[] {
  if (!Array.isArray(options)) return false;
  for (let i = 0; i < options.length; i++) {
    const key: unknown = options[i];
    if (typeof key === "object" && key !== null) return false;
  }
  return true;
}

/**
 * json-logic-js's `missing_some`: `[]` when at least `needCount` of `options` are present,
 * otherwise the missing ones. Like json-logic-js it throws a TypeError when `options` is `null`
 * or `undefined`.
 */
export function missingSome(
  needCount: unknown,
  options: unknown,
  data: unknown,
  apply: ApplyLogic,
): unknown {
  // json-logic-js re-evaluates `{"missing": options}`, so anything but a list of plain keys goes
  // through the general evaluator to keep its exact behaviour.
  const missing = isPlainKeyList(options)
    ? missingKeys(options, data, apply)
    : apply({ missing: options }, data);
  const optionCount = (options as { length: number }).length;
  const missingCount = (missing as { length: number }).length;
  return optionCount - missingCount >= (needCount as number) ? [] : missing;
}
