/**
 * Helpers for test suites that assert benchmark outcomes: custom matchers and cases documents.
 *
 * @packageDocumentation
 */
export { CasesDocumentSchema, parseCasesDocument, runCases } from "./cases.js";
export type { Case, CaseResult, CasesDocument, CasesReport, Mismatch } from "./cases.js";
export { wellLedMatchers } from "./matchers.js";
export type { MatcherResult, WellLedMatchers } from "./matchers.js";
