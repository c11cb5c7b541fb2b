export { createImprover, type Improver } from "./improver.js";
export { suggestImprovements } from "./suggest.js";
export type {
  BenchmarkStep,
  EvidenceChange,
  EvidenceValue,
  ImprovementPlan,
  ImprovementStep,
  LimitStep,
  MergedBenchmark,
  RatingAndPercent,
  SuggestOptions,
} from "./types.js";
