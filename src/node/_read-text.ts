import { readFile } from "node:fs/promises";
import { FileError } from "./file-error.js";

/** Turns a file-system error into a {@link FileError} that names the file and no system detail. */
export function toFileError(file: string, error: unknown): FileError {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === "ENOENT" || code === "ENOTDIR")
    return new FileError(
      "file-not-found",
      file,
      [{ path: "$", code: "file-not-found", message: "no such file" }],
      { cause: error },
    );
  const reason =
    code === "EISDIR"
      ? "is a directory, not a file"
      : code === "EACCES" || code === "EPERM"
        ? "permission denied"
        : "cannot be read";
  return new FileError(
    "file-unreadable",
    file,
    [{ path: "$", code: "file-unreadable", message: reason }],
    { cause: error },
  );
}

/** Reads a UTF-8 text file (without a byte-order mark), throwing a {@link FileError} when it cannot. */
export async function readText(file: string): Promise<string> {
  try {
    const text = await readFile(file, "utf8");
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch (error) {
    throw toFileError(file, error);
  }
}

/**
 * Describes why text is not JSON without quoting it: V8's messages can echo the input, which may
 * be evidence, so only the position is kept.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/end of JSON input/i.test(message)) return "not valid JSON: it ends too early";
  const position = /at position (\d+)/.exec(message)?.[1];
  return position === undefined
    ? "not valid JSON"
    : `not valid JSON (at character ${Number(position) + 1})`;
}

/** Parses JSON text, throwing a {@link FileError} (code `invalid-file`) that names the file. */
export function parseJsonFile(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new FileError(
      "invalid-file",
      file,
      [{ path: "$", code: "invalid-json", message: describeJsonError(error) }],
      {
        cause: error,
      },
    );
  }
}
