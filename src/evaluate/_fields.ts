import type { EvidenceField } from "../format/schema.js";
import { parseIsoDate } from "./_dates.js";

/** What is wrong with an evidence value, in words that never repeat the value. */
export interface FieldProblem {
  readonly code: string;
  readonly message: string;
}

function rangeText(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  if (max !== undefined) return ` of at most ${max}`;
  return "";
}

function checkNumber(
  value: unknown,
  noun: string,
  integer: boolean,
  min: number | undefined,
  max: number | undefined,
): FieldProblem | undefined {
  const expected = `must be ${noun}${rangeText(min, max)}`;
  if (typeof value !== "number" || !Number.isFinite(value))
    return { code: "invalid-type", message: expected };
  if (integer && !Number.isInteger(value)) return { code: "not-integer", message: expected };
  if ((min !== undefined && value < min) || (max !== undefined && value > max))
    return { code: "out-of-range", message: expected };
  return undefined;
}

/**
 * Checks one present (non-null) evidence value against its declaration: type, range, enum
 * values, calendar dates. Returns the problem, or undefined when the value is valid.
 */
export function checkFieldValue(field: EvidenceField, value: unknown): FieldProblem | undefined {
  switch (field.type) {
    case "percent":
      return checkNumber(value, "a percentage", false, 0, 100);
    case "number":
      return checkNumber(value, "a number", false, field.min, field.max);
    case "integer":
      return checkNumber(value, "a whole number", true, field.min, field.max);
    case "count":
      return checkNumber(
        value,
        "a count (a whole number)",
        true,
        Math.max(0, field.min ?? 0),
        field.max,
      );
    case "boolean":
      return typeof value === "boolean"
        ? undefined
        : { code: "invalid-type", message: "must be true or false" };
    case "enum": {
      if (typeof value === "string" && field.values.includes(value)) return undefined;
      const shown = field.values.slice(0, 20).map((v) => JSON.stringify(v));
      const more = field.values.length > 20 ? ", …" : "";
      return {
        code: typeof value === "string" ? "invalid-value" : "invalid-type",
        message: `must be one of ${shown.join(", ")}${more}`,
      };
    }
    case "date":
      if (typeof value !== "string")
        return { code: "invalid-type", message: "must be an ISO date (YYYY-MM-DD)" };
      return parseIsoDate(value) === undefined
        ? { code: "invalid-date", message: "must be a real calendar date written YYYY-MM-DD" }
        : undefined;
    case "string":
      return typeof value === "string"
        ? undefined
        : { code: "invalid-type", message: "must be a string" };
  }
}
