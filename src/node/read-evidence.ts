import { extname } from "node:path";
import type { EvidenceError } from "../errors.js";
import type { EvidenceDocument } from "../evaluate/index.js";
import type { RuleSet } from "../format/index.js";
import { FileError, type FileLocation } from "./file-error.js";
import { readCsv } from "./_read-csv.js";
import { readJson, readJsonLines } from "./_read-json.js";

/** The evidence file formats {@link readEvidenceFile} reads. */
export type EvidenceFileFormat = "json" | "jsonl" | "csv";

/**
 * One organisation's entry in an evidence file: where it is, and either the evidence document
 * read from it or the error that stopped it being read (issues name the path; never values).
 * A document is not yet checked against the rule set: evaluating it does that.
 */
export interface EvidenceRecord {
  readonly source: FileLocation;
  readonly document?: EvidenceDocument;
  readonly error?: EvidenceError;
}

/** Options of {@link readEvidenceFile}. */
export interface ReadEvidenceOptions {
  /** Gives CSV cells their types (required for CSV; JSON carries its own types). */
  readonly ruleSet?: RuleSet | undefined;
  /** Overrides the format the file name's extension gives. */
  readonly format?: EvidenceFileFormat | undefined;
}

const EXTENSIONS: Readonly<Record<string, EvidenceFileFormat>> = {
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
};

/**
 * The format of an evidence file from its extension: `.json`, `.jsonl` or `.ndjson`, `.csv`;
 * `undefined` for any other.
 */
export function evidenceFileFormat(file: string): EvidenceFileFormat | undefined {
  return EXTENSIONS[extname(file).toLowerCase()];
}

/**
 * Reads the evidence documents in a file, one at a time: a JSON file (one document or an array
 * of them), JSON Lines (`.jsonl`/`.ndjson`, one document a line) or CSV (a header of
 * `organisation.id`, `organisation.name`, `organisation.type`, optional `asOf` and evidence dot
 * paths; one organisation a row; cells typed by the rule set's declarations; empty cells are
 * missing). JSON Lines and CSV are streamed, so a file of any length is read in bounded memory;
 * a JSON file is read whole. A bad line or row is yielded as an `error` and reading goes on.
 *
 * @param file - the evidence file
 * @param options - the rule set (required for CSV), and a format when the extension is not one of these
 * @returns an async iterable of records, in file order
 * @throws {FileError} (from the iteration) when the file is missing, unreadable, not JSON, has an
 *   unusable CSV header, or has an unknown extension
 * @example
 * ```ts
 * for await (const { source, document, error } of readEvidenceFile("examples/batch.csv", { ruleSet })) {
 *   if (document) console.log(evaluate(ruleSet, document).rating);
 *   else console.error(source.row, error?.issues);
 * }
 * ```
 */
export async function* readEvidenceFile(
  file: string,
  options: ReadEvidenceOptions = {},
): AsyncGenerator<EvidenceRecord, void, undefined> {
  const format = options.format ?? evidenceFileFormat(file);
  const fail = (message: string) =>
    new FileError("unsupported-format", file, [{ path: "$", code: "unsupported-format", message }]);
  if (format === undefined)
    throw fail("unknown evidence file type (use .json, .jsonl, .ndjson or .csv)");
  if (format === "json") yield* readJson(file);
  else if (format === "jsonl") yield* readJsonLines(file);
  else if (options.ruleSet === undefined)
    throw fail("reading CSV evidence needs the rule set, to give cells their types");
  else yield* readCsv(file, options.ruleSet);
}
