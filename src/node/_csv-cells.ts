import { parseIsoDate } from "../evaluate/_dates.js";
import type { EvidenceField } from "../format/index.js";

/** A CSV cell read as a typed value, or the reason it could not be (never quoting the cell). */
export type CellResult = { readonly value: unknown } | { readonly problem: string };

const DECIMAL = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
const WHOLE = /^[-+]?\d+$/;
const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  "1": true,
  false: false,
  no: false,
  "0": false,
};

/** True when `text` is a real calendar date written `YYYY-MM-DD`, exactly as the evaluator accepts dates. */
export function isIsoDate(text: string): boolean {
  return parseIsoDate(text) !== undefined;
}

/**
 * Reads one non-empty, trimmed CSV cell as the type its evidence declaration gives: percent and
 * number as numbers (a percent may end in `%`), integer and count as whole numbers, boolean as
 * true/false/yes/no/1/0 in any case, dates as ISO strings, enum and string (and undeclared
 * columns) as text. Ranges and enum values are checked later, by the evaluator.
 */
export function readCell(field: EvidenceField | undefined, text: string): CellResult {
  switch (field?.type) {
    case "percent": {
      const digits = text.endsWith("%") ? text.slice(0, -1).trimEnd() : text;
      return DECIMAL.test(digits)
        ? { value: Number(digits) }
        : { problem: "is not a percentage (expected a number from 0 to 100)" };
    }
    case "number":
      return DECIMAL.test(text) ? { value: Number(text) } : { problem: "is not a number" };
    case "integer":
    case "count":
      return WHOLE.test(text) ? { value: Number(text) } : { problem: "is not a whole number" };
    case "boolean": {
      const value = BOOLEANS[text.toLowerCase()];
      return value === undefined
        ? { problem: "is not a yes/no value (expected true, false, yes, no, 1 or 0)" }
        : { value };
    }
    case "date":
      return isIsoDate(text) ? { value: text } : { problem: "is not a date (expected YYYY-MM-DD)" };
    default:
      return { value: text };
  }
}

/** The spreadsheet letter of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
