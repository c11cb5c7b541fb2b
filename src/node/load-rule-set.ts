import { type Issue, RuleSetError, isWellLedError } from "../errors.js";
import { type RuleSet, safeParseRuleSet } from "../format/index.js";
import { RuleSetRegistry } from "../versioning/index.js";
import { FileError, type FileIssue } from "./file-error.js";
import { listFiles } from "./_list-files.js";
import { readText } from "./_read-text.js";

function inFile(file: string, issues: readonly Issue[]): FileIssue[] {
  return issues.map((issue) => ({ ...issue, file }));
}

/**
 * Reads and checks a rule-set file. Every problem is reported at once, each issue naming the file.
 *
 * @param file - path to a rule-set JSON document
 * @returns the checked rule set
 * @throws {RuleSetError} when the document is not a valid rule set; its issues carry `file`
 * @throws {FileError} when the file does not exist or cannot be read
 * @example
 * ```ts
 * const ruleSet = await loadRuleSetFile("rules/well-led/2.0.0.json");
 * ```
 */
export async function loadRuleSetFile(file: string): Promise<RuleSet> {
  const result = safeParseRuleSet(await readText(file));
  if (result.success) return result.ruleSet;
  throw new RuleSetError(inFile(file, result.error.issues), `Invalid rule set in ${file}`);
}

/**
 * Lists the rule-set files below a directory, recursively and sorted: every `*.json` file that
 * is not a `*.cases.json` cases document.
 *
 * @throws {FileError} when the directory does not exist or cannot be read
 */
export function listRuleSetFiles(dir: string): Promise<string[]> {
  return listFiles(dir, (name) => name.endsWith(".json") && !name.endsWith(".cases.json"));
}

/**
 * Loads every rule set in a directory and its subdirectories (each `*.json` file that is not a
 * `*.cases.json` cases document) into a new registry. All files are checked before anything is
 * reported, so one error lists the problems of every file.
 *
 * @param dir - a directory such as `rules/`
 * @returns a registry holding every rule set found
 * @throws {RuleSetError} listing every problem in every file, each issue naming its file
 * @throws {FileError} when the directory does not exist or cannot be read
 * @example
 * ```ts
 * const registry = await loadRuleSetDirectory("rules");
 * const latest = registry.get("well-led", "^2");
 * ```
 */
export async function loadRuleSetDirectory(dir: string): Promise<RuleSetRegistry> {
  const registry = new RuleSetRegistry();
  const issues: FileIssue[] = [];
  for (const file of await listRuleSetFiles(dir)) {
    try {
      registry.add(await loadRuleSetFile(file));
    } catch (error) {
      if (error instanceof RuleSetError) issues.push(...(error.issues as FileIssue[]));
      else if (error instanceof FileError) issues.push(...error.issues);
      else if (isWellLedError(error))
        issues.push({ file, path: "$", code: error.code, message: error.message });
      else throw error;
    }
  }
  if (issues.length > 0) throw new RuleSetError(issues, `Invalid rule sets in ${dir}`);
  return registry;
}
