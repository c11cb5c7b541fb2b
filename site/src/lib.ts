/**
 * The playground's only door into well-led: everything it uses comes from the package's public
 * entry (`src/index.ts`, published as `well-led`).
 */
export {
  builtInRuleSets,
  createEvaluator,
  diffRuleSets,
  formatDiff,
  isEvidenceError,
  organisationTypes,
  outcomeLabel,
  ratingLabel,
  resolveScoring,
  safeParseRuleSet,
  scoreLabel,
} from "../../src/index.js";
export type {
  BenchmarkResult,
  BenchmarkTrace,
  DiffSection,
  DomainResult,
  Evaluator,
  EvidenceDocument,
  EvidenceField,
  Issue,
  Judgement,
  JudgementRating,
  Rating,
  RuleSet,
  TraceNode,
} from "../../src/index.js";
export { suggestImprovements } from "../../src/index.js";
export type { EvidenceChange, ImprovementPlan, ImprovementStep } from "../../src/index.js";
