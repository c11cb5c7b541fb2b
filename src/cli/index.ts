import { readFileSync } from "node:fs";
import { closest } from "../format/_suggest.js";
import type { Command } from "./_command.js";
import { EXIT, handleError, runCommand } from "./_main.js";
import { UsageError } from "./_usage-error.js";
import { diffCommand } from "./diff.js";
import { evaluateCommand } from "./evaluate.js";
import { improveCommand } from "./improve.js";
import { listCommand } from "./list.js";
import { schemaCommand } from "./schema.js";
import { showCommand } from "./show.js";
import { testCommand } from "./test.js";
import { validateCommand } from "./validate.js";

const COMMANDS: readonly Command[] = [
  evaluateCommand,
  validateCommand,
  testCommand,
  diffCommand,
  improveCommand,
  listCommand,
  showCommand,
  schemaCommand,
];

/** The package version, read from the package.json two levels above this file (dist/cli/ or src/cli/). */
function version(): string {
  const text = readFileSync(new URL("../../package.json", import.meta.url), "utf8");
  return (JSON.parse(text) as { version: string }).version;
}

function overallHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join("\n");
  return `Usage: well-led COMMAND [options]

Judges whether NHS providers are well-led, by evaluating evidence against versioned benchmark
rule sets, and helps author, test and version those rule sets.

Commands:
${commands}

Options:
  -h, --help       show this help; "well-led COMMAND --help" for a command's
  -v, --version    show the version

Exit codes: 0 ok, 1 findings (invalid input, failed cases, insufficient version bump),
2 usage error (unknown command or option, bad value, missing file), 3 internal error.

Examples:
  well-led evaluate examples/northfield-acute.json
  well-led evaluate examples/batch.csv --format csv --out judgements.csv
  well-led diff well-led@1.0.0 well-led@2.0.0
  well-led show well-led@2.0.0 LM-01
`;
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    const topic = name === "help" ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    // With no command at all, the help is a usage error: it goes to standard error.
    (name === undefined ? process.stderr : process.stdout).write(
      topic === undefined ? overallHelp() : topic.help(),
    );
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (command === undefined) {
    const suggestion = closest(
      name,
      COMMANDS.map((c) => c.name),
    );
    const hint = suggestion === undefined ? "" : ` (did you mean ${suggestion}?)`;
    return handleError(
      new UsageError(
        `${name.startsWith("-") ? "unknown option" : "unknown command"} ${name}${hint}`,
      ),
    );
  }
  return runCommand(command, rest);
}

process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT.ok);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.exitCode = handleError(error);
  },
);
