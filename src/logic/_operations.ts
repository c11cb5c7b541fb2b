import { missingKeys, missingSome, readVar } from "./_path.js";
import { truthy } from "./truthy.js";
import { charge } from "./_budget.js";

/** Evaluates a JsonLogic value against data; used where json-logic-js re-enters `apply`. */
export type ApplyLogic = (logic: unknown, data: unknown) => unknown;

/** An eager json-logic-js operation over its already-evaluated arguments. */
export type Operation = (args: readonly unknown[], data: unknown, apply: ApplyLogic) => unknown;

type Num = number;

/** `parseFloat` as json-logic-js calls it: on any value, which it first turns into a string. */
const toFloat = parseFloat as (value: unknown) => number;

/** json-logic-js's `in`: substring or element (`indexOf`) test; `false` when `b` has no `indexOf`. */
export function inOperation(a: unknown, b: unknown): boolean {
  if (!b || typeof (b as { indexOf?: unknown }).indexOf === "undefined") return false;
  return (b as { indexOf(x: unknown): number }).indexOf(a) !== -1;
}

/** json-logic-js's `substr`, including its PHP-style negative length. */
function substr(source: unknown, start: unknown, end: unknown): string {
  if ((end as Num) < 0) {
    const rest = String(source).substr(start as Num);
    return rest.substr(0, rest.length + (end as Num));
  }
  return String(source).substr(start as Num, end as Num);
}

/**
 * Every operation json-logic-js 2.0.5 keeps in its operations table (the ones whose arguments are
 * all evaluated first), reimplemented with the same JavaScript coercions so results and throws
 * match. `log` returns its argument without printing.
 */
export const OPERATIONS: ReadonlyMap<string, Operation> = new Map<string, Operation>([
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["==", (x) => x[0] == x[1]],
  ["===", (x) => x[0] === x[1]],
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["!=", (x) => x[0] != x[1]],
  ["!==", (x) => x[0] !== x[1]],
  [">", (x) => (x[0] as Num) > (x[1] as Num)],
  [">=", (x) => (x[0] as Num) >= (x[1] as Num)],
  [
    "<",
    ([a, b, c]) =>
      c === undefined
        ? (a as Num) < (b as Num)
        : (a as Num) < (b as Num) && (b as Num) < (c as Num),
  ],
  [
    "<=",
    ([a, b, c]) =>
      c === undefined
        ? (a as Num) <= (b as Num)
        : (a as Num) <= (b as Num) && (b as Num) <= (c as Num),
  ],
  ["!!", (x) => truthy(x[0])],
  ["!", (x) => !truthy(x[0])],
  ["%", (x) => (x[0] as Num) % (x[1] as Num)],
  ["log", (x) => x[0]],
  ["in", (x) => inOperation(x[0], x[1])],
  [
    "cat",
    (x) => {
      const r = x.join("");
      charge(r.length);
      return r;
    },
  ],
  ["substr", (x) => substr(x[0], x[1], x[2])],
  ["+", (x) => x.reduce<Num>((a, b) => toFloat(a) + toFloat(b), 0)],
  ["*", (x) => x.reduce((a, b) => toFloat(a) * toFloat(b))],
  ["-", ([a, b]) => (b === undefined ? -(a as Num) : (a as Num) - (b as Num))],
  ["/", (x) => (x[0] as Num) / (x[1] as Num)],
  ["min", (x) => Math.min(...(x as Num[]))],
  ["max", (x) => Math.max(...(x as Num[]))],
  [
    "merge",
    (x) => {
      const r = ([] as unknown[]).concat(...x);
      charge(r.length);
      return r;
    },
  ],
  ["var", (x, data) => readVar(data, x[0], x[1])],
  ["missing", (x, data, apply) => missingKeys(x, data, apply)],
  ["missing_some", (x, data, apply) => missingSome(x[0], x[1], data, apply)],
]);

/** What a segment of a dotted operator name reaches in json-logic-js's operations table. */
type Reached =
  | { kind: "table" }
  | { kind: "function"; name: string }
  | { kind: "prototype"; name: string }
  | { kind: "string"; text: string }
  | { kind: "number" };

/** One `hasOwnProperty` step of json-logic-js's dotted-operator walk, or undefined if it fails. */
function step(from: Reached, key: string): Reached | undefined {
  switch (from.kind) {
    case "table":
      return OPERATIONS.has(key) ? { kind: "function", name: key } : undefined;
    case "function":
      if (key === "length") return { kind: "number" };
      if (key === "name") return { kind: "string", text: from.name };
      return key === "prototype" ? { kind: "prototype", name: from.name } : undefined;
    case "prototype":
      return key === "constructor" ? { kind: "function", name: from.name } : undefined;
    case "string": {
      if (key === "length") return { kind: "number" };
      const index = Number(key);
      const isIndex = String(index) === key && Number.isInteger(index) && index >= 0;
      return isIndex && index < from.text.length
        ? { kind: "string", text: from.text.charAt(index) }
        : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * Resolves an operator name the way json-logic-js does for operators outside its special forms:
 * a table entry, or a dotted path through the table's functions (so `var.prototype.constructor`
 * is `var`). Returns the table entry's name, or a factory for the error json-logic-js throws
 * once the arguments have been evaluated.
 */
export function resolveOperation(op: string): string | (() => Error) {
  if (OPERATIONS.has(op)) return op;
  if (op.indexOf(".") <= 0) return () => new Error(`Unrecognized operation ${op}`);
  const segments = op.split(".");
  let reached: Reached = { kind: "table" };
  for (let i = 0; i < segments.length; i++) {
    const next = step(reached, segments[i]!);
    if (next === undefined) {
      const failedAt = segments.slice(0, i + 1).join(".");
      return () => new Error(`Unrecognized operation ${op} (failed at ${failedAt})`);
    }
    reached = next;
  }
  if (reached.kind === "function") return reached.name;
  return () => new TypeError("operation.apply is not a function");
}
