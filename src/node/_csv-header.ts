import type { EvidenceField, RuleSet } from "../format/index.js";
import type { FileIssue } from "./file-error.js";
import { columnLetter } from "./_csv-cells.js";

const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);
const PROVENANCE = /^provenance\.(.+)\.(collected|source)$/;

/** What one CSV column holds. */
export type Column =
  | {
      readonly kind: "organisation";
      readonly key: "id" | "name" | "type";
      readonly name: string;
      readonly letter: string;
    }
  | { readonly kind: "asOf"; readonly name: string; readonly letter: string }
  | {
      readonly kind: "provenance";
      readonly path: string;
      readonly key: "collected" | "source";
      readonly name: string;
      readonly letter: string;
    }
  | {
      readonly kind: "evidence";
      readonly path: string;
      /** `path` split once, not per cell. */
      readonly segments: readonly string[];
      readonly field: EvidenceField | undefined;
      readonly name: string;
      readonly letter: string;
    };

function classify(name: string, letter: string, ruleSet: RuleSet): Column {
  if (name === "organisation.id" || name === "organisation.name" || name === "organisation.type")
    return {
      kind: "organisation",
      key: name.slice("organisation.".length) as "id" | "name" | "type",
      name,
      letter,
    };
  if (name === "asOf") return { kind: "asOf", name, letter };
  const field = ruleSet.evidence[name];
  const provenance = PROVENANCE.exec(name);
  if (field === undefined && provenance !== null)
    return {
      kind: "provenance",
      path: provenance[1]!,
      key: provenance[2] as "collected" | "source",
      name,
      letter,
    };
  return { kind: "evidence", path: name, segments: name.split("."), field, name, letter };
}

function checkName(name: string): string | undefined {
  if (name === "") return "has no name";
  const segments = name.split(".");
  if (segments.some((s) => s === "")) return "is not a dot path (it has an empty segment)";
  if (segments.some((s) => FORBIDDEN.has(s)))
    return "uses a reserved name (__proto__, prototype or constructor)";
  return undefined;
}

/**
 * Reads a CSV header row against a rule set: which column holds which part of the evidence
 * document. Returns every problem with the header at once (file-level: nothing can be read).
 */
export function readHeader(
  cells: readonly string[],
  ruleSet: RuleSet,
  file: string,
): { columns: Column[]; issues: FileIssue[] } {
  const issues: FileIssue[] = [];
  const problem = (path: string, code: string, message: string) =>
    issues.push({ file, row: 1, path, code, message });
  const columns = cells.map((cell, i) => classify(cell.trim(), columnLetter(i), ruleSet));
  const seen = new Set<string>();
  for (const column of columns) {
    const bad = checkName(column.name);
    if (bad !== undefined)
      problem(column.name || "$", "invalid-column", `column ${column.letter} ${bad}`);
    else if (seen.has(column.name))
      problem(
        column.name,
        "duplicate-column",
        `column ${column.letter} repeats the column "${column.name}"`,
      );
    seen.add(column.name);
  }
  for (const required of ["organisation.id", "organisation.type"])
    if (!seen.has(required))
      problem(required, "missing-column", `the header has no "${required}" column`);
  const evidencePaths = columns.flatMap((c) => (c.kind === "evidence" ? [c.path] : []));
  for (const path of evidencePaths) {
    const child = evidencePaths.find((other) => other.startsWith(`${path}.`));
    if (child !== undefined)
      problem(
        path,
        "conflicting-columns",
        `the column "${path}" is also the parent of the column "${child}"`,
      );
  }
  return { columns, issues };
}
