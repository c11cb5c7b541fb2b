import type { Issue } from "../errors.js";
import { type FileLocation, formatIssue } from "../node/index.js";
import type { Progress } from "./_terminal.js";
import { formatCount } from "./_terminal.js";

/** Writes problems to standard error, one line each. */
export function printIssues(
  issues: readonly (Issue & Partial<FileLocation>)[],
  location?: FileLocation,
): void {
  for (const issue of issues) process.stderr.write(`${formatIssue({ ...issue, ...location })}\n`);
}

/** How many rejected records a batch lists in full before only counting them. */
export const REPORTED_RECORDS = 100;

/**
 * Reports what a batch rejected on standard error: each record with its problems (the first
 * {@link REPORTED_RECORDS} in full, the rest only counted), and each file that could not be read.
 */
export class BatchProblems {
  #records = 0;
  #files = 0;
  readonly #progress: Progress;

  constructor(progress: Progress) {
    this.#progress = progress;
  }

  /** True when any record or file was rejected. */
  get any(): boolean {
    return this.#records + this.#files > 0;
  }

  /** Reports one rejected record with its problems. */
  rejectRecord(issues: readonly Issue[], location: FileLocation): void {
    this.#records += 1;
    if (this.#records <= REPORTED_RECORDS) this.#print(issues, location);
  }

  /** Reports a file that could not be read at all (its issues name it). */
  rejectFile(issues: readonly (Issue & Partial<FileLocation>)[]): void {
    this.#files += 1;
    this.#print(issues);
  }

  #print(issues: readonly (Issue & Partial<FileLocation>)[], location?: FileLocation): void {
    this.#progress.clear();
    printIssues(issues, location);
  }

  /** Closes the report of a batch of `total` records with counts, when more than one thing was read. */
  finish(total: number): void {
    this.#progress.clear();
    if (!this.any || total + this.#files <= 1) return;
    const unlisted = this.#records - REPORTED_RECORDS;
    const parts = [
      ...(this.#records > 0
        ? [
            `${formatCount(this.#records)} of ${formatCount(total)} organisations were not evaluated`,
          ]
        : []),
      ...(unlisted > 0
        ? [`the first ${REPORTED_RECORDS} are listed above, ${formatCount(unlisted)} more are not`]
        : []),
      ...(this.#files > 0
        ? [`${formatCount(this.#files)} ${this.#files === 1 ? "file" : "files"} could not be read`]
        : []),
    ];
    process.stderr.write(`well-led: ${parts.join("; ")}\n`);
  }
}
