import { checkVersionBump, diffRuleSets, formatDiff } from "../versioning/index.js";
import { choice, parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { loadRuleSetReference } from "./_rule-sets.js";

const OPTIONS = { ...HELP_OPTION, format: { type: "string", short: "f" } } as const;

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("diff", args, OPTIONS);
  if (values.help) return printHelp(diffCommand);
  const [oldRef, newRef] = positionals(
    "diff",
    rest,
    "OLD and NEW rule sets (paths or ID@VERSION)",
    2,
    2,
  ) as [string, string];
  const format = choice("diff", "format", values.format, ["text", "markdown", "json"], "text");
  const older = await loadRuleSetReference(oldRef, "diff");
  const newer = await loadRuleSetReference(newRef, "diff");
  const diff = diffRuleSets(older, newer);
  const text = format === "json" ? JSON.stringify(diff, null, 2) : formatDiff(diff, format);
  process.stdout.write(`${text.trimEnd()}\n`);
  const issues = checkVersionBump(diff);
  for (const issue of issues) process.stderr.write(`well-led: ${issue.message}\n`);
  return issues.length > 0 ? 1 : 0;
}

/** `well-led diff`: what changed between two rule-set versions, and whether the version step is enough. */
export const diffCommand: Command = {
  name: "diff",
  summary: "show what changed between two rule-set versions and check the version step",
  run,
  help: () => `Usage: well-led diff OLD NEW [options]

Shows what changed between two versions of a rule set (benchmarks, domains, evidence fields,
scoring), the version step each change requires (major: can change a judgement; minor: cannot;
patch: text only), and checks that NEW's version number takes at least that step.

OLD and NEW are rule-set files, or built-in rule sets as ID@VERSION (e.g. well-led@1.0.0).

Options:
  -f, --format FORMAT   text (default), markdown or json
  -h, --help            show this help

Exit codes: 0 the version step is enough, 1 it is too small (or NEW is not a later version of
the same rule set; the reason is on standard error), 2 usage error.

Examples:
  well-led diff well-led@1.0.0 well-led@2.0.0
  well-led diff rules/well-led/2.0.0.json drafts/2.1.0.json --format markdown > CHANGES.md
`,
};
