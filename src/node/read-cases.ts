import { isRuleSetError } from "../errors.js";
import { type CasesDocument, parseCasesDocument } from "../testing/cases.js";
import { FileError } from "./file-error.js";
import { listFiles } from "./_list-files.js";
import { parseJsonFile, readText } from "./_read-text.js";

/**
 * Reads a cases document (`*.cases.json`) and checks its shape: a `ruleSet` reference and
 * `cases`, each with a `name`, an `input` evidence document and an `expect` object. The inputs
 * are checked against the rule set only when the cases are run (`runCases` in `well-led/testing`).
 *
 * @param file - path to the cases document
 * @returns the checked document
 * @throws {FileError} when the file is missing, unreadable, not JSON or not a cases document; issues name the file and path
 * @example
 * ```ts
 * const cases = await readCasesFile("rules/well-led/2.0.0.cases.json");
 * cases.ruleSet; // "well-led@2.0.0"
 * ```
 */
export async function readCasesFile(file: string): Promise<CasesDocument> {
  const value = parseJsonFile(file, await readText(file));
  try {
    return parseCasesDocument(value);
  } catch (error) {
    if (isRuleSetError(error))
      throw new FileError("invalid-file", file, error.issues, { cause: error });
    throw error;
  }
}

/**
 * Lists the cases documents (`*.cases.json`) below a directory, recursively and sorted.
 *
 * @throws {FileError} when the directory does not exist or cannot be read
 * @example
 * ```ts
 * for (const file of await listCasesFiles("rules")) console.log(file);
 * ```
 */
export function listCasesFiles(dir: string): Promise<string[]> {
  return listFiles(dir, (name) => name.endsWith(".cases.json"));
}
