import { dirname } from "node:path";
import { RuleSetError } from "../errors.js";
import type { RuleSet } from "../format/index.js";
import { FileError } from "../node/index.js";
import { loadRuleSetReference } from "./_rule-sets.js";
import { UsageError } from "./_usage-error.js";

/**
 * Loads the rule set a cases document names: `ID@RANGE` of a built-in rule set, or a path
 * relative to the cases file. A reference that cannot be used is a problem in the cases file.
 *
 * @throws {FileError} `invalid-file`, naming the cases file and its `ruleSet`, when the rule set cannot be loaded
 */
export async function loadCasesRuleSet(file: string, reference: string): Promise<RuleSet> {
  try {
    return await loadRuleSetReference(reference, "test", dirname(file));
  } catch (error) {
    const problem = (code: string, message: string) =>
      new FileError("invalid-file", file, [{ path: "ruleSet", code, message }]);
    if (error instanceof UsageError) throw problem("unknown-rule-set", error.message);
    if (error instanceof FileError)
      throw problem(error.code, `${error.issues[0]?.message ?? "cannot be read"}: ${error.file}`);
    if (error instanceof RuleSetError)
      throw problem(
        "invalid-rule-set",
        `the rule set it names is not valid (${error.issues.length} problems; run well-led validate on it)`,
      );
    throw error;
  }
}
