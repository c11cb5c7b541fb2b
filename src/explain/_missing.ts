import type { FieldLookup } from "./_expression.js";
import type { FieldInfo } from "./_field.js";
import { joinList, labelFromPath } from "./_words.js";

/**
 * "no figure was provided for A", "no figures were provided for A and B": "figure" for numbers,
 * "date" for dates, "answer" for yes/no and choices, "evidence" for a mixture.
 */
export function missingClause(
  fields: readonly (FieldInfo | undefined)[],
  labels: readonly string[],
): string {
  const one = labels.length === 1;
  let what = "no evidence was";
  if (fields.every((f) => f?.numeric === true)) what = one ? "no figure was" : "no figures were";
  else if (fields.every((f) => f?.type === "date")) what = one ? "no date was" : "no dates were";
  else if (fields.every((f) => f?.type === "boolean" || f?.type === "enum"))
    what = one ? "no answer was" : "no answers were";
  return `${what} provided for ${joinList(labels)}`;
}

/** "Not evidenced: no figure was provided for line managers with role-relevant targets." */
export function notEvidencedSentence(missing: readonly string[], lookup: FieldLookup): string {
  if (missing.length === 0) return "Not evidenced: some of the evidence it needs was not provided.";
  const fields = missing.map((path) => lookup(path));
  const labels = missing.map((path, i) => fields[i]?.label ?? labelFromPath(path));
  return `Not evidenced: ${missingClause(fields, labels)}.`;
}
