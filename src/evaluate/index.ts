export type { EvaluationData } from "./data.js";
export { evaluate, safeEvaluate } from "./evaluate.js";
export { createEvaluator, type Evaluator } from "./evaluator.js";
export { evidenceJsonSchema } from "./evidence-schema.js";
export type {
  BenchmarkResult,
  BenchmarkTrace,
  DomainResult,
  EvaluateOptions,
  EvidenceDocument,
  EvidenceProvenance,
  Judgement,
  JudgementRating,
  LevelName,
  LimitResult,
  Warning,
} from "./judgement.js";
