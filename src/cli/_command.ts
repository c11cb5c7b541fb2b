/** One `well-led` command: its name, a one-line summary for the overall help, its help and its action. */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** The full `--help` text: usage, options and examples. */
  help(): string;
  /** Runs the command with the arguments after its name; resolves to the exit code. */
  run(args: readonly string[]): Promise<number>;
}

/** The `--help` option every command takes. */
export const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** Prints a command's help on standard output; returns exit code 0. */
export function printHelp(command: Command): number {
  process.stdout.write(command.help());
  return 0;
}
