// Shared helpers of the security and fuzz tests: run counts, allowed outcomes, global-state
// snapshots, deep copies that keep prototypes, deep freezing and plain-JSON checks.
import { readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { EvidenceError, type Issue, RuleSetError } from "../../src/errors.js";

/**
 * Runs of a property: `defaultRuns` in `npm test`, or `FUZZ_RUNS` × `scale` when set
 * (`npm run fuzz` sets it to thousands). `FUZZ_SEED` replays a failing run's seed.
 */
export function fuzzParams(defaultRuns: number, scale = 1): { numRuns: number; seed?: number } {
  const env = Number(process.env.FUZZ_RUNS);
  const numRuns =
    Number.isFinite(env) && env > 0 ? Math.max(1, Math.round(env * scale)) : defaultRuns;
  const seed = Number(process.env.FUZZ_SEED);
  return Number.isInteger(seed) && process.env.FUZZ_SEED !== "" ? { numRuns, seed } : { numRuns };
}

/** A JSON file of the repository (a rule set, a fixture) as a fresh value. */
export function readDocument(file: string): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../${file}`, import.meta.url), "utf8"));
}

/** True when the fuzz run (`FUZZ_RUNS`) is on. */
export const FUZZING = Number(process.env.FUZZ_RUNS) > 0;

/** What a call to the library did, among the outcomes it is allowed to have. */
export type Outcome =
  | { kind: "ok"; value: unknown }
  | { kind: "rule-set-error"; error: RuleSetError }
  | { kind: "evidence-error"; error: EvidenceError };

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  return `a thrown ${typeof error}`;
}

function checkIssues(issues: readonly Issue[], what: string): void {
  if (!Array.isArray(issues) || issues.length === 0) throw new Error(`${what} has no issues`);
  for (const issue of issues) {
    const ok =
      typeof issue.path === "string" &&
      typeof issue.code === "string" &&
      issue.code !== "" &&
      typeof issue.message === "string" &&
      issue.message !== "";
    if (!ok) throw new Error(`${what} has a malformed issue: ${JSON.stringify(issue)}`);
  }
}

/**
 * Runs `call` and classifies what it did: a value, a `RuleSetError` or an `EvidenceError`
 * (each with a non-empty list of well-formed issues). Anything else (TypeError, RangeError,
 * stack overflow, a library error of another kind) fails with the error as `cause`.
 */
export function outcomeOf(call: () => unknown): Outcome {
  try {
    return { kind: "ok", value: call() };
  } catch (error) {
    if (error instanceof RuleSetError) {
      checkIssues(error.issues, "RuleSetError");
      return { kind: "rule-set-error", error };
    }
    if (error instanceof EvidenceError) {
      checkIssues(error.issues, "EvidenceError");
      return { kind: "evidence-error", error };
    }
    throw new Error(`not an allowed outcome: ${describeError(error)}`, { cause: error });
  }
}

/** A readable one-line form of an outcome, for comparisons in assertions. */
export function outcomeSummary(outcome: Outcome): string {
  if (outcome.kind === "ok") return `ok ${JSON.stringify(outcome.value)}`;
  return `${outcome.kind} ${JSON.stringify(outcome.error.issues)}`;
}

const WATCHED: readonly (readonly [string, object])[] = [
  ["Object.prototype", Object.prototype],
  ["Array.prototype", Array.prototype],
  ["Function.prototype", Function.prototype],
  ["String.prototype", String.prototype],
  ["Number.prototype", Number.prototype],
  ["Boolean.prototype", Boolean.prototype],
  ["Object", Object],
  ["Array", Array],
  ["JSON", JSON],
  ["Math", Math],
  ["globalThis", globalThis],
];

/** What a watched object looked like: its prototype, extensibility and own properties. */
export type GlobalsSnapshot = ReadonlyMap<string, ReadonlyMap<PropertyKey, readonly unknown[]>>;

/** Records the own properties (values, accessors, flags) of the built-in objects pollution reaches. */
export function snapshotGlobals(): GlobalsSnapshot {
  const snapshot = new Map<string, Map<PropertyKey, readonly unknown[]>>();
  for (const [name, target] of WATCHED) {
    const props = new Map<PropertyKey, readonly unknown[]>();
    props.set("[[Prototype]]", [Object.getPrototypeOf(target), Object.isExtensible(target)]);
    for (const key of Reflect.ownKeys(target)) {
      const d = Object.getOwnPropertyDescriptor(target, key)!;
      props.set(key, [d.value, d.get, d.set, d.writable, d.enumerable, d.configurable]);
    }
    snapshot.set(name, props);
  }
  return snapshot;
}

/** Every difference between `before` and now, e.g. `Object.prototype.polluted added`. */
export function globalChanges(before: GlobalsSnapshot): string[] {
  const changes: string[] = [];
  const after = snapshotGlobals();
  for (const [name, props] of before) {
    const now = after.get(name)!;
    for (const [key, value] of now) {
      const old = props.get(key);
      if (old === undefined) changes.push(`${name}.${String(key)} added`);
      else if (name === "globalThis" && old[1] !== undefined && value[1] === undefined) {
        // Node defines some globals (TextEncoder, crypto…) as getters that turn into values on first use.
      } else if (!old.every((v, i) => Object.is(v, value[i])))
        changes.push(`${name}.${String(key)} changed`);
    }
    for (const key of props.keys())
      if (!now.has(key)) changes.push(`${name}.${String(key)} removed`);
  }
  // Pollution can also arrive through a setter; check what a fresh object inherits.
  const probe: Record<string, unknown> = {};
  for (const key of ["polluted", "isAdmin", "x", "y", "a", "b"]) {
    if (probe[key] !== undefined) changes.push(`({}).${key} is inherited`);
  }
  return changes;
}

/**
 * A deep copy that keeps what `structuredClone` loses: null prototypes, own `__proto__` keys and
 * array holes. Other objects (Date, Map, boxed values…) go through `structuredClone`; functions and
 * symbols are shared (they cannot be mutated into something else by the library unnoticed).
 */
export function cloneDeep<T>(value: T): T {
  if (value === null || (typeof value !== "object" && typeof value !== "function")) return value;
  if (typeof value === "function") return value;
  if (Array.isArray(value)) {
    const copy: unknown[] = new Array(value.length);
    for (const key of Object.keys(value)) copy[Number(key)] = cloneDeep(value[Number(key)]);
    return copy as T;
  }
  if (value instanceof Map)
    return new Map([...value].map(([k, v]) => [cloneDeep(k), cloneDeep(v)])) as T;
  if (value instanceof Set) return new Set([...value].map(cloneDeep)) as T;
  // An invalid Date is kept as is: isDeepStrictEqual never finds two of them equal (NaN times).
  if (value instanceof Date && Number.isNaN(value.getTime())) return value;
  if (value instanceof Date || ArrayBuffer.isView(value) || isBoxed(value))
    return structuredClone(value);
  // Plain, null-prototype and class-instance objects: same prototype, own properties copied.
  const copy = Object.create(Object.getPrototypeOf(value)) as Record<PropertyKey, unknown>;
  for (const key of Reflect.ownKeys(value)) {
    const d = Object.getOwnPropertyDescriptor(value, key)!;
    if ("value" in d) d.value = cloneDeep(d.value);
    Object.defineProperty(copy, key, d);
  }
  return copy as T;
}

function isBoxed(value: object): boolean {
  return (
    value instanceof Number ||
    value instanceof String ||
    value instanceof Boolean ||
    value instanceof BigInt
  );
}

/** True when `value` still equals the copy `before` taken with {@link cloneDeep}. */
export function unchanged(value: unknown, before: unknown): boolean {
  return isDeepStrictEqual(value, before);
}

/** Freezes every object reachable from `value`, without recursion. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || typeof v !== "object" || Object.isFrozen(v)) continue;
    if (ArrayBuffer.isView(v)) continue; // typed arrays with elements cannot be frozen
    Object.freeze(v);
    for (const key of Reflect.ownKeys(v)) {
      const d = Object.getOwnPropertyDescriptor(v, key);
      if (d && "value" in d) stack.push(d.value);
    }
  }
  return value;
}

/**
 * The first place where `value` is not plain JSON data (a non-finite number, `undefined`, a
 * function, a class instance, an array hole), or undefined when it is. `-0` is allowed.
 */
export function notPlainJson(value: unknown, path = "$"): string | undefined {
  const stack: { value: unknown; path: string }[] = [{ value, path }];
  while (stack.length > 0) {
    const { value: v, path: at } = stack.pop()!;
    if (v === null || typeof v === "string" || typeof v === "boolean") continue;
    if (typeof v === "number") {
      if (!Number.isFinite(v)) return `${at} is ${v}`;
      continue;
    }
    if (typeof v !== "object") return `${at} is a ${typeof v}`;
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (!(i in v)) return `${at}[${i}] is a hole`;
        stack.push({ value: v[i], path: `${at}[${i}]` });
      }
      continue;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype) return `${at} is not a plain object`;
    for (const [key, child] of Object.entries(v))
      stack.push({ value: child, path: `${at}.${key}` });
  }
  return undefined;
}

/** Fisher–Yates with a supplied sequence of random integers (from fast-check), for shrinkable shuffles. */
export function shuffle<T>(items: readonly T[], picks: readonly number[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = (picks[i % Math.max(picks.length, 1)] ?? 0) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}
