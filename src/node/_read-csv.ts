import { createReadStream } from "node:fs";
import { CsvError, type Options, parse } from "csv-parse";
import { EvidenceError } from "../errors.js";
import type { RuleSet } from "../format/index.js";
import { FileError } from "./file-error.js";
import type { EvidenceRecord } from "./read-evidence.js";
import { toFileError } from "./_read-text.js";
import { type Column, readHeader } from "./_csv-header.js";
import { readRow } from "./_csv-row.js";

const CSV_PROBLEMS: Readonly<Record<string, string>> = {
  CSV_QUOTE_NOT_CLOSED: "a quoted cell is never closed, so the rest of the file cannot be read",
  CSV_INVALID_CLOSING_QUOTE:
    "a closing quote is followed by other characters (double a quote inside a quoted cell)",
  INVALID_OPENING_QUOTE:
    "a quote appears inside an unquoted cell (quote the cell and double the quote)",
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "a closing quote is followed by other characters",
  CSV_MAX_RECORD_SIZE: "the row is too large",
};

/** One parsed CSV record, or a record csv-parse could not read, each with its spreadsheet row. */
type Parsed = { row: number; cells: string[] } | { row: number; skipped: CsvError };

/**
 * Streams a CSV file one row at a time (never holding the file), typing cells by the rule set's
 * evidence declarations. A malformed row is reported and the rest are still read.
 */
export async function* readCsv(file: string, ruleSet: RuleSet): AsyncGenerator<EvidenceRecord> {
  let row = 0;
  const skipped: Parsed[] = [];
  const options: Options<Parsed, string[]> = {
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: 1_000_000,
    on_record: (cells: string[]): Parsed => ({ row: ++row, cells }),
    on_skip: (error) => {
      if (error !== undefined) skipped.push({ row: ++row, skipped: error });
      return undefined;
    },
  };
  // on_record turns each record into a Parsed entry, which parse's overloads cannot express.
  const parser = parse(options as unknown as Options);
  const input = createReadStream(file);
  input.on("error", (error) => parser.destroy(toFileError(file, error)));
  input.pipe(parser);
  // Skipped rows are reported through a callback, possibly before earlier rows reach us: keep row order.
  const before = (row: number) => skipped.splice(0, skipped.filter((s) => s.row < row).length);
  async function* inOrder(): AsyncGenerator<Parsed> {
    for await (const parsed of readParsed(parser, file)) {
      yield* before(parsed.row);
      yield parsed;
    }
    yield* before(Number.POSITIVE_INFINITY);
  }
  let columns: Column[] | undefined;
  try {
    for await (const entry of inOrder()) {
      if (columns === undefined) columns = header(file, entry, ruleSet);
      else yield toRecord(file, entry, columns);
    }
  } finally {
    input.destroy();
    parser.destroy();
  }
  if (columns === undefined)
    throw new FileError("invalid-file", file, [
      { row: 1, path: "$", code: "empty-csv", message: "the file has no header row" },
    ]);
}

async function* readParsed(parser: AsyncIterable<unknown>, file: string): AsyncGenerator<Parsed> {
  try {
    for await (const parsed of parser) yield parsed as Parsed;
  } catch (error) {
    if (error instanceof FileError) throw error;
    const message = error instanceof CsvError ? describe(error) : "the file cannot be read as CSV";
    throw new FileError("invalid-file", file, [{ path: "$", code: "malformed-csv", message }], {
      cause: error,
    });
  }
}

function header(file: string, entry: Parsed, ruleSet: RuleSet): Column[] {
  if ("skipped" in entry)
    throw new FileError("invalid-file", file, [
      {
        row: entry.row,
        path: "$",
        code: "malformed-csv",
        message: `the header row is not valid CSV: ${describe(entry.skipped)}`,
      },
    ]);
  const { columns, issues } = readHeader(entry.cells, ruleSet, file);
  if (issues.length > 0) throw new FileError("invalid-file", file, issues);
  return columns;
}

function toRecord(file: string, entry: Parsed, columns: readonly Column[]): EvidenceRecord {
  const source = { file, row: entry.row };
  if ("skipped" in entry)
    return {
      source,
      error: new EvidenceError(
        [{ path: "$", code: "malformed-csv", message: describe(entry.skipped) }],
        `Malformed CSV row`,
      ),
    };
  const { document, issues } = readRow(entry.cells, columns);
  return document === undefined
    ? { source, error: new EvidenceError(issues, "Invalid CSV row") }
    : { source, document };
}

/** Says what is wrong with a CSV record without quoting it (csv-parse's own messages do). */
function describe(error: CsvError): string {
  return `not valid CSV: ${CSV_PROBLEMS[error.code] ?? "the row cannot be read"}`;
}
