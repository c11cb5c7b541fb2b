import { open, stat } from "node:fs/promises";
import { FileError, evidenceFileFormat } from "../node/index.js";
import { toFileError } from "../node/_read-text.js";

/**
 * Checks, before any work is done, that every input exists, is a file and has a known evidence
 * format, so a mistyped name fails at once rather than after a long batch.
 *
 * @throws {FileError} `file-not-found`, `file-unreadable` or `unsupported-format`
 */
export async function checkInputFiles(
  files: readonly string[],
  kind: "evidence" | "any",
): Promise<void> {
  for (const file of files) {
    const info = await stat(file).catch((error: unknown) => {
      throw toFileError(file, error);
    });
    if (info.isDirectory() && kind === "evidence") throw toFileError(file, { code: "EISDIR" });
    if (kind === "evidence" && evidenceFileFormat(file) === undefined)
      throw new FileError("unsupported-format", file, [
        {
          path: "$",
          code: "unsupported-format",
          message: "unknown evidence file type (use .json, .jsonl, .ndjson or .csv)",
        },
      ]);
  }
}

/** True when a JSON file's first value is an object (one document) rather than an array of them. */
export async function holdsOneDocument(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const buffer = Buffer.alloc(4096);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const start = buffer.toString("utf8", 0, bytesRead).replace(/^\uFEFF?\s*/, "");
    return start.startsWith("{");
  } finally {
    await handle.close();
  }
}
