import { stat } from "node:fs/promises";
import type { RuleSet } from "../format/index.js";
import { FileError, listCasesFiles, loadRuleSetFile, readCasesFile } from "../node/index.js";
import { runCases } from "../testing/cases.js";
import { parseCommandArgs, positionals } from "./_args.js";
import { loadCasesRuleSet } from "./_cases-rule-set.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { checkInputFiles } from "./_inputs.js";
import { printIssues } from "./_report.js";

const OPTIONS = { ...HELP_OPTION, "rule-set": { type: "string" } } as const;

/** Cases documents named directly, or found under a directory (recursively), in order. */
async function casesFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) files.push(...(await listCasesFiles(path)));
    else files.push(path);
  }
  return files;
}

/** Runs one cases document, printing a line per case and its mismatches; returns [passed, failed]. */
async function runFile(file: string, override: RuleSet | undefined): Promise<[number, number]> {
  const doc = await readCasesFile(file);
  const ruleSet = override ?? (await loadCasesRuleSet(file, doc.ruleSet));
  const report = runCases(ruleSet, doc);
  const lines = [`${file} (${ruleSet.id}@${ruleSet.version})`];
  for (const result of report.results) {
    lines.push(`  ${result.ok ? "pass" : "FAIL"}  ${result.name}`);
    for (const mismatch of result.mismatches)
      lines.push(`        ${mismatch.path}: ${mismatch.message}`);
  }
  process.stdout.write(`${lines.join("\n")}\n`);
  return [report.passed, report.failed];
}

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("test", args, OPTIONS);
  if (values.help) return printHelp(testCommand);
  const paths = positionals("test", rest, "the cases document (CASES) to run", 1);
  await checkInputFiles(paths, "any");
  const override =
    values["rule-set"] === undefined ? undefined : await loadRuleSetFile(values["rule-set"]);
  let passed = 0;
  let failed = 0;
  let invalid = 0;
  for (const file of await casesFiles(paths)) {
    try {
      const [p, f] = await runFile(file, override);
      passed += p;
      failed += f;
    } catch (error) {
      if (!(error instanceof FileError && error.code === "invalid-file")) throw error;
      invalid += 1;
      printIssues(error.issues);
    }
  }
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed > 0 || invalid > 0 ? 1 : 0;
}

/** `well-led test`: run cases documents. */
export const testCommand: Command = {
  name: "test",
  summary: "run cases documents (a rule set's regression suite)",
  run,
  help: () => `Usage: well-led test CASES… [options]

Runs cases documents (*.cases.json; a directory is searched recursively): each case's evidence is
evaluated and its judgement compared with what the case expects. A cases document names its rule
set as ID@RANGE of a built-in one (e.g. "well-led@2.0.0") or as a path relative to the document.

Prints each case as "pass" or "FAIL" with the mismatches, then "N passed, N failed".

Options:
  --rule-set PATH   run every document against this rule-set file instead of the one it names
  -h, --help        show this help

Exit codes: 0 all passed, 1 a case failed or a document is invalid, 2 usage error.

Examples:
  well-led test rules/well-led/2.0.0.cases.json
  well-led test rules/
  well-led test rules/well-led/2.0.0.cases.json --rule-set drafts/2.1.0.json
`,
};
