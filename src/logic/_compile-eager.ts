import type { Compiled, Evaluate } from "./_compiled.js";
import { allConstant } from "./_compiled.js";
import { inOperation } from "./_operations.js";
import { truthy } from "./truthy.js";

type Num = number;
type Binary = (left: Evaluate, right: Evaluate) => Evaluate;
type BinaryConstant = (left: Evaluate, right: unknown) => Evaluate;

/** parseFloat as json-logic-js applies it, without the string round trip for numbers. */
function toFloat(value: unknown): number {
  // parseFloat(String(n)) is n for every number except -0, which it turns into 0.
  return typeof value === "number" ? value + 0 : parseFloat(value as string);
}

/** Two-argument operators whose right argument is data-dependent; each closure stays monomorphic. */
const BINARY: ReadonlyMap<string, Binary> = new Map<string, Binary>([
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["==", (l, r) => (d) => l(d) == r(d)],
  ["===", (l, r) => (d) => l(d) === r(d)],
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["!=", (l, r) => (d) => l(d) != r(d)],
  ["!==", (l, r) => (d) => l(d) !== r(d)],
  [">", (l, r) => (d) => (l(d) as Num) > (r(d) as Num)],
  [">=", (l, r) => (d) => (l(d) as Num) >= (r(d) as Num)],
  ["<", (l, r) => (d) => (l(d) as Num) < (r(d) as Num)],
  ["<=", (l, r) => (d) => (l(d) as Num) <= (r(d) as Num)],
  ["%", (l, r) => (d) => (l(d) as Num) % (r(d) as Num)],
  ["/", (l, r) => (d) => (l(d) as Num) / (r(d) as Num)],
  ["in", (l, r) => (d) => inOperation(l(d), r(d))],
  ["min", (l, r) => (d) => Math.min(l(d) as Num, r(d) as Num)],
  ["max", (l, r) => (d) => Math.max(l(d) as Num, r(d) as Num)],
  [
    "-",
    (l, r) => (d) => {
      const a = l(d);
      const b = r(d);
      return b === undefined ? -(a as Num) : (a as Num) - (b as Num);
    },
  ],
  [
    "+",
    (l, r) => (d) => {
      const a = l(d);
      const b = r(d);
      return 0 + toFloat(a) + toFloat(b);
    },
  ],
  [
    "*",
    (l, r) => (d) => {
      const a = l(d);
      const b = r(d);
      return toFloat(a) * toFloat(b);
    },
  ],
]);

/** The same operators with a constant right argument (the usual `{"op": [{"var": …}, 95]}`). */
const BINARY_CONSTANT: ReadonlyMap<string, BinaryConstant> = new Map<string, BinaryConstant>([
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["==", (l, c) => (d) => l(d) == c],
  ["===", (l, c) => (d) => l(d) === c],
  // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
  ["!=", (l, c) => (d) => l(d) != c],
  ["!==", (l, c) => (d) => l(d) !== c],
  [">", (l, c) => (d) => (l(d) as Num) > (c as Num)],
  [">=", (l, c) => (d) => (l(d) as Num) >= (c as Num)],
  ["<", (l, c) => (d) => (l(d) as Num) < (c as Num)],
  ["<=", (l, c) => (d) => (l(d) as Num) <= (c as Num)],
  ["in", (l, c) => (d) => inOperation(l(d), c)],
]);

/** Operators that read one argument (more are evaluated, then ignored). */
const UNARY: ReadonlyMap<string, (a: Evaluate) => Evaluate> = new Map([
  [
    "!",
    (a: Evaluate): Evaluate =>
      (d) =>
        !truthy(a(d)),
  ],
  [
    "!!",
    (a: Evaluate): Evaluate =>
      (d) =>
        truthy(a(d)),
  ],
  [
    "-",
    (a: Evaluate): Evaluate =>
      (d) =>
        -(a(d) as Num),
  ],
  [
    "+",
    (a: Evaluate): Evaluate =>
      (d) =>
        0 + toFloat(a(d)),
  ],
  // json-logic-js's `*` reduces without an initial value, so one argument comes back untouched.
  ["*", (a: Evaluate): Evaluate => a],
]);

/** `<`/`<=` with three arguments: all three are evaluated, then compared as json-logic-js does. */
function between(op: string, [x, y, z]: readonly Evaluate[]): Evaluate {
  if (op === "<=") {
    return (d) => {
      const a = x!(d) as Num;
      const b = y!(d) as Num;
      const c = z!(d) as Num | undefined;
      return c === undefined ? a <= b : a <= b && b <= c;
    };
  }
  return (d) => {
    const a = x!(d) as Num;
    const b = y!(d) as Num;
    const c = z!(d) as Num | undefined;
    return c === undefined ? a < b : a < b && b < c;
  };
}

/**
 * A specialised evaluator for an eager operator when its shape allows one, or undefined for the
 * general path. Arguments past those an operator reads are dropped only when constant, because
 * json-logic-js evaluates them and a data-dependent one could throw.
 */
export function compileEagerFast(op: string, args: readonly Compiled[]): Evaluate | undefined {
  const count = args.length;
  const evaluators = args.map((arg) => arg.evaluate);
  const [first, second] = evaluators;
  if (first === undefined) return undefined;
  if (op === "+" || op === "*" || op === "min" || op === "max") {
    // These read every argument, so only the exact arities have a fast form.
    if (count === 1) return UNARY.get(op)?.(first);
    return count === 2 && second !== undefined ? BINARY.get(op)!(first, second) : undefined;
  }
  if (op === "!" || op === "!!" || (op === "-" && count === 1)) {
    return allConstant(args.slice(1)) ? UNARY.get(op)!(first) : undefined;
  }
  if ((op === "<" || op === "<=") && count >= 3) {
    return allConstant(args.slice(3)) ? between(op, evaluators) : undefined;
  }
  const binary = BINARY.get(op);
  if (binary === undefined || second === undefined || !allConstant(args.slice(2))) return undefined;
  const right = args[1]!;
  const withConstant = right.constant ? BINARY_CONSTANT.get(op) : undefined;
  return withConstant ? withConstant(first, right.value) : binary(first, second);
}
