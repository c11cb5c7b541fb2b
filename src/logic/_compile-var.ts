import type { Compiled, Evaluate } from "./_compiled.js";
import { allConstant, dynamicNode } from "./_compiled.js";
import { lookupPath, splitPath } from "./_path.js";

/** `var` with a path known at compile time and a default that is not an array. */
function staticLookup(segments: readonly string[], notFound: unknown): Evaluate {
  if (segments.length === 1) {
    const key = segments[0]!;
    return (data) => {
      if (data === null || data === undefined) return notFound;
      const value = (data as Record<string, unknown>)[key];
      return value === undefined ? notFound : value;
    };
  }
  if (segments.length === 2) {
    const outer = segments[0]!;
    const inner = segments[1]!;
    return (data) => {
      if (data === null || data === undefined) return notFound;
      const parent = (data as Record<string, unknown>)[outer];
      if (parent === null || parent === undefined) return notFound;
      const value = (parent as Record<string, unknown>)[inner];
      return value === undefined ? notFound : value;
    };
  }
  return (data) => lookupPath(data, segments, notFound);
}

/**
 * Compiles `var` from its compiled arguments (path, default, ignored extras), splitting a
 * constant path once; returns undefined when the path depends on the data, so the caller falls
 * back to json-logic-js's general evaluation order.
 */
export function compileVar(args: readonly Compiled[]): Compiled | undefined {
  const path = args[0];
  const fallback = args[1];
  if (path === undefined) return dynamicNode((data) => data);
  if (!path.constant || !allConstant(args.slice(2))) return undefined;
  // String() of an object path can throw, and json-logic-js only does it when evaluating.
  if (typeof path.value === "object" && path.value !== null) return undefined;
  if (typeof path.value === "function") return undefined;
  const segments = splitPath(path.value);
  if (fallback !== undefined && !(fallback.constant && !Array.isArray(fallback.value))) {
    // A data-dependent (or array) default is evaluated on every call, found or not, like json-logic-js.
    const evaluateFallback = fallback.evaluate;
    if (segments === undefined) {
      return dynamicNode((data) => {
        evaluateFallback(data);
        return data;
      });
    }
    return dynamicNode((data) => {
      const notFound = evaluateFallback(data);
      return lookupPath(data, segments, notFound === undefined ? null : notFound);
    });
  }
  if (segments === undefined) return dynamicNode((data) => data);
  const notFound = fallback === undefined || fallback.value === undefined ? null : fallback.value;
  return dynamicNode(staticLookup(segments, notFound));
}

/**
 * Compiles `missing` when its keys are constant strings or numbers (the usual case), splitting
 * each path once; returns undefined otherwise, for the general path.
 */
export function compileMissing(args: readonly Compiled[]): Compiled | undefined {
  if (!allConstant(args)) return undefined;
  const first = args[0]?.value;
  // Like json-logic-js: one array argument is the key list, otherwise the arguments are.
  const keys: readonly unknown[] = Array.isArray(first) ? first : args.map((arg) => arg.value);
  if (keys.some((key) => typeof key === "object" && key !== null)) return undefined;
  const paths = keys.map(splitPath);
  return dynamicNode((data) => {
    const missing: unknown[] = [];
    for (let i = 0; i < paths.length; i++) {
      const segments = paths[i];
      const value = segments === undefined ? data : lookupPath(data, segments, null);
      if (value === null || value === "") missing.push(keys[i]);
    }
    return missing;
  });
}
