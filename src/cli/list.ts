import { defaultRegistry } from "../rules/index.js";
import { choice, parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";

const OPTIONS = { ...HELP_OPTION, format: { type: "string", short: "f" } } as const;

/** Lays rows out in columns separated by two spaces; the last column is not padded. */
export function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? "").length))) ?? [];
  return rows
    .map((r) =>
      r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i] ?? 0))).join("  "),
    )
    .join("\n");
}

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("list", args, OPTIONS);
  if (values.help) return printHelp(listCommand);
  positionals("list", rest, "no arguments", 0, 0);
  const format = choice("list", "format", values.format, ["text", "json"], "text");
  const registry = defaultRegistry();
  const entries = registry.list().map((summary) => ({
    ...summary,
    benchmarks:
      registry.get(summary.id, summary.version, { includeDrafts: true, includePrerelease: true })
        ?.benchmarks.length ?? 0,
  }));
  if (format === "json") {
    process.stdout.write(`${JSON.stringify(entries, null, 2)}\n`);
    return 0;
  }
  const rows = entries.map((e) => {
    const effective =
      e.effective === undefined ? "" : `${e.effective.from} to ${e.effective.until ?? "open"}`;
    return [e.id, e.version, e.status, effective, String(e.benchmarks), e.title];
  });
  process.stdout.write(
    `${table([["ID", "VERSION", "STATUS", "EFFECTIVE", "BENCHMARKS", "TITLE"], ...rows])}\n`,
  );
  return 0;
}

/** `well-led list`: the built-in rule sets. */
export const listCommand: Command = {
  name: "list",
  summary: "list the built-in rule sets",
  run,
  help: () => `Usage: well-led list [options]

Lists the built-in rule sets: id, version, status, effective window, number of benchmarks and
title. A rule set's effective window is from its first day to the day it ends (exclusive).

Options:
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help

Examples:
  well-led list
  well-led list --format json
`,
};
