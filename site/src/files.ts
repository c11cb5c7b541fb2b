import type { EvidenceDocument } from "./lib.js";

/** Offers `data` as a JSON file download, through a Blob and an object URL (no server involved). */
export function downloadJson(fileName: string, data: unknown): void {
  const blob = new Blob([`${JSON.stringify(data, null, 2)}\n`], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Reads a chosen file as JSON; the error says what was wrong in plain words. */
export async function readJsonFile(file: File): Promise<unknown> {
  const text = await file.text();
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${file.name} is not valid JSON: ${reason}`);
  }
}

/** Makes a file name from an organisation id or name: lower case, letters, digits and dashes. */
export function fileNameFor(stem: string | undefined, suffix: string): string {
  const slug = (stem ?? "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `${slug || "evidence"}${suffix}`;
}

/** True for the outline of an evidence document: an organisation with a type, and an evidence object. */
export function isEvidenceDocument(value: unknown): value is EvidenceDocument {
  const isObject = (v: unknown): v is Record<string, unknown> =>
    typeof v === "object" && v !== null && !Array.isArray(v);
  return (
    isObject(value) &&
    isObject(value.organisation) &&
    typeof value.organisation.type === "string" &&
    isObject(value.evidence)
  );
}
