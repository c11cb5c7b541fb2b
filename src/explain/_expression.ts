import { pathsRead } from "./_paths.js";
import { compileLogic } from "../logic/compile.js";
import { getOperator, isLogic } from "../logic/operators.js";
import type { FieldInfo } from "./_field.js";
import { formatNumber } from "./_format.js";
import type { Side } from "./_req.js";
import { joinList, withThe } from "./_words.js";

/** Looks up the sentence pieces of a readable path; undefined when it is not declared. */
export type FieldLookup = (path: string) => FieldInfo | undefined;

const PREPOSITIONS = new Set(["for", "of", "in", "on", "about", "from", "to"]);

/** The path of a `var` (with or without a default), else undefined. */
export function varPath(logic: unknown): string | undefined {
  if (!isLogic(logic) || getOperator(logic) !== "var") return undefined;
  const raw = logic.var;
  const name = Array.isArray(raw) ? raw[0] : raw;
  return typeof name === "string" || typeof name === "number" ? String(name) : undefined;
}

function plural(word: string): string {
  if (/s$/.test(word)) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  return `${word}s`;
}

/**
 * Several fields named together, sharing words where their labels do: "the management practice
 * scores for operations, monitoring and targets". `factored` says whether words were shared.
 */
export function nameFields(fields: readonly FieldInfo[]): { text: string; factored: boolean } {
  const words = fields.map((f) => f.label.split(" "));
  const first = words[0] ?? [];
  const shortest = Math.min(...words.map((w) => w.length));
  let n = 0;
  while (n < shortest - 1 && words.every((w) => w[n] === first[n])) n++;
  while (n > 0 && !PREPOSITIONS.has(first[n - 1] ?? "")) n--;
  if (
    fields.length > 1 &&
    n >= 2 &&
    fields.every((f) => f.kind === "measure" || f.kind === "amount")
  ) {
    const head = first.slice(0, n - 1);
    head[head.length - 1] = plural(head[head.length - 1] ?? "");
    const rests = words.map((w) => w.slice(n).join(" "));
    return {
      text: withThe(`${head.join(" ")} ${first[n - 1]} ${joinList(rests)}`),
      factored: true,
    };
  }
  return { text: joinList(fields.map((f) => f.subject)), factored: false };
}

/**
 * The short name of a field used as a reference point for another: "benchmark-group median
 * compassionate leadership sub-score" against "compassionate leadership sub-score" is "the
 * benchmark-group median". Undefined when no shorter name follows from the labels.
 */
export function referenceName(
  reference: FieldInfo,
  subject: FieldInfo | undefined,
): string | undefined {
  if (subject === undefined || subject === reference) return undefined;
  const label = reference.label;
  const index = label.toLowerCase().indexOf(subject.label.toLowerCase());
  if (index >= 0) {
    const rest = `${label.slice(0, index)} ${label.slice(index + subject.label.length)}`
      .replace(/\s+/g, " ")
      .replace(/^ ?(?:of|for|in) | (?:of|for|in) ?$/g, "")
      .trim();
    if (rest !== "" && rest.split(" ").length <= 4) return withThe(rest);
  }
  const parts = /^(.+?) (?:of|for) (.+)$/.exec(label);
  const start = (text: string) => text.toLowerCase().split(" ").slice(0, 3).join(" ");
  if (parts?.[2] !== undefined && start(parts[2]) === start(subject.label))
    return withThe(parts[1]!);
  return undefined;
}

/** Words for an arithmetic expression; null for anything that cannot be said plainly. */
function phrase(
  logic: unknown,
  lookup: FieldLookup,
  unit: FieldInfo | undefined,
  subject = false,
): string | null {
  const path = varPath(logic);
  if (path !== undefined) {
    const field = lookup(path);
    if (field === undefined) return null;
    return referenceName(field, unit) ?? (field.numeric ? field.subject : withThe(field.label));
  }
  if (!isLogic(logic)) return typeof logic === "number" ? formatNumber(logic) : null;
  const op = getOperator(logic);
  const raw = logic[op];
  const args: unknown[] = Array.isArray(raw) ? raw : [raw];
  const numbers = args.filter((a): a is number => typeof a === "number");
  const others = args.filter((a) => typeof a !== "number");
  const delta = (n: number) => (unit === undefined ? formatNumber(n) : unit.delta(n));
  const fieldsOf = (list: unknown[]) => {
    const found = list.map((a) => {
      const p = varPath(a);
      return p === undefined ? undefined : lookup(p);
    });
    return found.every((f) => f !== undefined) ? (found as FieldInfo[]) : undefined;
  };
  const shift = (inner: unknown, by: number): string | null => {
    const text = phrase(inner, lookup, unit);
    if (text === null) return null;
    if (by === 0) return text;
    if (subject) return `${text} ${by > 0 ? "plus" : "minus"} ${delta(Math.abs(by))}`;
    return by > 0 ? `${delta(by)} above ${text}` : `${delta(-by)} below ${text}`;
  };
  switch (op) {
    case "+": {
      if (others.length === 1)
        return shift(
          others[0],
          numbers.reduce((a, b) => a + b, 0),
        );
      const fields = numbers.length === 0 ? fieldsOf(others) : undefined;
      return fields === undefined ? null : `the total of ${nameFields(fields).text}`;
    }
    case "-": {
      if (args.length !== 2) return null;
      const [a, b] = args;
      if (typeof b === "number" && typeof a !== "number") return shift(a, -b);
      const left = phrase(a, lookup, unit);
      const right = phrase(b, lookup, unit);
      return left === null || right === null || typeof a === "number"
        ? null
        : `${left} minus ${right}`;
    }
    case "*": {
      if (others.length !== 1 || numbers.length !== 1) return null;
      const inner = phrase(others[0], lookup, unit);
      const by = numbers[0]!;
      if (inner === null) return null;
      return by === 2
        ? `twice ${inner}`
        : by === 0.5
          ? `half ${inner}`
          : `${formatNumber(by)} times ${inner}`;
    }
    case "/": {
      const [a, b] = args;
      if (args.length !== 2 || typeof b !== "number") return null;
      const summed = isLogic(a) && getOperator(a) === "+" ? a["+"] : undefined;
      const fields = Array.isArray(summed) ? fieldsOf(summed) : undefined;
      if (fields !== undefined && fields.length === b)
        return `the average of ${nameFields(fields).text}`;
      const inner = phrase(a, lookup, unit);
      return inner === null ? null : `${inner} divided by ${formatNumber(b)}`;
    }
    case "min":
    case "max": {
      if (args.length < 2) return null;
      const fields = fieldsOf(args);
      const two = args.length === 2;
      const which = op === "min" ? (two ? "lower" : "lowest") : two ? "higher" : "highest";
      if (fields !== undefined) return `the ${which} of ${nameFields(fields).text}`;
      const named = args.map((a) =>
        typeof a === "number" && unit !== undefined ? unit.brief(a) : phrase(a, lookup, unit),
      );
      return named.includes(null) ? null : `the ${which} of ${joinList(named as string[])}`;
    }
    default:
      return null;
  }
}

/**
 * One side of a comparison: literals (and data-free arithmetic, folded now) stay literals; anything
 * reading the data becomes an expression, compiled once and put into words where possible.
 */
export function analyseSide(
  logic: unknown,
  lookup: FieldLookup,
  subject: FieldInfo | undefined,
  asSubject = false,
): Side | null {
  if (typeof logic === "number" || typeof logic === "string" || typeof logic === "boolean")
    return { t: "literal", value: logic };
  if (!isLogic(logic)) return null;
  const paths = pathsRead(logic);
  const run = compileLogic(logic);
  if (paths.length === 0) {
    const value = run(null);
    return typeof value === "number" || typeof value === "string" || typeof value === "boolean"
      ? { t: "literal", value }
      : null;
  }
  const fields = paths.map(lookup);
  if (!fields.every((f): f is FieldInfo => f !== undefined)) return null;
  return {
    t: "expression",
    run,
    phrase: phrase(logic, lookup, subject ?? fields[0], asSubject),
    fields,
  };
}
