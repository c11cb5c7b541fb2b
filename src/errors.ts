/** One problem found in a rule set or an evidence document. */
export interface Issue {
  /** Where the problem is, as a JSON path into the document, e.g. `$.benchmarks[3].levels.good`. */
  readonly path: string;
  /** A stable machine-readable code, e.g. `undeclared-path` or `out-of-range`. */
  readonly code: string;
  /** What is wrong and, when it is not obvious, how to fix it. Never contains evidence values. */
  readonly message: string;
}

/**
 * Base class of every error the library throws on purpose, with a stable machine-readable `code`.
 *
 * @example
 * ```ts
 * try { parseRuleSet(doc) } catch (e) { if (isWellLedError(e)) console.error(e.code) }
 * ```
 */
export class WellLedError extends Error {
  override name = "WellLedError";
  /** A stable machine-readable code, e.g. `invalid-rule-set`. */
  readonly code: string;

  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

function summarise(what: string, issues: readonly Issue[]): string {
  const shown = issues.slice(0, 20).map((i) => `  ${i.path}: ${i.message}`);
  const more = issues.length > 20 ? [`  … and ${issues.length - 20} more`] : [];
  const noun = issues.length === 1 ? "problem" : "problems";
  return [`${what} (${issues.length} ${noun}):`, ...shown, ...more].join("\n");
}

/** Thrown when a rule-set document is malformed; `issues` lists every problem found, at once. */
export class RuleSetError extends WellLedError {
  override name = "RuleSetError";
  /** Every problem found, never empty. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], what = "Invalid rule set") {
    super("invalid-rule-set", summarise(what, issues));
    this.issues = issues;
  }
}

/** Thrown when an evidence document does not fit the rule set's declarations; messages never contain evidence values. */
export class EvidenceError extends WellLedError {
  override name = "EvidenceError";
  /** Every problem found, never empty. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[], what = "Invalid evidence") {
    super("invalid-evidence", summarise(what, issues));
    this.issues = issues;
  }
}

/** True when `value` is any error thrown on purpose by this library. */
export function isWellLedError(value: unknown): value is WellLedError {
  return value instanceof WellLedError;
}

/** True when `value` is a {@link RuleSetError}. */
export function isRuleSetError(value: unknown): value is RuleSetError {
  return value instanceof RuleSetError;
}

/** True when `value` is an {@link EvidenceError}. */
export function isEvidenceError(value: unknown): value is EvidenceError {
  return value instanceof EvidenceError;
}
