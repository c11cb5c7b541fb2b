/**
 * Resource limits applied when loading rule sets and evidence. They protect a process that
 * accepts documents from outside; each is far above what a real rule set or evidence document needs.
 */
export const LIMITS = {
  /** Largest rule-set document, in characters of JSON (a 10 MB rule set loads). */
  ruleSetSize: 32 * 1024 * 1024,
  /** Most benchmarks in one rule set (5,000 load comfortably). */
  benchmarks: 20_000,
  /** Deepest nesting of one JsonLogic condition, counting operators and arrays. */
  conditionDepth: 64,
  /** Deepest nesting of any JSON document the library reads. */
  documentDepth: 128,
  /** Largest evidence document, in characters of JSON. */
  evidenceSize: 4 * 1024 * 1024,
  /** Longest string or array in an evidence document. */
  evidenceItemLength: 100_000,
} as const;
