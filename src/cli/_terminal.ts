import type { Output } from "./_output.js";

const NUMBER = new Intl.NumberFormat("en-GB");

/** Formats a count the way people read it: 1,234. */
export function formatCount(count: number): string {
  return NUMBER.format(count);
}

/**
 * Decides colour for text output: `--color` and `--no-color` win; otherwise colour only when the
 * output is a terminal and `NO_COLOR` is unset or empty (https://no-color.org).
 */
export function useColor(
  flags: { color?: boolean | undefined; "no-color"?: boolean | undefined },
  output: Output,
): boolean {
  if (flags["no-color"] === true) return false;
  if (flags.color === true) return true;
  return output.isTTY && (process.env.NO_COLOR ?? "") === "";
}

/** A running count on standard error, shown only when standard error is a terminal. */
export interface Progress {
  /** Records that one more organisation was processed. */
  tick(): void;
  /** Removes the count from the screen, e.g. before printing a message. */
  clear(): void;
}

/** Creates a {@link Progress} that redraws at most ten times a second. */
export function createProgress(noun: string): Progress {
  const stderr = process.stderr;
  if (stderr.isTTY !== true) return { tick() {}, clear() {} };
  let count = 0;
  let shown = false;
  let last = 0;
  return {
    tick() {
      count += 1;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      shown = true;
      stderr.write(`\r${formatCount(count)} ${noun}…\u001b[K`);
    },
    clear() {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
      last = 0;
    },
  };
}
