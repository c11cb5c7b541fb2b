import type { Compiled, Evaluate } from "./_compiled.js";
import { dynamicNode, foldNode } from "./_compiled.js";
import { truthy } from "./truthy.js";
import { charge } from "./_budget.js";

/** The compiled parts of a scoped operation: its array, per-element callback and reduce's initial. */
export interface ScopedParts {
  readonly source: Compiled;
  readonly callback: Compiled;
  /** `reduce` only: the initial accumulator (`null` when not given). */
  readonly initial: Compiled;
}

type Build = (source: Evaluate, callback: Evaluate, initial: Evaluate) => Evaluate;

/** Evaluators of json-logic-js's scoped operations, quirks included (`all` of `[]` is false). */
const BUILDERS: ReadonlyMap<string, Build> = new Map<string, Build>([
  [
    "filter",
    (source, callback) => {
      const keep = (element: unknown): boolean => truthy(callback(element));
      return (data) => {
        const elements = source(data);
        if (Array.isArray(elements)) charge(elements.length);
        return Array.isArray(elements) ? elements.filter(keep) : [];
      };
    },
  ],
  [
    "map",
    (source, callback) => {
      const each = (element: unknown): unknown => callback(element);
      return (data) => {
        const elements = source(data);
        if (Array.isArray(elements)) charge(elements.length);
        return Array.isArray(elements) ? elements.map(each) : [];
      };
    },
  ],
  [
    "reduce",
    (source, callback, initial) => {
      const step = (accumulator: unknown, current: unknown): unknown =>
        callback({ current, accumulator });
      return (data) => {
        const elements = source(data);
        if (Array.isArray(elements)) charge(elements.length);
        const start = initial(data);
        return Array.isArray(elements) ? elements.reduce(step, start) : start;
      };
    },
  ],
  ["all", (source, callback) => quantifier(source, callback, false, false, false)],
  ["none", (source, callback) => quantifier(source, callback, true, true, false)],
  ["some", (source, callback) => quantifier(source, callback, false, true, true)],
]);

/**
 * `all`, `none` and `some`: `whenEmpty` for a non-array or an empty array; otherwise `onStop` as
 * soon as an element's truthiness is `stopOn`, else `!onStop`.
 */
function quantifier(
  source: Evaluate,
  callback: Evaluate,
  whenEmpty: boolean,
  stopOn: boolean,
  onStop: boolean,
): Evaluate {
  return (data) => {
    const elements = source(data);
    if (Array.isArray(elements)) charge(elements.length);
    if (!Array.isArray(elements) || elements.length === 0) return whenEmpty;
    for (let i = 0; i < elements.length; i++) {
      if (truthy(callback(elements[i])) === stopOn) return onStop;
    }
    return !onStop;
  };
}

/** Names of the operators {@link compileScoped} handles. */
export function isScopedOperation(op: string): boolean {
  return BUILDERS.has(op);
}

/**
 * Compiles `filter`, `map`, `reduce`, `all`, `none` or `some`; when the array (and reduce's
 * initial value) does not depend on the data, the whole operation is folded to a constant.
 */
export function compileScoped(op: string, parts: ScopedParts): Compiled {
  const build = BUILDERS.get(op)!;
  const evaluate = build(parts.source.evaluate, parts.callback.evaluate, parts.initial.evaluate);
  if (parts.source.constant && parts.initial.constant) return foldNode(evaluate);
  return dynamicNode(evaluate);
}
