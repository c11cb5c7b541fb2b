import * as z from "zod/mini";
import { EvidenceError, RuleSetError } from "../errors.js";
import { createEvaluator } from "../evaluate/index.js";
import type { DomainResult, EvidenceDocument, Judgement } from "../evaluate/index.js";
import { fromZodIssues } from "../format/_zod-issues.js";
import { OUTCOMES, RATINGS, type RuleSet } from "../format/schema.js";

const caseSchema = z.strictObject({
  name: z.string().check(z.minLength(1, "a case needs a name")),
  description: z.exactOptional(z.string()),
  asOf: z.exactOptional(z.iso.date()),
  input: z.looseObject({}),
  expect: z.strictObject({
    rating: z.exactOptional(z.enum([...RATINGS, "insufficient-evidence"])),
    percent: z.exactOptional(z.nullable(z.number())),
    benchmarks: z.exactOptional(z.record(z.string(), z.enum(OUTCOMES))),
    domains: z.exactOptional(z.record(z.string(), z.nullable(z.int().check(z.gte(1), z.lte(4))))),
    limits: z.exactOptional(z.array(z.string())),
  }),
});

/** Schema of a cases document: a rule-set author's regression suite for one rule-set version. */
export const CasesDocumentSchema = z.strictObject({
  $schema: z.exactOptional(z.string()),
  ruleSet: z
    .string()
    .check(z.minLength(1, "name the rule set: ID@RANGE of a built-in rule set or a path")),
  description: z.exactOptional(z.string()),
  cases: z.array(caseSchema).check(z.minLength(1, "a cases document needs at least one case")),
});

/** A cases document (see docs/testing.md): `ruleSet` is `ID@RANGE` of a built-in rule set or a path relative to the file. */
export type CasesDocument = z.output<typeof CasesDocumentSchema>;
/** One case: an evidence document and the judgement it must get. */
export type Case = z.output<typeof caseSchema>;

/** A difference between what a case expects and what the judgement says. */
export interface Mismatch {
  /** What differs: `rating`, `percent`, `benchmarks.LM-01`, `domains.governance`, `limits` or `input`. */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** A sentence for a person, quoting the benchmark's summary where there is one. */
  readonly message: string;
}

/** The result of one case. */
export interface CaseResult {
  readonly name: string;
  readonly ok: boolean;
  readonly mismatches: readonly Mismatch[];
}

/** The result of a whole cases document. */
export interface CasesReport {
  readonly passed: number;
  readonly failed: number;
  readonly results: readonly CaseResult[];
}

/**
 * Checks a cases document's shape; the rule set it names is resolved by the caller.
 *
 * @throws {RuleSetError} listing every problem with its path
 */
export function parseCasesDocument(input: unknown): CasesDocument {
  const parsed = CasesDocumentSchema.safeParse(input);
  if (!parsed.success)
    throw new RuleSetError(fromZodIssues(parsed.error.issues), "Invalid cases document");
  return parsed.data;
}

function percentText(percent: number | null): string {
  return percent === null ? "no percent" : `${percent}%`;
}

function domainMessage(
  domain: DomainResult,
  judgement: Judgement,
  expected: number | null,
): string {
  const want = expected === null ? "expected not assessed" : `expected ${expected}`;
  const members = judgement.benchmarks
    .filter((b) => b.domain === domain.id)
    .map((b) => `${b.id} ${b.outcome}`)
    .join(", ");
  const got =
    domain.score === null
      ? "was not assessed"
      : `scored ${domain.score} (${percentText(domain.percent)}${domain.gated ? ", gated" : ""})`;
  return `domain ${domain.id} ${got}, ${want}: ${members}`;
}

function compare(testCase: Case, judgement: Judgement): Mismatch[] {
  const out: Mismatch[] = [];
  const want = testCase.expect;
  if (want.rating !== undefined && want.rating !== judgement.rating) {
    const limits = judgement.limits.map((l) => `${l.id} (${l.reason})`).join("; ");
    out.push({
      path: "rating",
      expected: want.rating,
      actual: judgement.rating,
      message: `rating is ${judgement.rating} (${percentText(judgement.percent)}, banded ${judgement.bandedRating}; ${limits ? `limits: ${limits}` : "no limits applied"}), expected ${want.rating}`,
    });
  }
  if (want.percent !== undefined && want.percent !== judgement.percent)
    out.push({
      path: "percent",
      expected: want.percent,
      actual: judgement.percent,
      message: `percent is ${judgement.percent}, expected ${want.percent}`,
    });
  for (const [id, outcome] of Object.entries(want.benchmarks ?? {})) {
    const result = judgement.benchmarks.find((b) => b.id === id);
    if (result === undefined)
      out.push({
        path: `benchmarks.${id}`,
        expected: outcome,
        actual: undefined,
        message: `benchmark ${id} is not in the rule set`,
      });
    else if (result.outcome !== outcome)
      out.push({
        path: `benchmarks.${id}`,
        expected: outcome,
        actual: result.outcome,
        message: `${id} is ${result.outcome}, expected ${outcome}: ${result.summary}`,
      });
  }
  for (const [id, score] of Object.entries(want.domains ?? {})) {
    const result = judgement.domains.find((d) => d.id === id);
    if (result === undefined)
      out.push({
        path: `domains.${id}`,
        expected: score,
        actual: undefined,
        message: `domain ${id} is not in the rule set`,
      });
    else if (result.score !== score)
      out.push({
        path: `domains.${id}`,
        expected: score,
        actual: result.score,
        message: domainMessage(result, judgement, score),
      });
  }
  if (want.limits !== undefined) {
    const actual = judgement.limits.map((l) => l.id).sort();
    const expected = [...new Set(want.limits)].sort();
    const unexpected = judgement.limits
      .filter((l) => !expected.includes(l.id))
      .map((l) => `${l.id} applied but was not expected (${l.reason})`);
    const absent = expected
      .filter((id) => !actual.includes(id))
      .map((id) => `${id} was expected but did not apply`);
    if (unexpected.length + absent.length > 0)
      out.push({
        path: "limits",
        expected,
        actual,
        message: [...unexpected, ...absent].join("; "),
      });
  }
  return out;
}

/**
 * Runs a cases document against a rule set: each case's evidence is evaluated and compared with
 * what it expects (rating, percent, benchmark outcomes, domain scores, the exact set of limits).
 * A case whose evidence is rejected (an {@link EvidenceError}) fails with an `input` mismatch
 * listing the problems; any other error is a bug and is thrown. Expected benchmarks and domains
 * are checked only where listed; expected limits are compared as an exact set.
 *
 * @example
 * ```ts
 * const report = runCases(ruleSet, JSON.parse(readFileSync("rules/well-led/2.0.0.cases.json", "utf8")));
 * expect(report.failed).toBe(0);
 * ```
 */
export function runCases(ruleSet: RuleSet, casesDocument: CasesDocument | unknown): CasesReport {
  const doc = parseCasesDocument(casesDocument);
  const evaluator = createEvaluator(ruleSet);
  const results = doc.cases.map((testCase): CaseResult => {
    try {
      const options = testCase.asOf === undefined ? {} : { asOf: testCase.asOf };
      const judgement = evaluator.evaluate(testCase.input as unknown as EvidenceDocument, options);
      const mismatches = compare(testCase, judgement);
      return { name: testCase.name, ok: mismatches.length === 0, mismatches };
    } catch (error) {
      if (!(error instanceof EvidenceError)) throw error;
      return {
        name: testCase.name,
        ok: false,
        mismatches: [
          { path: "input", expected: "valid evidence", actual: "rejected", message: error.message },
        ],
      };
    }
  });
  const passed = results.filter((r) => r.ok).length;
  return { passed, failed: results.length - passed, results };
}
