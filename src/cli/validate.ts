import { stat } from "node:fs/promises";
import { RuleSetError, isWellLedError } from "../errors.js";
import { type EvidenceDocument, safeEvaluate } from "../evaluate/index.js";
import { type RuleSet, hashRuleSet, resolveScoring } from "../format/index.js";
import {
  FileError,
  type FileIssue,
  listCasesFiles,
  listRuleSetFiles,
  loadRuleSetFile,
  readCasesFile,
} from "../node/index.js";
import { readText } from "../node/_read-text.js";
import type { CasesDocument } from "../testing/cases.js";
import { RuleSetRegistry } from "../versioning/index.js";
import { parseCommandArgs, positionals } from "./_args.js";
import { loadCasesRuleSet } from "./_cases-rule-set.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { checkInputFiles } from "./_inputs.js";
import { printIssues } from "./_report.js";

type Issue = Omit<FileIssue, "file">;

/** Rule-set files and cases documents under a directory (recursively), sorted. */
async function listFiles(dir: string): Promise<string[]> {
  return [...(await listRuleSetFiles(dir)), ...(await listCasesFiles(dir))].sort();
}

/** True when a JSON file looks like an evidence document rather than a rule set. */
async function looksLikeEvidence(file: string): Promise<boolean> {
  try {
    const value = JSON.parse(await readText(file)) as Record<string, unknown> | unknown[];
    const first = Array.isArray(value) ? value[0] : value;
    return (
      typeof first === "object" &&
      first !== null &&
      "organisation" in first &&
      !("benchmarks" in first)
    );
  } catch {
    return false;
  }
}

/** Checks what a cases document expects against the rule set it names, and each case's evidence. */
function checkCases(doc: CasesDocument, ruleSet: RuleSet): Issue[] {
  const benchmarks = new Set(ruleSet.benchmarks.map((b) => b.id));
  const domains = new Set(ruleSet.domains.map((d) => d.id));
  const limits = new Set(resolveScoring(ruleSet).limits.map((l) => l.id));
  const issues: Issue[] = [];
  doc.cases.forEach((c, i) => {
    const at = `cases[${i}]`;
    for (const id of Object.keys(c.expect.benchmarks ?? {}))
      if (!benchmarks.has(id))
        issues.push({
          path: `${at}.expect.benchmarks`,
          code: "unknown-benchmark",
          message: `no benchmark "${id}" in ${ruleSet.id}@${ruleSet.version}`,
        });
    for (const id of Object.keys(c.expect.domains ?? {}))
      if (!domains.has(id))
        issues.push({
          path: `${at}.expect.domains`,
          code: "unknown-domain",
          message: `no domain "${id}" in ${ruleSet.id}@${ruleSet.version}`,
        });
    for (const id of c.expect.limits ?? [])
      if (!limits.has(id))
        issues.push({
          path: `${at}.expect.limits`,
          code: "unknown-limit",
          message: `no limit "${id}" in ${ruleSet.id}@${ruleSet.version}`,
        });
    const result = safeEvaluate(
      ruleSet,
      c.input as unknown as EvidenceDocument,
      c.asOf === undefined ? {} : { asOf: c.asOf },
    );
    if (!result.success)
      for (const issue of result.error.issues)
        issues.push({
          ...issue,
          path: issue.path === "$" ? `${at}.input` : `${at}.input.${issue.path}`,
        });
  });
  return issues;
}

async function validateCases(file: string): Promise<string> {
  const doc = await readCasesFile(file);
  const ruleSet = await loadCasesRuleSet(file, doc.ruleSet);
  const issues = checkCases(doc, ruleSet);
  if (issues.length > 0) throw new FileError("invalid-file", file, issues);
  return `ok: ${file} (cases for ${ruleSet.id}@${ruleSet.version}, ${doc.cases.length} ${doc.cases.length === 1 ? "case" : "cases"})`;
}

async function validateRuleSet(file: string, registry: RuleSetRegistry): Promise<string> {
  let ruleSet: RuleSet;
  try {
    ruleSet = await loadRuleSetFile(file);
  } catch (error) {
    if (error instanceof RuleSetError && (await looksLikeEvidence(file)))
      throw new FileError("invalid-file", file, [
        {
          path: "$",
          code: "not-a-rule-set",
          message: `this is an evidence document, not a rule set; check it with "well-led evaluate ${file}"`,
        },
      ]);
    throw error;
  }
  try {
    registry.add(ruleSet);
  } catch (error) {
    if (!isWellLedError(error)) throw error;
    throw new FileError("invalid-file", file, [
      { path: "version", code: error.code, message: error.message },
    ]);
  }
  const count = ruleSet.benchmarks.length;
  return `ok: ${file} (${ruleSet.id}@${ruleSet.version}, ${count} ${count === 1 ? "benchmark" : "benchmarks"}, ${hashRuleSet(ruleSet)})`;
}

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("validate", args, { ...HELP_OPTION });
  if (values.help) return printHelp(validateCommand);
  const paths = positionals(
    "validate",
    rest,
    "a rule-set file, cases document or directory to validate",
    1,
  );
  await checkInputFiles(paths, "any");
  const registry = new RuleSetRegistry();
  let failed = 0;
  for (const path of paths) {
    const files = (await stat(path)).isDirectory() ? await listFiles(path) : [path];
    for (const file of files) {
      try {
        const line = file.endsWith(".cases.json")
          ? await validateCases(file)
          : await validateRuleSet(file, registry);
        process.stdout.write(`${line}\n`);
      } catch (error) {
        if (
          !(
            error instanceof RuleSetError ||
            (error instanceof FileError && error.code === "invalid-file")
          )
        )
          throw error;
        failed += 1;
        printIssues(error.issues);
      }
    }
  }
  return failed > 0 ? 1 : 0;
}

/** `well-led validate`: check rule-set files and cases documents. */
export const validateCommand: Command = {
  name: "validate",
  summary: "check rule-set files and cases documents (files or directories)",
  run,
  help: () => `Usage: well-led validate PATH… [options]

Checks rule-set files and cases documents (*.cases.json), listing every problem at once. A
directory is searched recursively for both. For a cases document, the rule set it names must load,
its expectations must name benchmarks, domains and limits of that rule set, and every case's
evidence must fit the rule set. The same id and version in two files with different content is an
error. (Evidence files are checked by "well-led evaluate".)

Prints "ok: FILE (ID@VERSION, N benchmarks, sha256:…)" for each valid file, and one line per
problem, "FILE: PATH: MESSAGE", on standard error for each invalid one.

Options:
  -h, --help   show this help

Exit codes: 0 all valid, 1 a problem was found, 2 usage error (e.g. no such file).

Examples:
  well-led validate rules/
  well-led validate my-rules/trust-board@1.2.0.json rules/well-led/2.0.0.cases.json
`,
};
