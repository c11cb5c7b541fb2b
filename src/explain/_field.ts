import type { EvidenceField, EvidenceType } from "../format/schema.js";
import { booleanPhrasing } from "./_boolean-field.js";
import { formatDate, formatEnumValue, formatLoose, isMissing, NOT_PROVIDED } from "./_format.js";
import { numericPhrasing } from "./_numeric-field.js";
import { labelFromPath, withArticle, withThe } from "./_words.js";

/** How a field reads in sentences; numeric kinds differ in how they name their value. */
export type FieldKind =
  | "population" // percent: "81% of line managers have targets"
  | "share" // percent: "the share of staff appraised is 77%"
  | "measure" // "the staff engagement score is 7.1"
  | "since" // "the last talent review was 14 months ago"
  | "count" // "the number of reports to the board is 1 a year"
  | "amount" // "training per manager is 12 hours a year"
  | "boolean"
  | "enum"
  | "string"
  | "date"
  | "organisation";

/** A comparison written out: "at least 95%", "on or after 1 April 2023". */
export type Comparison = ">=" | ">" | "<=" | "<" | "==" | "!=" | "between" | "strictly-between";

/** Everything the sentences need to know about one evidence field, worked out once. */
export interface FieldInfo {
  readonly path: string;
  readonly segments: readonly string[];
  /** The declared type; `organisation` for `organisation.type`. */
  readonly type: EvidenceType | "organisation";
  readonly kind: FieldKind;
  readonly numeric: boolean;
  readonly label: string;
  /** The value with its unit: "81%", "3 reports a year", "1 November 2024", "yes". */
  readonly format: (value: unknown) => string;
  /** The value for brackets and reference points: like `format` but drops "points out of 10". */
  readonly brief: (value: unknown) => string;
  /** A difference in this field's unit: "0.2 points", "5 percentage points". */
  readonly delta: (value: number) => string;
  /** A clause stating the value: "81% of line managers have role-relevant targets". */
  readonly observe: (value: unknown) => string;
  /** The quantity as a noun phrase, for "… to be at least 95%": "the share of staff appraised". */
  readonly subject: string;
  /** A nicer requirement for a literal threshold, when the kind has one. */
  readonly literalNeed?: (op: Comparison, values: readonly number[]) => string | undefined;
  /** Requirement on a boolean field: "a Freedom to Speak Up guardian in post". */
  readonly needBoolean?: (value: boolean) => string;
}

const ORGANISATION_TYPE: EvidenceField = { type: "string", label: "organisation type" };

/** Builds the sentence pieces of one field; `organisation.type` is allowed undeclared. */
export function describeField(path: string, declared: EvidenceField | undefined): FieldInfo {
  const field = declared ?? (path === "organisation.type" ? ORGANISATION_TYPE : undefined);
  const label = field?.label ?? labelFromPath(path);
  const type = field?.type ?? "string";
  const base = { path, segments: path.split("."), label, type };
  if (path === "organisation.type")
    return { ...base, type: "organisation", ...textPhrasing(label, "organisation") };
  switch (type) {
    case "percent":
    case "number":
    case "integer":
    case "count":
      return { ...base, ...numericPhrasing(label, type, field?.unit) };
    case "boolean":
      return { ...base, ...booleanPhrasing(label) };
    case "date":
      return { ...base, ...datePhrasing(label) };
    case "enum":
      return { ...base, ...textPhrasing(label, "enum") };
    default:
      return { ...base, ...textPhrasing(label, "string") };
  }
}

type Phrasing = Omit<FieldInfo, "path" | "segments" | "label" | "type">;

function missingClause(label: string, what: string): string {
  return `no ${what} was provided for ${label}`;
}

function textPhrasing(label: string, kind: "enum" | "string" | "organisation"): Phrasing {
  const format = (value: unknown): string => {
    if (isMissing(value)) return NOT_PROVIDED;
    if (typeof value !== "string") return formatLoose(value);
    return kind === "string" ? `‘${value}’` : formatEnumValue(value);
  };
  return {
    kind,
    numeric: false,
    format,
    brief: format,
    delta: (value) => formatLoose(value),
    observe: (value) =>
      isMissing(value) ? missingClause(label, "answer") : `${withThe(label)} is ${format(value)}`,
    subject: withArticle(label),
  };
}

function datePhrasing(label: string): Phrasing {
  const format = (value: unknown): string =>
    isMissing(value)
      ? NOT_PROVIDED
      : typeof value === "string"
        ? formatDate(value)
        : formatLoose(value);
  const isDateLabel = /\bdate\b/i.test(label);
  return {
    kind: "date",
    numeric: false,
    format,
    brief: format,
    delta: (value) => formatLoose(value),
    observe: (value) => {
      if (isMissing(value)) return missingClause(label, "date");
      return `${withThe(label)} ${isDateLabel ? "is" : "was on"} ${format(value)}`;
    },
    subject: withArticle(label),
  };
}
