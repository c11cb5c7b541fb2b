import { h } from "./dom.js";
import type { BenchmarkTrace, TraceNode } from "./lib.js";

/** Operators written between their arguments when every argument is a value or a field. */
const INFIX: Readonly<Record<string, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "==": "=",
  "===": "=",
  "!=": "≠",
  "!==": "≠",
  in: "is in",
  "+": "+",
  "-": "−",
  "*": "×",
  "/": "÷",
  "%": "mod",
};

const OPERATION_WORDS: Readonly<Record<string, string>> = {
  and: "all of these are true (and)",
  or: "any of these is true (or)",
  "!": "not (!)",
  "!!": "is true (!!)",
  if: "if … then … else (if)",
  "?:": "if … then … else (?:)",
  in: "is in (in)",
  "+": "sum (+)",
  "-": "difference (−)",
  "*": "product (×)",
  "/": "quotient (÷)",
  min: "smallest of (min)",
  max: "largest of (max)",
};

function show(value: unknown): string {
  if (value === undefined) return "missing";
  if (typeof value === "string") return `"${value}"`;
  return JSON.stringify(value) ?? String(value);
}

/** JsonLogic's truthiness: an empty array is false. */
function truthy(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isLeaf(node: TraceNode): boolean {
  return node.op === undefined
    ? node.items === undefined
    : node.op === "var" && node.args === undefined;
}

/** A leaf as text: `managers.withRoleTargetsPct (81)`, `95`, or the literal as written when skipped. */
function leafText(node: TraceNode): string {
  if (node.op === "var") {
    const path = typeof node.var === "string" ? node.var : show(node.var);
    return node.skipped
      ? `${path} (not read)`
      : `${path} (${node.result === null ? "missing" : show(node.result)})`;
  }
  return node.skipped ? show(node.literal) : show(node.result);
}

function resultBadge(node: TraceNode): HTMLElement {
  if (node.skipped) return h("span", { class: "result result-skipped" }, "not evaluated");
  const r = node.result;
  const kind = r === true ? "result-true" : r === false ? "result-false" : "result-value";
  return h("span", { class: `result ${kind}` }, `→ ${show(r)}`);
}

function nodeItem(node: TraceNode): HTMLLIElement {
  const args = node.args ?? node.items ?? [];
  if (isLeaf(node)) {
    if (node.skipped) return h("li", {}, h("code", {}, leafText(node)), " ", resultBadge(node));
    const path = typeof node.var === "string" ? node.var : show(node.var);
    const text =
      node.op === "var"
        ? `${path} = ${node.result == null ? "missing" : show(node.result)}`
        : show(node.result);
    return h("li", {}, h("code", {}, text));
  }
  const symbol = node.op === undefined ? undefined : INFIX[node.op];
  if (symbol && args.length >= 2 && args.every(isLeaf)) {
    const text = args.map(leafText).join(` ${symbol} `);
    return h("li", {}, h("code", {}, text), " ", resultBadge(node));
  }
  const name = node.op === undefined ? "list" : (OPERATION_WORDS[node.op] ?? node.op);
  const children = [...args, ...(node.elements ?? [])];
  return h(
    "li",
    {},
    h("span", { class: "op" }, name),
    " ",
    resultBadge(node),
    children.length > 0 ? h("ul", {}, ...children.map(nodeItem)) : null,
  );
}

const LEVELS = ["exceptional", "good", "some-shortfalls"] as const;

/**
 * A benchmark's trace as an indented tree: whether it applies, then each level tried with every
 * comparison and the evidence it read; levels never tried are not shown.
 */
export function traceTree(trace: BenchmarkTrace): HTMLElement {
  const items: HTMLLIElement[] = [];
  if (trace.appliesTo) {
    const applies = truthy(trace.appliesTo.result) ? "applies" : "does not apply";
    items.push(
      h(
        "li",
        {},
        h("strong", {}, `Applies to this organisation: ${applies}`),
        h("ul", {}, nodeItem(trace.appliesTo)),
      ),
    );
  }
  for (const level of LEVELS) {
    const node = trace.levels[level];
    if (!node) continue;
    const met = truthy(node.result) ? "met" : "not met";
    items.push(
      h(
        "li",
        {},
        h("strong", {}, `Level “${level.replace("-", " ")}”: ${met}`),
        h("ul", {}, nodeItem(node)),
      ),
    );
  }
  if (items.length === 0)
    items.push(
      h("li", {}, "No level was tried (the benchmark does not apply, or evidence is missing)."),
    );
  return h("ul", { class: "trace" }, ...items);
}
