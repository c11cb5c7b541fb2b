import { parseIsoDate } from "../evaluate/_dates.js";
import { checkFieldValue } from "../evaluate/_fields.js";
import type { EvidenceField } from "../format/schema.js";

/** A declared field whose values are numbers. */
export type NumericField = Extract<
  EvidenceField,
  { type: "percent" | "number" | "integer" | "count" }
>;

/** True for percent, number, integer and count fields. */
export function isNumeric(field: EvidenceField): field is NumericField {
  return (
    field.type === "percent" ||
    field.type === "number" ||
    field.type === "integer" ||
    field.type === "count"
  );
}

/** True for integer and count fields: their values move in whole units. */
export function isWhole(field: EvidenceField): boolean {
  return field.type === "integer" || field.type === "count";
}

/** The smallest step a plan moves a numeric value by: 1 for integers and counts, 0.1 otherwise. */
export function unitOf(field: EvidenceField): number {
  return isWhole(field) ? 1 : 0.1;
}

/** The declared range of a numeric field (percent 0–100, counts from 0), infinite where open. */
export function boundsOf(field: NumericField): { readonly min: number; readonly max: number } {
  if (field.type === "percent") return { min: 0, max: 100 };
  const min = field.type === "count" ? Math.max(0, field.min ?? 0) : (field.min ?? -Infinity);
  return { min, max: field.max ?? Infinity };
}

/** Rounds away floating-point noise (7.1 + 0.3 → 7.4), keeping 9 decimals. */
export function clean(value: number): number {
  return Number(value.toFixed(9));
}

/** The value `steps` units from `value` on the field's grid (tenths or whole numbers). */
export function stepBy(field: EvidenceField, value: number, steps: number): number {
  return isWhole(field) ? value + steps : clean((Math.round(value * 10) + steps) / 10);
}

/** True when a proposed value fits the field's declaration; a date may not be after `asOf`. */
export function isValidValue(field: EvidenceField, value: unknown, asOf: string): boolean {
  if (value === null || value === undefined) return false;
  if (checkFieldValue(field, value) !== undefined) return false;
  if (field.type === "date") return parseIsoDate(value)! <= parseIsoDate(asOf)!;
  return true;
}

/**
 * The size of a change relative to the field's range, from 0 to 1: a numeric change is its
 * distance over the range (or over the larger of the two values when the range is open);
 * providing missing evidence, a boolean, enum or string change costs 1; a date change, its
 * distance in days over a year.
 */
export function changeCost(field: EvidenceField, from: unknown, to: unknown): number {
  if (from === null || from === undefined) return 1;
  if (from === to) return 0;
  if (isNumeric(field) && typeof from === "number" && typeof to === "number") {
    const { min, max } = boundsOf(field);
    const span = Number.isFinite(max - min) ? max - min : Math.max(Math.abs(from), Math.abs(to), 1);
    return Math.min(1, Math.abs(to - from) / (span > 0 ? span : 1));
  }
  if (field.type === "date") {
    const days = Math.abs((parseIsoDate(to) ?? 0) - (parseIsoDate(from) ?? 0));
    return Math.min(1, days / 365);
  }
  return 1;
}

/**
 * The value shown for missing evidence that a plan must provide but whose value its condition
 * does not constrain (or a missing reference value such as a benchmark-group median): the middle
 * of a bounded numeric range, else its lower end; false; the first enum value; `asOf`; "".
 */
export function neutralValue(field: EvidenceField, asOf: string): unknown {
  if (isNumeric(field)) {
    const { min, max } = boundsOf(field);
    const low = Number.isFinite(min) ? min : 0;
    if (!Number.isFinite(max)) return Math.max(low, 0);
    const mid = (low + max) / 2;
    return isWhole(field) ? Math.floor(mid) : clean(Math.round(mid * 10) / 10);
  }
  switch (field.type) {
    case "boolean":
      return false;
    case "enum":
      return field.values[0];
    case "date":
      return asOf;
    default:
      return "";
  }
}
