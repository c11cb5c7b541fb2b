// The library as the tests use it to compute what the page must show.
export {
  builtInRuleSets,
  diffRuleSets,
  evaluate,
  formatDiff,
  parseRuleSet,
  safeParseRuleSet,
  suggestImprovements,
} from "../../src/index.js";
export type { EvidenceDocument, Judgement, RuleSet } from "../../src/index.js";
