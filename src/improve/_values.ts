import { parseIsoDate } from "../evaluate/_dates.js";
import type { EvidenceField } from "../format/schema.js";
import { clean, isNumeric, isValidValue, isWhole, neutralValue, unitOf } from "./_fields.js";

/** The ISO date `days` days after `date` (before, when negative). */
function addDays(date: string, days: number): string | undefined {
  const n = parseIsoDate(date);
  if (n === undefined) return undefined;
  return new Date((n + days) * 86_400_000).toISOString().slice(0, 10);
}

function numericValues(field: EvidenceField, op: string, t: number, current: unknown): number[] {
  const whole = isWhole(field);
  const c = clean(t);
  switch (op) {
    case ">=":
      return [whole ? Math.ceil(c) : c];
    case ">":
      return [whole ? Math.floor(c) + 1 : clean((Math.floor(clean(t * 10)) + 1) / 10)];
    case "<=":
      return [whole ? Math.floor(c) : c];
    case "<":
      return [whole ? Math.ceil(c) - 1 : clean((Math.ceil(clean(t * 10)) - 1) / 10)];
    case "==":
    case "===":
      return [c];
    default: {
      const unit = unitOf(field);
      if (typeof current === "number" && current !== t) return [current];
      if (current === undefined || current === null) {
        const neutral = neutralValue(field, "1970-01-01");
        if (neutral !== t && typeof neutral === "number") return [neutral];
      }
      return [clean(t + unit), clean(t - unit)];
    }
  }
}

/**
 * The values of a field that make `field op t` hold, closest to the threshold first: for numbers
 * the threshold itself (rounded up to a whole number for integer fields) or, for a strict
 * comparison, the next value on the field's grid (tenths, or whole numbers); never a value
 * outside the field's declared range or type, nor a date after `asOf`.
 */
export function valuesFor(
  field: EvidenceField,
  op: string,
  t: unknown,
  current: unknown,
  asOf: string,
): unknown[] {
  let out: unknown[] = [];
  if (isNumeric(field)) {
    if (typeof t === "number" && Number.isFinite(t)) out = numericValues(field, op, t, current);
  } else if (field.type === "boolean") {
    const eq = op === "==" || op === "===";
    const ne = op === "!=" || op === "!==";
    if (typeof t === "boolean" && (eq || ne)) out = [eq ? t : !t];
    else if (eq || ne) out = [true, false];
  } else if (field.type === "enum" || field.type === "string") {
    if (op === "==" || op === "===") out = [t];
    else if ((op === "!=" || op === "!==") && field.type === "enum")
      out = field.values.filter((v) => v !== t);
  } else if (field.type === "date" && typeof t === "string") {
    const shift: Readonly<Record<string, number>> = {
      ">=": 0,
      ">": 1,
      "<=": 0,
      "<": -1,
      "==": 0,
      "===": 0,
    };
    const days = shift[op];
    if (days !== undefined) out = [addDays(t, days)];
  }
  return out.filter((v) => isValidValue(field, v, asOf));
}

function constantsIn(node: unknown, into: Set<unknown>): void {
  if (Array.isArray(node)) for (const item of node) constantsIn(item, into);
  else if (node !== null && typeof node === "object")
    for (const v of Object.values(node)) constantsIn(v, into);
  else if (typeof node === "number" || typeof node === "string" || typeof node === "boolean")
    into.add(node);
}

/**
 * Values worth trying for a field in a condition no rule solves directly: the condition's own
 * constants and one unit either side, the range ends and a few points between, the neutral value.
 */
export function probeValues(
  field: EvidenceField,
  node: unknown,
  current: unknown,
  asOf: string,
): unknown[] {
  const constants = new Set<unknown>();
  constantsIn(node, constants);
  const out = new Set<unknown>([neutralValue(field, asOf)]);
  if (isNumeric(field)) {
    const unit = unitOf(field);
    for (const c of constants)
      if (typeof c === "number") for (const d of [-unit, 0, unit]) out.add(clean(c + d));
    const min =
      field.type === "percent"
        ? 0
        : field.type === "count"
          ? Math.max(0, field.min ?? 0)
          : field.min;
    const max = field.type === "percent" ? 100 : field.max;
    for (const end of [min, max]) if (end !== undefined) out.add(end);
    if (min !== undefined && max !== undefined)
      for (let i = 1; i < 10; i++)
        out.add(
          isWhole(field)
            ? Math.round(min + ((max - min) * i) / 10)
            : clean(min + ((max - min) * i) / 10),
        );
    if (typeof current === "number") for (const d of [-unit, unit]) out.add(clean(current + d));
  } else if (field.type === "boolean") {
    out.add(true).add(false);
  } else if (field.type === "enum") {
    for (const v of field.values) out.add(v);
  } else {
    for (const c of constants) if (typeof c === "string") out.add(c);
    if (field.type === "date")
      for (const c of constants)
        if (typeof c === "string") for (const d of [-1, 1]) out.add(addDays(c, d));
  }
  out.delete(current);
  return [...out].filter((v) => isValidValue(field, v, asOf));
}
