import type { Comparison } from "./_field.js";

/** How a comparison reads: numbers ("at least"), counted things ("fewer than") or dates ("on or after"). */
export type CompareStyle = "number" | "count" | "date";

const WORDS: Record<
  CompareStyle,
  Record<Exclude<Comparison, "between" | "strictly-between">, string>
> = {
  number: {
    ">=": "at least",
    ">": "more than",
    "<=": "at most",
    "<": "less than",
    "==": "exactly",
    "!=": "other than",
  },
  count: {
    ">=": "at least",
    ">": "more than",
    "<=": "at most",
    "<": "fewer than",
    "==": "exactly",
    "!=": "other than",
  },
  date: {
    ">=": "on or after",
    ">": "after",
    "<=": "on or before",
    "<": "before",
    "==": "on",
    "!=": "not on",
  },
};

/**
 * A comparison with its already formatted values: `at least 95%`, `between 10 and 20`,
 * `on or after 1 April 2023`. `between` takes two values.
 */
export function compareText(
  op: Comparison,
  values: readonly string[],
  style: CompareStyle,
): string {
  const [first = "", second = ""] = values;
  const words = WORDS[style];
  if (op === "between") return `between ${first} and ${second}`;
  if (op === "strictly-between") return `${words[">"]} ${first} and ${words["<"]} ${second}`;
  if (op === "==" && style === "number" && (first === "100%" || first === "0%")) return first;
  return `${words[op]} ${first}`;
}

/** The opposite comparison, for conditions under `!`; undefined for `between` forms. */
export function negateComparison(op: Comparison): Comparison | undefined {
  switch (op) {
    case ">=":
      return "<";
    case ">":
      return "<=";
    case "<=":
      return ">";
    case "<":
      return ">=";
    case "==":
      return "!=";
    case "!=":
      return "==";
    default:
      return undefined;
  }
}

/** The same comparison with its two sides swapped: `95 >= x` is `x <= 95`. */
export function flipComparison(op: Comparison): Comparison {
  switch (op) {
    case ">=":
      return "<=";
    case ">":
      return "<";
    case "<=":
      return ">=";
    case "<":
      return ">";
    default:
      return op;
  }
}
