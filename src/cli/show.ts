import { closest } from "../format/_suggest.js";
import { choice, parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { loadRuleSetReference } from "./_rule-sets.js";
import { benchmarkDetail, ruleSetOverview } from "./_show-text.js";
import { UsageError } from "./_usage-error.js";

const OPTIONS = { ...HELP_OPTION, format: { type: "string", short: "f" } } as const;

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("show", args, OPTIONS);
  if (values.help) return printHelp(showCommand);
  const [reference, benchmarkId] = positionals(
    "show",
    rest,
    "the rule set (ID@VERSION or a path), and optionally a BENCHMARK",
    1,
    2,
  ) as [string, string?];
  const format = choice("show", "format", values.format, ["text", "json"], "text");
  const ruleSet = await loadRuleSetReference(reference, "show");
  const width = process.stdout.isTTY ? Math.max(60, process.stdout.columns) : 100;
  if (benchmarkId === undefined) {
    process.stdout.write(
      format === "json" ? `${JSON.stringify(ruleSet, null, 2)}\n` : ruleSetOverview(ruleSet, width),
    );
    return 0;
  }
  const benchmark = ruleSet.benchmarks.find((b) => b.id === benchmarkId);
  if (benchmark === undefined) {
    const suggestion = closest(
      benchmarkId,
      ruleSet.benchmarks.map((b) => b.id),
    );
    throw new UsageError(
      `no benchmark "${benchmarkId}" in ${ruleSet.id}@${ruleSet.version}${suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`}`,
      "show",
    );
  }
  process.stdout.write(
    format === "json"
      ? `${JSON.stringify(benchmark, null, 2)}\n`
      : benchmarkDetail(ruleSet, benchmark, width),
  );
  return 0;
}

/** `well-led show`: a rule set, or one benchmark of it, in readable form. */
export const showCommand: Command = {
  name: "show",
  summary: "show a rule set, or one of its benchmarks, in readable form",
  run,
  help: () => `Usage: well-led show ID@VERSION|PATH [BENCHMARK] [options]

Without BENCHMARK: the rule set's overview (status, effective dates, hash, organisation types,
each domain with its benchmarks and their levels as formulas, scoring and limits).
With BENCHMARK: that benchmark in detail (domain, status, weight, gate, what it applies to, each
level as a formula and as JsonLogic, its rationale and sources).

The rule set is a built-in one as ID@VERSION (or ID@RANGE; ID alone is its latest version that is
not a draft), or a rule-set file.

Options:
  -f, --format FORMAT   text (default) or json (the rule-set document or benchmark as written)
  -h, --help            show this help

Examples:
  well-led show well-led@2.0.0
  well-led show well-led@1.0.0 LM-01
  well-led show rules/well-led/2.0.0.json LM-02 --format json
`,
};
