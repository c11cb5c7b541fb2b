import type { FieldLookup } from "./_expression.js";
import { readPath } from "./_format.js";
import { capitalise, joinList, labelFromPath } from "./_words.js";

/** Fills a template for one organisation; `missing` lists the missing evidence paths. */
export type FilledTemplate = (data: unknown, missing: readonly string[]) => string;

type Part = string | FilledTemplate;

const PLACEHOLDER = /\{(?:(label):)?([A-Za-z_$][A-Za-z0-9_$-]*(?:\.[A-Za-z_$][A-Za-z0-9_$-]*)*)\}/g;

/**
 * Compiles an `explanations` template once. `{path}` becomes the formatted value of a declared
 * evidence path (or `organisation.type`), `{label:path}` its label, and `{missing}` the labels of
 * the missing evidence (unless `missing` is itself a declared path). Anything else in braces is
 * left as written. The first letter of the result is capitalised.
 */
export function compileTemplate(template: string, lookup: FieldLookup): FilledTemplate {
  const parts: Part[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    const [whole, labelOnly, path = ""] = match;
    const field = lookup(path);
    let part: Part | undefined;
    if (field !== undefined)
      part =
        labelOnly === undefined
          ? (data) => field.format(readPath(data, field.segments))
          : field.label;
    else if (path === "missing" && labelOnly === undefined)
      part = (_data, missing) =>
        joinList(missing.map((p) => lookup(p)?.label ?? labelFromPath(p))) || "none";
    if (part === undefined) continue;
    parts.push(template.slice(last, match.index), part);
    last = match.index + whole.length;
  }
  parts.push(template.slice(last));
  const fixed = parts.filter((p) => p !== "");
  if (fixed.every((p) => typeof p === "string")) {
    const text = capitalise(fixed.join(""));
    return () => text;
  }
  return (data, missing) =>
    capitalise(fixed.map((p) => (typeof p === "string" ? p : p(data, missing))).join(""));
}
