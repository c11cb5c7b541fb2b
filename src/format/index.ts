export { hashRuleSet } from "./hash.js";
export { ruleSetJsonSchema } from "./json-schema.js";
export { LIMITS } from "./limits.js";
export { parseRuleSet, safeParseRuleSet } from "./parse.js";
export { CQC_BANDS, organisationTypes, resolveScoring, type ResolvedScoring } from "./defaults.js";
export * from "./schema.js";
