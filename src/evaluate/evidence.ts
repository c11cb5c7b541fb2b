import { EvidenceError, type Issue } from "../errors.js";
import { inspectJson } from "../format/_inspect-json.js";
import { formatPath } from "../format/_path.js";
import { LIMITS } from "../format/limits.js";
import { parseIsoDate } from "./_dates.js";
import type { DeclarationNode, Declarations } from "./_declarations.js";
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
  /** Declared fields that are present (not absent, not null), in document order. */
  readonly present: ReadonlyMap<string, unknown>;
  /** Present fields whose provenance is older than their `maxAgeDays` at `asOf`. */
  readonly stale: ReadonlySet<string>;
  readonly warnings: readonly Issue[];
}

function evidencePath(path: string): string {
  return formatPath(["evidence", ...path.split(".")]);
}

/**
 * Checks one object of `evidence` against its node of the declaration tree, recursing only into
 * declared parents (so no deeper than the declarations): warns of unknown keys, and copies each
 * valid present value into `present` (by dot path) and `target` (nested, as conditions read it).
 * The tree is walked by key, so a valid document costs no path strings; paths are formatted
 * only for findings.
 */
function checkObject(
  object: Record<string, unknown>,
  node: DeclarationNode,
  at: readonly string[],
  walk: {
    readonly decl: Declarations;
    readonly findings: Findings;
    readonly present: Map<string, unknown>;
  },
  target: Record<string, unknown>,
): void {
  const { decl, findings, present } = walk;
  for (const key of Object.keys(object)) {
    const value = object[key];
    const child = node.children.get(key);
    if (child === undefined) {
      const path = node.path === "" ? key : `${node.path}.${key}`;
      const nested = decl.fields.has(path) || decl.parents.has(path);
      const hint = nested ? `; write dotted fields nested (${evidencePath(path)})` : "";
      findings.warnings.push({
        path: formatPath([...at, key]),
        code: "unknown-evidence",
        message: `not declared by ${decl.name}, so it is ignored${hint}`,
      });
    } else if (value === null) {
      // null means missing
    } else if (child.field !== undefined) {
      const problem = checkFieldValue(child.field, value);
      if (problem !== undefined)
        findings.errors.push({ path: formatPath([...at, key]), ...problem });
      else {
        present.set(child.path, value);
        target[key] = value;
      }
    } else if (isObject(value)) {
      const inner: Record<string, unknown> = Object.create(null);
      target[key] = inner;
      checkObject(value, child, [...at, key], walk, inner);
    } else {
      const under = decl.parents.get(child.path)!;
      const names = under.slice(0, 5).join(", ");
      findings.errors.push({
        path: formatPath([...at, key]),
        code: "shape-conflict",
        message: `must be an object: ${decl.name} declares ${names}${under.length > 5 ? ", …" : ""} inside it`,
      });
    }
  }
}

/** Checks `evidence` (see {@link checkObject}), filling `present` and `data`. */
function checkValues(
  evidence: unknown,
  decl: Declarations,
  findings: Findings,
  present: Map<string, unknown>,
  data: Record<string, unknown>,
): void {
  if (!isObject(evidence)) {
    const code = evidence === undefined ? "missing-field" : "invalid-type";
    findings.errors.push({
      path: "evidence",
      code,
      message: "must be an object of evidence values nested by dot path",
    });
    return;
  }
  checkObject(evidence, decl.tree, ["evidence"], { decl, findings, present }, data);
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
  const present = new Map<string, unknown>();
  // Null prototypes: a declared field named like an Object.prototype member (toString) reads as missing.
  const data: Record<string, unknown> = Object.assign(Object.create(null), {
    organisation: Object.assign(Object.create(null), { type: organisation?.type }),
  });
  checkValues(input.evidence, decl, findings, present, data);
  if (findings.errors.length > 0 || organisation === undefined)
    throw new EvidenceError(findings.errors);
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
