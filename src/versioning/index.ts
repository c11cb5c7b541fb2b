export { checkVersionBump, versionStep } from "./bump.js";
export { diffRuleSets } from "./diff.js";
export { formatDiff } from "./format-diff.js";
export { RuleSetRegistry } from "./registry.js";
export type { GetOptions, RuleSetSummary } from "./registry.js";
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
  LevelChange,
  LimitDiff,
  ListChange,
  RuleSetDiff,
  RuleSetRef,
  VersionBump,
  VersionBumpIssue,
} from "./types.js";
