import type { Issue } from "../errors.js";
import { formatPath } from "../format/_path.js";
import { parseIsoDate } from "./_dates.js";
import type { Declarations } from "./_declarations.js";
import type { EvidenceProvenance } from "./judgement.js";

/** Collects errors and warnings while a document is checked. */
export interface Findings {
  readonly errors: Issue[];
  readonly warnings: Issue[];
}

/** The organisation as a judgement reports it. */
export interface Organisation {
  readonly id?: string;
  readonly name?: string;
  readonly type: string;
}

const TOP_LEVEL = new Set(["$schema", "organisation", "asOf", "evidence", "provenance"]);
const ORGANISATION = new Set(["id", "name", "type"]);
const PROVENANCE = new Set(["collected", "source"]);

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function unknownKeys(
  value: Record<string, unknown>,
  known: ReadonlySet<string>,
  at: readonly string[],
  findings: Findings,
  what: string,
): void {
  for (const key of Object.keys(value)) {
    if (!known.has(key))
      findings.warnings.push({
        path: formatPath([...at, key]),
        code: "unknown-field",
        message: `not part of ${what}; it is ignored`,
      });
  }
}

/** Checks the top level and the organisation; returns the organisation when it is valid. */
export function checkOrganisation(
  doc: Record<string, unknown>,
  decl: Declarations,
  findings: Findings,
): Organisation | undefined {
  const add = (path: string, code: string, message: string) =>
    findings.errors.push({ path, code, message });
  unknownKeys(doc, TOP_LEVEL, [], findings, "an evidence document");
  if (doc.$schema !== undefined && typeof doc.$schema !== "string")
    add("$schema", "invalid-type", "must be a string (the URL or path of the JSON Schema)");
  const org = doc.organisation;
  // Only a message needs the list: building it for every valid document cost more than checking it.
  const types = () =>
    decl.organisationTypes
      .slice(0, 20)
      .map((t) => JSON.stringify(t))
      .join(", ");
  if (!isObject(org)) {
    add(
      "organisation",
      org === undefined ? "missing-field" : "invalid-type",
      "must be an object with the organisation's `type` (and optionally `id` and `name`)",
    );
    return undefined;
  }
  unknownKeys(
    org,
    ORGANISATION,
    ["organisation"],
    findings,
    "the organisation (only `id`, `name` and `type` are read)",
  );
  let ok = true;
  for (const key of ["id", "name"] as const) {
    if (org[key] !== undefined && typeof org[key] !== "string") {
      add(`organisation.${key}`, "invalid-type", "must be a string");
      ok = false;
    }
  }
  const type = org.type;
  if (typeof type !== "string" || !decl.organisationTypes.includes(type)) {
    const code =
      type === undefined || type === null
        ? "missing-field"
        : typeof type === "string"
          ? "unknown-organisation-type"
          : "invalid-type";
    add(
      "organisation.type",
      code,
      `must be one of the organisation types of ${decl.name}: ${types()}`,
    );
    return undefined;
  }
  if (!ok) return undefined;
  return {
    ...(typeof org.id === "string" ? { id: org.id } : {}),
    ...(typeof org.name === "string" ? { name: org.name } : {}),
    type,
  };
}

/** Checks the document's `asOf` and, when given, the caller's; returns the date to judge at. */
export function resolveAsOf(
  doc: Record<string, unknown>,
  option: string | undefined,
  today: () => string,
  findings: Findings,
): string {
  const own = doc.asOf;
  const bad = (path: string) =>
    findings.errors.push({
      path,
      code: "invalid-date",
      message: "must be a real calendar date written YYYY-MM-DD",
    });
  if (own !== undefined && own !== null && parseIsoDate(own) === undefined) bad("asOf");
  if (option !== undefined && parseIsoDate(option) === undefined) bad("options.asOf");
  if (option !== undefined) return option;
  if (typeof own === "string") return own;
  return today();
}

/** Checks the shape of `provenance`; returns its valid entries by dot path. */
export function checkProvenance(
  doc: Record<string, unknown>,
  decl: Declarations,
  findings: Findings,
): Map<string, EvidenceProvenance> {
  const entries = new Map<string, EvidenceProvenance>();
  const provenance = doc.provenance;
  if (provenance === undefined || provenance === null) return entries;
  if (!isObject(provenance)) {
    findings.errors.push({
      path: "provenance",
      code: "invalid-type",
      message: "must be an object keyed by evidence dot path",
    });
    return entries;
  }
  for (const [path, entry] of Object.entries(provenance)) {
    const at = ["provenance", path];
    if (entry === null) continue;
    if (!decl.fields.has(path))
      findings.warnings.push({
        path: formatPath(at),
        code: "unknown-provenance",
        message: `provenance for a field ${decl.name} does not declare; it is ignored`,
      });
    if (!isObject(entry)) {
      findings.errors.push({
        path: formatPath(at),
        code: "invalid-type",
        message: "must be an object with `collected` (YYYY-MM-DD) and optionally `source`",
      });
      continue;
    }
    unknownKeys(
      entry,
      PROVENANCE,
      at,
      findings,
      "a provenance entry (`collected` and `source` are read)",
    );
    const { collected, source } = entry;
    let ok = true;
    if (parseIsoDate(collected) === undefined) {
      const code = collected === undefined ? "missing-field" : "invalid-date";
      findings.errors.push({
        path: formatPath([...at, "collected"]),
        code,
        message: "must be the real calendar date the value was collected, written YYYY-MM-DD",
      });
      ok = false;
    }
    if (source !== undefined && typeof source !== "string") {
      findings.errors.push({
        path: formatPath([...at, "source"]),
        code: "invalid-type",
        message: "must be a string",
      });
      ok = false;
    }
    if (ok && decl.fields.has(path))
      entries.set(path, {
        collected: collected as string,
        ...(typeof source === "string" ? { source } : {}),
      });
  }
  return entries;
}
