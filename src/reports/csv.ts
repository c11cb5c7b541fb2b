import type { Judgement } from "../evaluate/judgement.js";

/**
 * Anything that names domains and benchmarks: a rule set, a judgement, or a list of them. Every
 * {@link RuleSet} and every {@link Judgement} is one.
 */
export interface CsvColumnSource {
  readonly domains: readonly { readonly id: string }[];
  readonly benchmarks: readonly { readonly id: string }[];
}

/** The fixed leading columns of a judgement CSV, before the `domain:` and `benchmark:` ones. */
export const CSV_FIXED_COLUMNS = [
  "organisation.id",
  "organisation.name",
  "organisation.type",
  "asOf",
  "rating",
  "percent",
  "bandedRating",
  "limits",
  "ruleSet",
  "hash",
] as const;

const PLAIN_NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * Writes one CSV field per RFC 4180, guarded against spreadsheet formula injection: text starting
 * with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'` (plain numbers are left
 * alone), and a field with a comma, quote or line break is quoted with its quotes doubled.
 *
 * @example
 * ```ts
 * csvField('=HYPERLINK("x")'); // "\"'=HYPERLINK(\"\"x\"\")\""
 * csvField(-3); // "-3"
 * ```
 */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function asSources(
  source: CsvColumnSource | readonly CsvColumnSource[],
): readonly CsvColumnSource[] {
  return Array.isArray(source) ? source : [source as CsvColumnSource];
}

function unique(ids: Iterable<string>): string[] {
  return [...new Set(ids)];
}

function domainIds(sources: readonly CsvColumnSource[]): string[] {
  return unique(sources.flatMap((s) => s.domains.map((d) => d.id)));
}

function benchmarkIds(sources: readonly CsvColumnSource[]): string[] {
  return unique(sources.flatMap((s) => s.benchmarks.map((b) => b.id)));
}

/**
 * Lists the column names of a judgement CSV: the fixed columns, then `domain:<id>` for every
 * domain and `benchmark:<id>` for every benchmark of the source(s), in first-seen order, so every
 * row of a batch lines up even when one judgement lacks a domain or benchmark.
 *
 * @example
 * ```ts
 * csvColumns(ruleSet); // ["organisation.id", …, "hash", "domain:governance", …, "benchmark:LM-01", …]
 * ```
 */
export function csvColumns(source: CsvColumnSource | readonly CsvColumnSource[]): string[] {
  const sources = asSources(source);
  return [
    ...CSV_FIXED_COLUMNS,
    ...domainIds(sources).map((id) => `domain:${id}`),
    ...benchmarkIds(sources).map((id) => `benchmark:${id}`),
  ];
}

/**
 * Writes the header record of a judgement CSV, ending in CRLF, for writing rows one at a time
 * with {@link formatCsvRow} and the same source.
 *
 * @example
 * ```ts
 * out.write(csvHeader(ruleSet));
 * for (const judgement of judgements) out.write(formatCsvRow(judgement, ruleSet));
 * ```
 */
export function csvHeader(source: CsvColumnSource | readonly CsvColumnSource[]): string {
  return `${csvColumns(source).map(csvField).join(",")}\r\n`;
}

/**
 * Writes one judgement as a CSV record ending in CRLF, with the columns of {@link csvHeader} for
 * the same source: codes rather than labels (`requires-improvement`), domain scores 1–4, and
 * benchmark outcomes; a cell is empty when the judgement has no value for it (a domain not
 * assessed, a percent of `null`, a benchmark the judgement does not contain).
 *
 * @example
 * ```ts
 * formatCsvRow(judgement, ruleSet);
 * // "RXX,Northfield Hospitals NHS Trust,acute,2025-03-31,good,66,good,,well-led@2.0.0,sha256:…,3,…\r\n"
 * ```
 */
export function formatCsvRow(
  judgement: Judgement,
  source: CsvColumnSource | readonly CsvColumnSource[],
): string {
  return compileCsvRow(source)(judgement);
}

/** {@link formatCsvRow} with the columns of `source` worked out once, for writing many rows. */
export function compileCsvRow(
  source: CsvColumnSource | readonly CsvColumnSource[],
): (judgement: Judgement) => string {
  const sources = asSources(source);
  const domainColumns = domainIds(sources);
  const benchmarkColumns = benchmarkIds(sources);
  return (judgement) => {
    const domains = new Map(judgement.domains.map((d) => [d.id, d.score]));
    const outcomes = new Map(judgement.benchmarks.map((b) => [b.id, b.outcome]));
    const { organisation, ruleSet } = judgement;
    const cells = [
      organisation.id,
      organisation.name,
      organisation.type,
      judgement.asOf,
      judgement.rating,
      judgement.percent,
      judgement.bandedRating,
      judgement.limits.map((l) => l.id).join(";"),
      `${ruleSet.id}@${ruleSet.version}`,
      ruleSet.hash,
      ...domainColumns.map((id) => domains.get(id)),
      ...benchmarkColumns.map((id) => outcomes.get(id)),
    ];
    return `${cells.map(csvField).join(",")}\r\n`;
  };
}

/**
 * Writes a batch of judgements as one CSV document (RFC 4180, CRLF line ends): a header and one
 * row per organisation. Columns come from `source` (the rule set, or several for a mixed batch);
 * without it, from the judgements themselves.
 *
 * @example
 * ```ts
 * const csv = formatCsv(judgements, ruleSet);
 * ```
 */
export function formatCsv(
  judgements: readonly Judgement[],
  source: CsvColumnSource | readonly CsvColumnSource[] = judgements,
): string {
  return csvHeader(source) + judgements.map((j) => formatCsvRow(j, source)).join("");
}
