import { nameFields, referenceName } from "./_expression.js";
import type { FieldInfo } from "./_field.js";
import { isMissing, readPath } from "./_format.js";
import { missingClause } from "./_missing.js";
import { fieldRoles, type Requirement } from "./_req.js";
import { joinList, joinParts, withArticle, withoutArticle } from "./_words.js";

/** Which fields a sentence states, and which it names only as reference points ("against …"). */
export interface Observation {
  readonly subjects: readonly FieldInfo[];
  /** Subjects in order, with runs of similar scores named together ("the scores for a and b"). */
  readonly groups: readonly { readonly fields: readonly FieldInfo[]; readonly name?: string }[];
  readonly references: readonly { readonly field: FieldInfo; readonly name: string }[];
}

/**
 * Plans the statement of values for the levels a sentence talks about. `order` fixes the order of
 * fields (the order the benchmark's levels read them); `extra` adds fields of levels that could not
 * be put into words.
 */
export function planObservation(
  requirements: readonly Requirement[],
  order: readonly FieldInfo[],
  extra: readonly FieldInfo[] = [],
): Observation {
  const roles = fieldRoles(requirements);
  const subjects = new Set<FieldInfo>([...roles.subjects, ...extra]);
  const references: { field: FieldInfo; name: string }[] = [];
  for (const { field, against } of roles.references) {
    if (subjects.has(field) || references.some((r) => r.field === field)) continue;
    const name = referenceName(field, against);
    if (name === undefined) subjects.add(field);
    else references.push({ field, name });
  }
  const rank = (f: FieldInfo) => {
    const i = order.indexOf(f);
    return i < 0 ? order.length : i;
  };
  if (subjects.size === 0) for (const r of references.splice(0)) subjects.add(r.field);
  const sorted = [...subjects]
    .filter((f) => f.type !== "organisation")
    .sort((a, b) => rank(a) - rank(b));
  return { subjects: sorted, groups: groupSimilar(sorted), references };
}

function groupSimilar(fields: readonly FieldInfo[]): Observation["groups"] {
  const groups: { fields: FieldInfo[]; name?: string }[] = [];
  for (let i = 0; i < fields.length; i++) {
    let j = i;
    while (j < fields.length && fields[j]!.kind === "measure") j++;
    const run = fields.slice(i, j);
    const named = run.length > 1 ? nameFields(run) : undefined;
    if (named?.factored === true) {
      groups.push({ fields: run, name: named.text });
      i = j - 1;
    } else groups.push({ fields: [fields[i]!] });
  }
  return groups;
}

/** States the observed values: "81% of line managers have targets, against a median of 70%". */
export function observe(plan: Observation, data: unknown): string {
  const clauses: string[] = [];
  const missing: FieldInfo[] = [];
  for (const { fields, name } of plan.groups) {
    const values = fields.map((f) => readPath(data, f.segments));
    if (name !== undefined && values.every((v) => typeof v === "number")) {
      const last = fields.length - 1;
      const shown = fields.map((f, k) => (k === last ? f.format(values[k]) : f.brief(values[k])));
      clauses.push(`${name} are ${joinList(shown)}`);
      continue;
    }
    for (let k = 0; k < fields.length; k++) {
      if (isMissing(values[k])) missing.push(fields[k]!);
      else clauses.push(fields[k]!.observe(values[k]));
    }
  }
  const against: string[] = [];
  for (const { field, name } of plan.references) {
    const value = readPath(data, field.segments);
    if (isMissing(value)) missing.push(field);
    else against.push(`${withArticle(withoutArticle(name))} of ${field.brief(value)}`);
  }
  if (missing.length > 0)
    clauses.push(
      missingClause(
        missing,
        missing.map((f) => f.label),
      ),
    );
  const text = joinParts(clauses);
  return against.length === 0 ? text : `${text}, against ${joinList(against)}`;
}
