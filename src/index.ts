/**
 * well-led: leadership and management benchmarks for healthcare providers as versioned,
 * declarative rule sets, and well-led judgements with explanations.
 *
 * @packageDocumentation
 */
export {
  EvidenceError,
  RuleSetError,
  WellLedError,
  isEvidenceError,
  isRuleSetError,
  isWellLedError,
} from "./errors.js";
export type { Issue } from "./errors.js";
export {
  BENCHMARK_STATUSES,
  CQC_BANDS,
  EVIDENCE_TYPES,
  LEVEL_OUTCOMES,
  LIMITS,
  OUTCOMES,
  RATINGS,
  RULE_SET_STATUSES,
  hashRuleSet,
  organisationTypes,
  parseRuleSet,
  resolveScoring,
  ruleSetJsonSchema,
  safeParseRuleSet,
} from "./format/index.js";
export type {
  Benchmark,
  Domain,
  EvidenceField,
  EvidenceType,
  Limit,
  Outcome,
  Rating,
  ResolvedScoring,
  RuleSet,
  Scoring,
  Source,
} from "./format/index.js";
export { RuleSetRegistry, checkVersionBump, diffRuleSets, formatDiff, versionStep } from "./versioning/index.js";
export type {
  BenchmarkChangeKind,
  BenchmarkDiff,
  BenchmarkEntry,
  BenchmarkStatus,
  BumpReason,
  Change,
  DiffSection,
  EvidenceChangeKind,
  EvidenceFieldDiff,
  EvidenceRange,
  GetOptions,
  LevelChange,
  LimitDiff,
  ListChange,
  RuleSetDiff,
  RuleSetRef,
  RuleSetSummary,
  VersionBump,
  VersionBumpIssue,
} from "./versioning/index.js";
export { builtInRuleSets, defaultRegistry } from "./rules/index.js";
export {
  csvColumns,
  csvField,
  csvHeader,
  escapeMarkdown,
  formatCsv,
  formatCsvRow,
  formatHtml,
  formatMarkdown,
  formatText,
  outcomeLabel,
  percentLabel,
  ratingLabel,
  scoreLabel,
  shortHash,
  warningLabel,
} from "./reports/index.js";
export type { CsvColumnSource, HtmlOptions, TextOptions } from "./reports/index.js";
export { createEvaluator, evaluate, evidenceJsonSchema, safeEvaluate } from "./evaluate/index.js";
export type {
  BenchmarkResult,
  BenchmarkTrace,
  DomainResult,
  EvaluateOptions,
  EvaluationData,
  Evaluator,
  EvidenceDocument,
  EvidenceProvenance,
  Judgement,
  JudgementRating,
  LevelName,
  LimitResult,
  Warning,
} from "./evaluate/index.js";
export { compileLogic, explainLogic } from "./logic/index.js";
export type { TraceNode } from "./logic/index.js";
export { createImprover, suggestImprovements } from "./improve/index.js";
export type {
  BenchmarkStep,
  EvidenceChange,
  EvidenceValue,
  ImprovementPlan,
  ImprovementStep,
  Improver,
  LimitStep,
  MergedBenchmark,
  RatingAndPercent,
  SuggestOptions,
} from "./improve/index.js";
