/**
 * The playground's only door into well-led: everything it uses comes from the package's public
 * entry (`src/index.ts`, published as `well-led`).
 *
 * TEMPORARY: `suggestImprovements` and its plan types are not yet re-exported from
 * `src/index.ts`; until they are, they come from `src/improve/index.ts`. Move them into the first
 * two statements once the public entry lists them.
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
