import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { toFileError } from "./_read-text.js";

/** Files below `dir` (recursively) whose relative path passes `keep`, sorted, joined to `dir`. */
export async function listFiles(dir: string, keep: (name: string) => boolean): Promise<string[]> {
  let entries: string[];
  try {
    entries = await readdir(dir, { recursive: true });
  } catch (error) {
    throw toFileError(dir, error);
  }
  return entries
    .filter(keep)
    .sort()
    .map((name) => join(dir, name));
}
