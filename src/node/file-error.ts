import { type Issue, WellLedError } from "../errors.js";

/** Where in a file a problem or a document is: a CSV row, a JSON Lines line or a JSON array index. */
export interface FileLocation {
  /** The file as the caller named it. */
  readonly file: string;
  /** 1-based line of a JSON Lines file. */
  readonly line?: number;
  /** 1-based row of a CSV file, counting the header as row 1 (as a spreadsheet shows it). */
  readonly row?: number;
  /** 0-based index of a document in a JSON array. */
  readonly index?: number;
}

/** An {@link Issue} that also names the file (and row, line or index) it was found in. */
export interface FileIssue extends Issue, FileLocation {}

/**
 * Thrown by the file helpers when a file cannot be used at all: it does not exist, cannot be read,
 * is not JSON, or is not the kind of document expected. `code` is `file-not-found`,
 * `file-unreadable`, `unsupported-format` or `invalid-file`; `issues` say where.
 *
 * @example
 * ```ts
 * try { await loadRuleSetFile("rules/x.json") } catch (e) { if (e instanceof FileError) console.error(e.file) }
 * ```
 */
export class FileError extends WellLedError {
  override name = "FileError";
  /** The file as the caller named it. */
  readonly file: string;
  /** Every problem found, never empty, each naming the file. */
  readonly issues: readonly FileIssue[];

  constructor(
    code: "file-not-found" | "file-unreadable" | "unsupported-format" | "invalid-file",
    file: string,
    issues: readonly Omit<FileIssue, "file">[],
    options?: { cause?: unknown },
  ) {
    const located = issues.map((i) => ({ ...i, file }));
    super(code, located.map(formatIssue).join("\n"), options);
    this.file = file;
    this.issues = located;
  }
}

/**
 * Formats a location for a message: `batch.csv:row 12`, `orgs.jsonl:line 3`, `orgs.json[2]`.
 *
 * @example
 * ```ts
 * formatLocation({ file: "batch.csv", row: 12 }); // "batch.csv:row 12"
 * ```
 */
export function formatLocation(location: FileLocation): string {
  if (location.row !== undefined) return `${location.file}:row ${location.row}`;
  if (location.line !== undefined) return `${location.file}:line ${location.line}`;
  if (location.index !== undefined) return `${location.file}[${location.index}]`;
  return location.file;
}

/**
 * Formats a problem as one line: where (when known), the JSON path (left out when it is the whole
 * document, `$`) and the message: `batch.csv:row 12: evidence.nss.engagement: is not a number`.
 *
 * @example
 * ```ts
 * for (const issue of error.issues) console.error(formatIssue(issue));
 * ```
 */
export function formatIssue(issue: Issue & Partial<FileLocation>): string {
  const where = issue.file === undefined ? [] : [formatLocation(issue as FileLocation)];
  const path = issue.path === "$" || issue.path === "" ? [] : [issue.path];
  return [...where, ...path, issue.message].join(": ");
}
