import { isWellLedError } from "../errors.js";
import { FileError } from "../node/index.js";
import type { Command } from "./_command.js";
import { printIssues } from "./_report.js";
import { UsageError } from "./_usage-error.js";

/** Exit codes: 0 ok, 1 findings, 2 usage error, 3 internal error (a bug). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 3 } as const;

const USAGE_FILE_ERRORS = new Set(["file-not-found", "file-unreadable", "unsupported-format"]);

function hasIssues(
  error: unknown,
): error is { issues: readonly { path: string; code: string; message: string }[] } {
  return Array.isArray((error as { issues?: unknown }).issues);
}

/**
 * Turns an error thrown by a command into its message and exit code: a usage error or an unusable
 * input file is 2, a problem found in the input is 1 (one line per issue), anything else is a bug
 * (3): a short line asking for a report, and the stack only when WELL_LED_DEBUG is set.
 */
export function handleError(error: unknown): number {
  if (error instanceof UsageError) {
    const hint =
      error.command === undefined ? "well-led --help" : `well-led ${error.command} --help`;
    process.stderr.write(`well-led: ${error.message}\nRun "${hint}" for usage.\n`);
    return EXIT.usage;
  }
  if (error instanceof FileError) {
    printIssues(error.issues);
    return USAGE_FILE_ERRORS.has(error.code) ? EXIT.usage : EXIT.findings;
  }
  if (isWellLedError(error)) {
    if (hasIssues(error)) printIssues(error.issues);
    else process.stderr.write(`well-led: ${error.message}\n`);
    return EXIT.findings;
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "EPIPE") return EXIT.ok;
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(
    `well-led: internal error: ${message}\nThis is a bug in well-led; please report it with the command you ran.\n`,
  );
  if (process.env.WELL_LED_DEBUG)
    process.stderr.write(`${error instanceof Error ? error.stack : ""}\n`);
  else process.stderr.write("Set WELL_LED_DEBUG=1 to see the details.\n");
  return EXIT.internal;
}

/** Runs a command, mapping whatever it throws to a message and an exit code. */
export async function runCommand(command: Command, args: readonly string[]): Promise<number> {
  try {
    return await command.run(args);
  } catch (error) {
    return handleError(error);
  }
}
