import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The repository root, where the CLI runs in these tests. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
/** The built command line (npm test builds before the tests run). */
export const CLI = fileURLToPath(new URL("../dist/cli/index.js", import.meta.url));

/** What one run of the command line printed and how it exited. */
export interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args`, without colour or debug settings from the environment. */
export function run(args: readonly string[]): Promise<Result> {
  const { NO_COLOR: _n, FORCE_COLOR: _f, WELL_LED_DEBUG: _d, ...env } = process.env;
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [CLI, ...args],
      { cwd: ROOT, env, maxBuffer: 1 << 28 },
      (error, stdout, stderr) =>
        resolve({ code: error === null ? 0 : Number(error.code), stdout, stderr }),
    );
  });
}
