import { truthy } from "../logic/truthy.js";
import { type CompareStyle, compareText } from "./_compare-words.js";
import { nameFields } from "./_expression.js";
import type { Comparison, FieldInfo } from "./_field.js";
import { formatDate } from "./_format.js";
import type { Requirement, Side } from "./_req.js";
import { joinList, joinParts } from "./_words.js";

/** How a requirement is written: after "good needs" (`needs`) or after "organisations with" (`with`). */
export interface RenderOptions {
  readonly data: unknown;
  /** Only the threshold ("at least 95%"), because the sentence already named the one field. */
  readonly short: boolean;
  readonly mode: "needs" | "with";
  /** The name the sentence already gave a group of fields, so it can say "their average". */
  readonly collective?: string | undefined;
}

const AGGREGATES: readonly [string, string][] = [
  ["the average of ", "their average"],
  ["the total of ", "their total"],
  ["the lowest of ", "the lowest of them"],
  ["the highest of ", "the highest of them"],
];

/** "the average of the scores for a and b" → "their average", when the sentence just named them. */
function refer(phrase: string, collective: string | undefined): string {
  if (collective === undefined) return phrase;
  for (const [prefix, pronoun] of AGGREGATES)
    if (phrase === `${prefix}${collective}`) return pronoun;
  return phrase;
}

/** Decides the parts that depend only on the organisation (type, `if` branches). */
function settle(r: Requirement, data: unknown): Requirement | boolean {
  switch (r.t) {
    case "constant":
      return r.value;
    case "decided":
      return truthy(r.run(data)) !== r.negate;
    case "if": {
      const index = r.conditions.findIndex((run) => truthy(run(data)));
      const branch = r.branches[index < 0 ? r.branches.length - 1 : index];
      return branch === undefined ? false : settle(branch, data);
    }
    case "and":
    case "or": {
      const decisive = r.t === "or";
      const items: Requirement[] = [];
      for (const item of r.items) {
        const settled = settle(item, data);
        if (settled === decisive) return decisive;
        if (typeof settled !== "boolean") items.push(settled);
      }
      if (items.length === 0) return !decisive;
      return items.length === 1 ? items[0]! : { t: r.t, items };
    }
    default:
      return r;
  }
}

/**
 * Writes a requirement for this organisation: "at least 95% of line managers with targets and a
 * Freedom to Speak Up guardian in post". Null when it cannot be written faithfully (for instance
 * when the organisation's type alone decides it), so the caller falls back to a generic sentence.
 */
export function renderRequirement(r: Requirement, options: RenderOptions): string | null {
  const settled = settle(r, options.data);
  return typeof settled === "boolean" ? null : render(settled, options);
}

function style(field: FieldInfo): CompareStyle {
  return field.type === "date" ? "date" : field.kind === "count" ? "count" : "number";
}

function sideText(side: Side, field: FieldInfo, data: unknown): string | null {
  if (side.t === "literal") return field.format(side.value);
  const value = side.run(data);
  const shown =
    typeof value === "number" && Number.isFinite(value)
      ? field.brief(value)
      : field.type === "date" && typeof value === "string"
        ? formatDate(value)
        : null;
  if (side.phrase === null) return shown;
  return shown === null ? side.phrase : `${side.phrase} (${shown})`;
}

function render(r: Requirement, o: RenderOptions): string | null {
  switch (r.t) {
    case "and":
    case "or": {
      const parts: string[] = [];
      for (const item of r.items) {
        const text = render(item, o);
        if (text === null) return null;
        const nested = item.t === "and" || item.t === "or";
        parts.push(nested ? `${item.t === "or" ? "either" : "both"} ${text}` : text);
      }
      const grouped = r.t === "and" ? groupEach(r.items, parts, o) : parts;
      return joinParts([...new Set(grouped)], r.t);
    }
    case "compare":
      return renderCompare(r.field, r.op, r.sides, o);
    case "compare-expression": {
      const unit = r.subject.fields[0];
      const values = r.sides.map((s) => (unit === undefined ? null : sideText(s, unit, o.data)));
      if (r.subject.phrase === null || unit === undefined || values.includes(null)) return null;
      const now = r.subject.run(o.data);
      const currently =
        typeof now === "number" && Number.isFinite(now) ? ` (currently ${unit.brief(now)})` : "";
      const cmp = compareText(r.op, values as string[], style(unit));
      return `${refer(r.subject.phrase, o.collective)}${o.mode === "needs" ? " to be" : ""} ${cmp}${currently}`;
    }
    case "boolean":
      return r.field.needBoolean?.(r.value) ?? null;
    case "member": {
      const list = joinList(
        r.values.map((v) => r.field.format(v)),
        "or",
      );
      if (r.field.numeric)
        return `${r.field.subject}${o.mode === "needs" ? " to be" : ""} ${r.negate ? "other than " : ""}${list}`;
      return `${r.field.subject} ${r.negate ? "other than" : "of"} ${list}`;
    }
    case "contains":
      return `${r.field.subject} ${r.negate ? "not containing" : "containing"} ‘${r.text}’`;
    case "present":
      return `${r.negate ? "no" : "a"} value for ${r.field.label}`;
    default:
      return null;
  }
}

function renderCompare(
  field: FieldInfo,
  op: Comparison,
  sides: readonly Side[],
  o: RenderOptions,
): string | null {
  const texts = sides.map((s) => sideText(s, field, o.data));
  if (texts.includes(null)) return null;
  const values = texts as string[];
  const literals = sides.every((s) => s.t === "literal" && typeof s.value === "number")
    ? sides.map((s) => (s.t === "literal" ? Number(s.value) : 0))
    : undefined;
  if (o.short) {
    if (field.kind === "count" && literals?.[0] === 0 && (op === "==" || op === "<="))
      return "none";
    if (field.kind === "count" && literals?.[0] === 0 && op === ">")
      return `at least ${field.format(1)}`;
    if (op === "!=") return `anything other than ${values[0]}`;
    return compareText(op, values, style(field));
  }
  const nicer = literals === undefined ? undefined : field.literalNeed?.(op, literals);
  if (nicer !== undefined) return nicer;
  if (field.type === "date") return `${field.subject} ${compareText(op, values, "date")}`;
  return `${field.subject}${o.mode === "needs" ? " to be" : ""} ${compareText(op, values, style(field))}`;
}

/**
 * Several fields held to the same literal threshold read as one requirement: "the management
 * practice scores for operations and monitoring each to be at least 2".
 */
function groupEach(items: readonly Requirement[], parts: string[], o: RenderOptions): string[] {
  if (o.short) return parts;
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    const first = items[i]!;
    const group: FieldInfo[] = [];
    let j = i;
    while (j < items.length) {
      const r = items[j]!;
      if (!sameThreshold(first, r)) break;
      group.push((r as { field: FieldInfo }).field);
      j++;
    }
    if (group.length < 2 || first.t !== "compare") {
      out.push(parts[i]!);
      continue;
    }
    const values = first.sides.map((s) => sideText(s, group[0]!, o.data) ?? "");
    const cmp = compareText(first.op, values, style(group[0]!));
    const name = nameFields(group).text;
    const each = name === o.collective ? "each of them" : `${name} each`;
    out.push(`${each}${o.mode === "needs" ? " to be" : ""} ${cmp}`);
    i = j - 1;
  }
  return out;
}

function sameThreshold(a: Requirement, b: Requirement): boolean {
  if (a.t !== "compare" || b.t !== "compare" || a.op !== b.op) return false;
  if (a.field.literalNeed !== undefined || b.field.literalNeed !== undefined) return false;
  if (a.field.kind !== b.field.kind || a.field.format(1) !== b.field.format(1)) return false;
  const [x] = a.sides;
  const [y] = b.sides;
  return (
    a.sides.length === 1 &&
    b.sides.length === 1 &&
    x?.t === "literal" &&
    y?.t === "literal" &&
    x.value === y.value
  );
}
