import { getOperator, isLogic } from "../logic/index.js";

/** How tightly each operator binds; an operand that binds less tightly than its operator is bracketed. */
const PRECEDENCE: Readonly<Record<string, number>> = {
  or: 1,
  and: 2,
  "!": 3,
  "==": 4,
  "===": 4,
  "!=": 4,
  "!==": 4,
  ">": 4,
  ">=": 4,
  "<": 4,
  "<=": 4,
  in: 4,
  cat: 5,
  "+": 6,
  "-": 6,
  "*": 7,
  "/": 7,
  "%": 7,
};
const SYMBOL: Readonly<Record<string, string>> = {
  "!": "not ",
  cat: "&",
  "*": "×",
  "/": "÷",
  "%": "mod",
};
const ATOM = 9;

function operands(logic: Record<string, unknown>, op: string): unknown[] {
  const value = logic[op];
  return Array.isArray(value) ? value : [value];
}

/** Renders `logic` and how tightly the result binds. */
function render(logic: unknown): [string, number] {
  if (Array.isArray(logic)) return [`[${logic.map((item) => render(item)[0]).join(", ")}]`, ATOM];
  if (!isLogic(logic)) return [JSON.stringify(logic) ?? "null", ATOM];
  const op = getOperator(logic);
  const list = operands(logic, op);
  const inner = (value: unknown, min: number) => {
    const [text, binds] = render(value);
    return binds < min ? `(${text})` : text;
  };
  if (op === "var")
    return [
      list.length > 1 ? `${String(list[0])} ?? ${inner(list[1], ATOM)}` : String(list[0] ?? ""),
      list.length > 1 ? 0 : ATOM,
    ];
  const precedence = PRECEDENCE[op];
  if (precedence !== undefined && op === "!") return [`not ${inner(list[0], 3)}`, 3];
  if (op === "-" && list.length === 1) return [`-${inner(list[0], ATOM)}`, 8];
  // Comparisons are not associative, so a comparison operand of a comparison is bracketed too.
  if (precedence !== undefined && list.length >= 2)
    return [
      list
        .map((a) => inner(a, precedence + (precedence === 4 ? 1 : 0)))
        .join(` ${SYMBOL[op] ?? op} `),
      precedence,
    ];
  if (op === "if" || op === "?:") {
    const parts: string[] = [];
    for (let i = 0; i + 1 < list.length; i += 2)
      parts.push(
        `${i === 0 ? "if" : "else if"} ${render(list[i])[0]} then ${inner(list[i + 1], 1)}`,
      );
    if (list.length % 2 === 1) parts.push(`else ${inner(list[list.length - 1], 1)}`);
    return [parts.join(" "), 0];
  }
  return [`${op}(${list.map((a) => render(a)[0]).join(", ")})`, ATOM];
}

/**
 * Writes a JsonLogic condition as a formula a person can read, bracketing only where needed:
 * `{"and":[{">=":[{"var":"a.b"},95]},{"var":"c"}]}` → `a.b >= 95 and c`.
 */
export function logicText(logic: unknown): string {
  return render(logic)[0];
}

/** JSON on one line with a space after each `,` and `:` and inside braces: `{ ">=": [{ "var": "a" }, 90] }`. */
function flatJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flatJson).join(", ")}]`;
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  const entries = Object.entries(value).map(
    ([key, item]) => `${JSON.stringify(key)}: ${flatJson(item)}`,
  );
  return entries.length === 0 ? "{}" : `{ ${entries.join(", ")} }`;
}

/**
 * Pretty-prints JSON compactly: a value that fits in `width` columns stays on one line, larger
 * objects and arrays put one member a line, so a condition reads at a glance.
 */
export function compactJson(value: unknown, width: number, indent = ""): string {
  const flat = flatJson(value);
  if (indent.length + flat.length <= width || value === null || typeof value !== "object")
    return flat;
  const next = `${indent}  `;
  const members = Array.isArray(value)
    ? value.map((item) => `${next}${compactJson(item, width, next)}`)
    : Object.entries(value).map(
        ([key, item]) => `${next}${JSON.stringify(key)}: ${compactJson(item, width, next)}`,
      );
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return `${open}\n${members.join(",\n")}\n${indent}${close}`;
}
