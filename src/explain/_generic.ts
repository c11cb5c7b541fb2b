import type { Outcome } from "../format/schema.js";
import type { FieldInfo } from "./_field.js";
import { readPath } from "./_format.js";

const HEADINGS: Readonly<Record<Outcome, string>> = {
  exceptional: "Exceptional",
  good: "Good",
  "some-shortfalls": "Some shortfalls",
  "significant-shortfalls": "Significant shortfalls",
  "not-applicable": "Not applicable",
  "not-evidenced": "Not evidenced",
};

/** Which optional levels a benchmark has. */
export interface LevelsPresent {
  readonly exceptional: boolean;
  readonly someShortfalls: boolean;
}

function finding(outcome: Outcome, levels: LevelsPresent): string {
  switch (outcome) {
    case "exceptional":
      return "the exceptional level's condition is met";
    case "good":
      return levels.exceptional
        ? "the good level's condition is met but the exceptional level's is not"
        : "the good level's condition is met";
    case "some-shortfalls":
      return "the good level's condition is not met";
    case "significant-shortfalls":
      return levels.someShortfalls
        ? "neither the good nor the some-shortfalls level's condition is met"
        : "the good level's condition is not met";
    case "not-applicable":
      return "its applicability condition is not met for this organisation";
    case "not-evidenced":
      return "some of the evidence it needs was not provided";
    default:
      return "no explanation is available for this outcome";
  }
}

/**
 * The faithful sentence used when a condition cannot be put into plain words:
 * "Some shortfalls: the good level's condition is not met (values: line managers with targets: 81%)."
 */
export function genericSentence(
  outcome: Outcome,
  levels: LevelsPresent,
  fields: readonly FieldInfo[] = [],
  data?: unknown,
): string {
  const heading = HEADINGS[outcome] ?? "Outcome";
  const values = fields
    .filter((f) => f.type !== "organisation")
    .map((f) => `${f.label}: ${f.format(readPath(data, f.segments))}`);
  const shown = values.length === 0 ? "" : ` (values: ${values.join("; ")})`;
  return `${heading}: ${finding(outcome, levels)}${shown}.`;
}
