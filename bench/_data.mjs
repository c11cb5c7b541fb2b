// Seeded, deterministic organisations for the benchmarks: a batch CSV written by
// scripts/generate-examples.mjs, read back through well-led/node's reader (as the CLI reads it).
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readEvidenceFile } from "../dist/node/index.js";

/** The repository root. */
export const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GENERATOR = join(ROOT, "scripts/generate-examples.mjs");
const RULES = join(ROOT, "rules/well-led/2.0.0.json");

/**
 * The path of a generated batch CSV of `rows` organisations, written once per (generator, rule
 * set, rows, seed) into the temporary directory and reused while none of them changes.
 */
export function generatedCsv(rows, seed) {
  const inputs = createHash("sha256")
    .update(readFileSync(GENERATOR))
    .update(readFileSync(RULES))
    .update(`${rows}:${seed}`)
    .digest("hex")
    .slice(0, 12);
  const dir = join(tmpdir(), "well-led-bench");
  const file = join(dir, `batch-${rows}-${inputs}.csv`);
  if (existsSync(file)) return file;
  mkdirSync(dir, { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  execFileSync(
    process.execPath,
    [GENERATOR, "--rows", String(rows), "--seed", seed, "--out", partial],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  renameSync(partial, file);
  return file;
}

/** The first `count` evidence documents of a CSV file, read with the rule set's column types. */
export async function readOrganisations(file, ruleSet, count) {
  const documents = [];
  for await (const record of readEvidenceFile(file, { ruleSet })) {
    if (record.document === undefined)
      throw new Error(`bench: row ${record.source.row} of ${file} does not read`);
    documents.push(record.document);
    if (documents.length === count) break;
  }
  return documents;
}

/**
 * The data well-led's conditions read for a document: `organisation.type` and the evidence nested
 * by dot path. A CSV row holds only declared fields and omits empty cells, so this equals the
 * data well-led builds after checking the evidence.
 */
export function conditionData(document) {
  return { ...document.evidence, organisation: { type: document.organisation.type } };
}

/** The same values flattened to `{ "managers.withRoleTargetsPct": 81, … }` (json-rules-engine facts). */
export function flatFacts(data, prefix = "", into = {}) {
  for (const [key, value] of Object.entries(data)) {
    const path = prefix === "" ? key : `${prefix}.${key}`;
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      flatFacts(value, path, into);
    else into[path] = value;
  }
  return into;
}
