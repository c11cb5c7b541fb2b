import type { Compiled, Evaluate } from "./_compiled.js";
import { constantNode, dynamicNode } from "./_compiled.js";
import { truthy } from "./truthy.js";

/**
 * Drops the arguments of `and` (`stopWhen` false) or `or` (`stopWhen` true) that cannot decide
 * the result: constants that do not stop evaluation (unless last), and everything after a
 * constant that does.
 */
function pruneChain(items: readonly Compiled[], stopWhen: boolean): Compiled[] {
  const kept: Compiled[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.constant) {
      if (truthy(item.value) === stopWhen) {
        kept.push(item);
        break;
      }
      if (i !== items.length - 1) continue;
    }
    kept.push(item);
  }
  return kept;
}

/** json-logic-js's `and`: the first falsy argument, else the last (`undefined` when none). */
export function compileAnd(items: readonly Compiled[]): Compiled {
  const kept = pruneChain(items, false);
  if (kept.length === 0) return constantNode(undefined);
  if (kept.length === 1) return kept[0]!;
  if (kept.length === 2) {
    const first = kept[0]!.evaluate;
    const second = kept[1]!.evaluate;
    return dynamicNode((data) => {
      const value = first(data);
      return truthy(value) ? second(data) : value;
    });
  }
  const all = kept.map((item) => item.evaluate);
  return dynamicNode((data) => {
    let value: unknown;
    for (let i = 0; i < all.length; i++) {
      value = all[i]!(data);
      if (!truthy(value)) return value;
    }
    return value;
  });
}

/** json-logic-js's `or`: the first truthy argument, else the last (`undefined` when none). */
export function compileOr(items: readonly Compiled[]): Compiled {
  const kept = pruneChain(items, true);
  if (kept.length === 0) return constantNode(undefined);
  if (kept.length === 1) return kept[0]!;
  if (kept.length === 2) {
    const first = kept[0]!.evaluate;
    const second = kept[1]!.evaluate;
    return dynamicNode((data) => {
      const value = first(data);
      return truthy(value) ? value : second(data);
    });
  }
  const all = kept.map((item) => item.evaluate);
  return dynamicNode((data) => {
    let value: unknown;
    for (let i = 0; i < all.length; i++) {
      value = all[i]!(data);
      if (truthy(value)) return value;
    }
    return value;
  });
}

/**
 * json-logic-js's `if` / `?:`: condition and consequent pairs, an optional final else, `null`
 * when nothing matches; pairs with constant conditions are decided here.
 */
export function compileIf(items: readonly Compiled[]): Compiled {
  const conditions: Evaluate[] = [];
  const consequents: Evaluate[] = [];
  let otherwise: Compiled | undefined;
  let i = 0;
  for (; i < items.length - 1; i += 2) {
    const condition = items[i]!;
    if (condition.constant) {
      if (!truthy(condition.value)) continue;
      otherwise = items[i + 1]!;
      break;
    }
    conditions.push(condition.evaluate);
    consequents.push(items[i + 1]!.evaluate);
  }
  otherwise ??= items.length === i + 1 ? items[i]! : constantNode(null);
  if (conditions.length === 0) return otherwise;
  const fallback = otherwise.evaluate;
  if (conditions.length === 1) {
    const condition = conditions[0]!;
    const consequent = consequents[0]!;
    return dynamicNode((data) => (truthy(condition(data)) ? consequent(data) : fallback(data)));
  }
  return dynamicNode((data) => {
    for (let j = 0; j < conditions.length; j++) {
      if (truthy(conditions[j]!(data))) return consequents[j]!(data);
    }
    return fallback(data);
  });
}
