import { operationArguments } from "../logic/compile.js";
import { getOperator, isLogic } from "../logic/operators.js";

/** The operator and arguments of a JsonLogic operation, or undefined for a literal. */
export function operation(node: unknown): { op: string; args: unknown[] } | undefined {
  if (!isLogic(node)) return undefined;
  const op = getOperator(node);
  return { op, args: operationArguments(node, op) };
}

/** The path of a plain `{ "var": "a.b" }` (a default value allowed), else undefined. */
export function bareVar(node: unknown): string | undefined {
  const o = operation(node);
  if (o === undefined || o.op !== "var") return undefined;
  const name = o.args[0];
  return typeof name === "string" && name !== "" ? name : undefined;
}

const FLIP: Readonly<Record<string, string>> = {
  "<": ">",
  "<=": ">=",
  ">": "<",
  ">=": "<=",
  "==": "==",
  "===": "===",
  "!=": "!=",
  "!==": "!==",
};

/** The comparison with its two sides swapped: `a < b` is `b > a`. */
export function flipComparison(op: string): string {
  return FLIP[op] ?? op;
}

/** True for the operators solved as comparisons. */
export function isComparison(op: string): boolean {
  return op in FLIP;
}

const OPPOSITE: Readonly<Record<string, string>> = {
  "==": "!=",
  "!=": "==",
  "===": "!==",
  "!==": "===",
  "<": ">=",
  ">=": "<",
  "<=": ">",
  ">": "<=",
};

/**
 * A condition true exactly when `node` is false (up to JsonLogic's coercions of odd values, which
 * every solution is checked against anyway), or undefined when no simpler form exists.
 */
export function negate(node: unknown): unknown {
  const o = operation(node);
  if (o === undefined) return undefined;
  const { op, args } = o;
  const not = (x: unknown) => ({ "!": [x] });
  switch (op) {
    case "!":
      return { "!!": [args[0]] };
    case "!!":
      return { "!": [args[0]] };
    case "and":
      return { or: args.map(not) };
    case "or":
      return { and: args.map(not) };
    case "if":
    case "?:": {
      const out = args.map((a, i) => (i % 2 === 0 && i + 1 < args.length ? a : not(a)));
      if (args.length % 2 === 0) out.push(true);
      return { if: out };
    }
  }
  const opposite = OPPOSITE[op];
  if (opposite === undefined) return undefined;
  if (args.length === 3 && (op === "<" || op === "<=")) {
    return { or: [{ [opposite]: [args[0], args[1]] }, { [opposite]: [args[1], args[2]] }] };
  }
  return { [opposite]: args };
}

/** `if` as an `or` of branches: branch i holds when conditions before it fail and its own holds. */
export function ifAsOr(args: readonly unknown[]): unknown {
  const branches: unknown[] = [];
  const prior: unknown[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    branches.push({ and: [...prior.map((c) => ({ "!": [c] })), { "!!": [args[i]] }, args[i + 1]] });
    prior.push(args[i]);
  }
  if (args.length % 2 === 1)
    branches.push({ and: [...prior.map((c) => ({ "!": [c] })), args[args.length - 1]] });
  return { or: branches };
}

/** A linear expression: Σ coefficient × variable + constant. */
export interface Linear {
  readonly terms: ReadonlyMap<string, number>;
  readonly constant: number;
}

function combine(a: Linear, b: Linear, sign: number): Linear {
  const terms = new Map(a.terms);
  for (const [p, c] of b.terms) terms.set(p, (terms.get(p) ?? 0) + sign * c);
  return { terms, constant: a.constant + sign * b.constant };
}

function scale(a: Linear, k: number): Linear {
  return { terms: new Map([...a.terms].map(([p, c]) => [p, c * k])), constant: a.constant * k };
}

/** `node` as a linear expression of `var`s (`+`, `-`, `*` and `/` by constants), else undefined. */
export function linearOf(node: unknown): Linear | undefined {
  if (typeof node === "number") return { terms: new Map(), constant: node };
  const path = bareVar(node);
  if (path !== undefined) return { terms: new Map([[path, 1]]), constant: 0 };
  const o = operation(node);
  if (o === undefined) return undefined;
  const parts = o.args.map(linearOf);
  if (parts.some((p) => p === undefined)) return undefined;
  const ls = parts as Linear[];
  const zero: Linear = { terms: new Map(), constant: 0 };
  switch (o.op) {
    case "+":
      return ls.reduce((acc, l) => combine(acc, l, 1), zero);
    case "-":
      if (ls.length === 1) return scale(ls[0]!, -1);
      return ls.length === 2 ? combine(ls[0]!, ls[1]!, -1) : undefined;
    case "*": {
      const variable = ls.filter((l) => l.terms.size > 0);
      if (variable.length > 1) return undefined;
      const k = ls.filter((l) => l.terms.size === 0).reduce((acc, l) => acc * l.constant, 1);
      return scale(variable[0] ?? { terms: new Map(), constant: 1 }, k);
    }
    case "/":
      if (ls.length !== 2 || ls[1]!.terms.size > 0 || ls[1]!.constant === 0) return undefined;
      return scale(ls[0]!, 1 / ls[1]!.constant);
  }
  return undefined;
}
