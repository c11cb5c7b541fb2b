import { RuleSetError } from "../errors.js";
import { safeParseRuleSet } from "../format/parse.js";
import type { RuleSet } from "../format/schema.js";
import { RuleSetRegistry } from "../versioning/registry.js";
import { bundledDocuments } from "./_documents.js";

/**
 * The rule sets shipped in the package's `rules/` folder (e.g. `well-led` 1.0.0 and 2.0.0),
 * bundled into the core so no file access is needed, checked and returned as frozen rule sets
 * sorted by id and version. Nothing is parsed until you call it, and each call parses afresh
 * (a few milliseconds): keep the result if you need it often.
 *
 * @throws {RuleSetError} only if a bundled file is invalid, which the package's tests rule out
 * @example
 * ```ts
 * const [v1, v2] = builtInRuleSets();
 * ```
 */
export function builtInRuleSets(): RuleSet[] {
  return bundledDocuments.map(({ path, document }) => {
    const result = safeParseRuleSet(document);
    if (!result.success)
      throw new RuleSetError(result.error.issues, `Invalid built-in rule set rules/${path}`);
    return result.ruleSet;
  });
}

/**
 * A new registry holding every built-in rule set: look one up by range, by date or by hash,
 * and add your own. Each call returns a separate registry.
 *
 * @example
 * ```ts
 * const registry = defaultRegistry();
 * registry.get("well-led");                              // latest non-draft version
 * registry.resolve("well-led", { asOf: "2024-03-31" });  // the version in force that day
 * ```
 */
export function defaultRegistry(): RuleSetRegistry {
  return new RuleSetRegistry(builtInRuleSets());
}
