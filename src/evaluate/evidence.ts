import { EvidenceError, type Issue } from "../errors.js";
import { inspectJson } from "../format/_inspect-json.js";
import { formatPath } from "../format/_path.js";
import { LIMITS } from "../format/limits.js";
import { parseIsoDate } from "./_dates.js";
import { type Declarations, setPath } from "./_declarations.js";
import {
  checkOrganisation,
  checkProvenance,
  type Findings,
  isObject,
  type Organisation,
  resolveAsOf,
} from "./_document.js";
import { checkFieldValue } from "./_fields.js";
import type { EvaluationData } from "./data.js";
import type { EvidenceProvenance } from "./judgement.js";

/** An evidence document that fits the rule set, ready to evaluate. */
export interface CheckedEvidence {
  readonly organisation: Organisation;
  readonly asOf: string;
  /** What conditions read: declared fields nested by dot path, and `organisation.type`. */
  readonly data: EvaluationData;
  /** Declared fields that are present (not absent, not null), in declaration order. */
  readonly present: ReadonlyMap<string, unknown>;
  /** Present fields whose provenance is older than their `maxAgeDays` at `asOf`. */
  readonly stale: ReadonlySet<string>;
  readonly warnings: readonly Issue[];
}

function evidencePath(path: string): string {
  return formatPath(["evidence", ...path.split(".")]);
}

/** Walks `evidence` without recursion: checks declared fields, warns of unknown ones. */
function checkValues(
  evidence: unknown,
  decl: Declarations,
  findings: Findings,
): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!isObject(evidence)) {
    const code = evidence === undefined ? "missing-field" : "invalid-type";
    findings.errors.push({
      path: "evidence",
      code,
      message: "must be an object of evidence values nested by dot path",
    });
    return found;
  }
  type Entry = { key: string; value: unknown; prefix: string; at: readonly string[] };
  const stack: Entry[] = [];
  const pushEntries = (node: Record<string, unknown>, prefix: string, at: readonly string[]) => {
    const keys = Object.keys(node);
    for (let i = keys.length - 1; i >= 0; i--)
      stack.push({ key: keys[i]!, value: node[keys[i]!], prefix, at });
  };
  pushEntries(evidence, "", ["evidence"]);
  while (stack.length > 0) {
    const { key, value, prefix, at } = stack.pop()!;
    const path = prefix === "" ? key : `${prefix}.${key}`;
    const where = formatPath([...at, key]);
    const field = key.includes(".") ? undefined : decl.fields.get(path);
    const under = key.includes(".") ? undefined : decl.parents.get(path);
    if (field === undefined && under === undefined) {
      const nested = decl.fields.has(path) || decl.parents.has(path);
      const hint = nested ? `; write dotted fields nested (${evidencePath(path)})` : "";
      findings.warnings.push({
        path: where,
        code: "unknown-evidence",
        message: `not declared by ${decl.name}, so it is ignored${hint}`,
      });
    } else if (value === null) {
      // null means missing
    } else if (field !== undefined) {
      const problem = checkFieldValue(field, value);
      if (problem === undefined) found.set(path, value);
      else findings.errors.push({ path: where, ...problem });
    } else if (isObject(value)) {
      pushEntries(value, path, [...at, key]);
    } else {
      const names = under!.slice(0, 5).join(", ");
      findings.errors.push({
        path: where,
        code: "shape-conflict",
        message: `must be an object: ${decl.name} declares ${names}${under!.length > 5 ? ", …" : ""} inside it`,
      });
    }
  }
  return found;
}

function findStale(
  provenance: ReadonlyMap<string, EvidenceProvenance>,
  present: ReadonlyMap<string, unknown>,
  asOf: string,
  decl: Declarations,
  warnings: Issue[],
): Set<string> {
  const stale = new Set<string>();
  const today = parseIsoDate(asOf)!;
  for (const [path, entry] of provenance) {
    const maxAgeDays = decl.fields.get(path)?.maxAgeDays;
    if (!present.has(path)) continue;
    const age = today - parseIsoDate(entry.collected)!;
    if (age < 0)
      warnings.push({
        path: formatPath(["provenance", path, "collected"]),
        code: "provenance-after-as-of",
        message: "the value was collected after the date of the judgement (asOf)",
      });
    if (maxAgeDays !== undefined && age > maxAgeDays) {
      stale.add(path);
      warnings.push({
        path: evidencePath(path),
        code: "stale-evidence",
        message: `collected more than ${maxAgeDays} days before the date of the judgement; it is still used`,
      });
    }
  }
  return stale;
}

/**
 * Checks an evidence document against a rule set's declarations before anything is evaluated:
 * size and depth limits, document shape, organisation type, each declared field's type and range,
 * shape contradictions, provenance; finds stale evidence and unknown fields (warnings).
 *
 * @throws {EvidenceError} listing every problem, each with its path; messages never contain evidence values
 */
export function checkEvidence(
  decl: Declarations,
  input: unknown,
  asOfOption: string | undefined,
  today: () => string,
): CheckedEvidence {
  if (!isObject(input))
    throw new EvidenceError([
      { path: "$", code: "invalid-type", message: "an evidence document must be a JSON object" },
    ]);
  const shape = inspectJson(input, {
    maxDepth: LIMITS.documentDepth,
    maxSize: LIMITS.evidenceSize,
    maxItemLength: LIMITS.evidenceItemLength,
  });
  if (shape.issues.length > 0) throw new EvidenceError(shape.issues);

  const findings: Findings = { errors: [], warnings: [] };
  const organisation = checkOrganisation(input, decl, findings);
  const asOf = resolveAsOf(input, asOfOption, today, findings);
  const provenance = checkProvenance(input, decl, findings);
  const found = checkValues(input.evidence, decl, findings);
  if (findings.errors.length > 0 || organisation === undefined)
    throw new EvidenceError(findings.errors);

  const present = new Map<string, unknown>();
  // Null prototypes: a declared field named like an Object.prototype member (toString) reads as missing.
  const data: Record<string, unknown> = Object.assign(Object.create(null), {
    organisation: Object.assign(Object.create(null), { type: organisation.type }),
  });
  for (const [path, segments] of decl.segments) {
    if (!found.has(path)) continue;
    present.set(path, found.get(path));
    setPath(data, segments, found.get(path));
  }
  const stale = findStale(provenance, present, asOf, decl, findings.warnings);
  return {
    organisation,
    asOf,
    data: data as EvaluationData,
    present,
    stale,
    warnings: findings.warnings,
  };
}
