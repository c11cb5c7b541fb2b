import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { EvidenceError } from "../errors.js";
import type { EvidenceDocument } from "../evaluate/index.js";
import type { FileLocation } from "./file-error.js";
import type { EvidenceRecord } from "./read-evidence.js";
import { describeJsonError, parseJsonFile, readText, toFileError } from "./_read-text.js";

function toRecord(source: FileLocation, value: unknown): EvidenceRecord {
  if (value !== null && typeof value === "object" && !Array.isArray(value))
    return { source, document: value as EvidenceDocument };
  const issue = {
    path: "$",
    code: "not-a-document",
    message: "expected an evidence document (a JSON object)",
  };
  return { source, error: new EvidenceError([issue]) };
}

/** Reads a JSON file holding one evidence document or an array of them (the file is read whole). */
export async function* readJson(file: string): AsyncGenerator<EvidenceRecord> {
  const value = parseJsonFile(file, await readText(file));
  if (!Array.isArray(value)) {
    yield toRecord({ file }, value);
    return;
  }
  for (const [index, item] of value.entries()) yield toRecord({ file, index }, item);
}

/** Streams a JSON Lines file one line at a time; blank lines are skipped, a bad line is reported and skipped. */
export async function* readJsonLines(file: string): AsyncGenerator<EvidenceRecord> {
  const input = createReadStream(file, { encoding: "utf8" });
  const failed = new Promise<never>((_, reject) =>
    input.on("error", (error) => reject(toFileError(file, error))),
  );
  failed.catch(() => {});
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let line = 0;
  try {
    const iterator = lines[Symbol.asyncIterator]();
    while (true) {
      const next = await Promise.race([iterator.next(), failed]);
      if (next.done) break;
      line += 1;
      const text =
        line === 1 && next.value.charCodeAt(0) === 0xfeff ? next.value.slice(1) : next.value;
      if (text.trim() === "") continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        yield {
          source: { file, line },
          error: new EvidenceError([
            { path: "$", code: "invalid-json", message: describeJsonError(error) },
          ]),
        };
        continue;
      }
      yield toRecord({ file, line }, value);
    }
  } finally {
    lines.close();
    input.destroy();
  }
}
