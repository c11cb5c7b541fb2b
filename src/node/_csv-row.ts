import type { Issue } from "../errors.js";
import type { EvidenceDocument } from "../evaluate/index.js";
import { formatPath } from "../format/_path.js";
import { isIsoDate, readCell } from "./_csv-cells.js";
import type { Column } from "./_csv-header.js";

/** Sets a value at a column's path, split once per column (splitting per cell cost a third of reading). */
function setPath(
  target: Record<string, unknown>,
  segments: readonly string[],
  value: unknown,
): void {
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const segment = segments[i]!;
    const next = node[segment];
    if (next !== null && typeof next === "object") node = next as Record<string, unknown>;
    else node = node[segment] = {};
  }
  node[segments[segments.length - 1]!] = value;
}

/**
 * Builds the evidence document of one CSV data row, typing each cell by its column. Empty cells
 * are missing values; cells past the last column must be empty. Issues name the column, never
 * the cell's content.
 */
export function readRow(
  cells: readonly string[],
  columns: readonly Column[],
): { document?: EvidenceDocument; issues: Issue[] } {
  const issues: Issue[] = [];
  const extra = cells.slice(columns.length).filter((c) => c.trim() !== "").length;
  if (extra > 0)
    issues.push({
      path: "$",
      code: "extra-cells",
      message: `the row has ${extra} more non-empty ${extra === 1 ? "cell" : "cells"} than the header has columns`,
    });
  const organisation: Record<string, string> = {};
  const evidence: Record<string, unknown> = {};
  const provenance: Record<string, Record<string, string>> = {};
  let asOf: string | undefined;
  columns.forEach((column, i) => {
    const text = cells[i]?.trim() ?? "";
    if (text === "") return;
    switch (column.kind) {
      case "organisation":
        organisation[column.key] = text;
        return;
      case "asOf":
        if (isIsoDate(text)) asOf = text;
        else
          issues.push({
            path: "asOf",
            code: "invalid-date",
            message: `column ${column.letter} "asOf" is not a date (expected YYYY-MM-DD)`,
          });
        return;
      case "provenance":
        if (column.key === "collected" && !isIsoDate(text))
          issues.push({
            path: formatPath(["provenance", column.path, "collected"]),
            code: "invalid-date",
            message: `column ${column.letter} "${column.name}" is not a date (expected YYYY-MM-DD)`,
          });
        else provenance[column.path] = { ...provenance[column.path], [column.key]: text };
        return;
      case "evidence": {
        const cell = readCell(column.field, text);
        if ("problem" in cell)
          issues.push({
            path: formatPath(["evidence", ...column.path.split(".")]),
            code: "invalid-cell",
            message: `column ${column.letter} "${column.name}" ${cell.problem}`,
          });
        else setPath(evidence, column.segments, cell.value);
      }
    }
  });
  if (organisation.type === undefined)
    issues.push({
      path: "organisation.type",
      code: "missing-organisation-type",
      message: "the organisation.type cell is empty",
    });
  if (issues.length > 0) return { issues };
  const provenanceEntries = Object.entries(provenance);
  const document = {
    organisation: organisation as EvidenceDocument["organisation"],
    ...(asOf === undefined ? {} : { asOf }),
    evidence,
    ...(provenanceEntries.length === 0
      ? {}
      : { provenance: provenance as unknown as EvidenceDocument["provenance"] }),
  } satisfies EvidenceDocument;
  return { document, issues };
}
