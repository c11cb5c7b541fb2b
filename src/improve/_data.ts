import { setPath } from "../evaluate/_declarations.js";
import type { EvidenceDocument } from "../evaluate/judgement.js";

/** Proposed evidence values by dot path. */
export type Assignment = ReadonlyMap<string, unknown>;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Reads a dot path from nested objects; undefined when any step is missing. */
function readPath(root: unknown, path: string): unknown {
  let node = root;
  for (const key of path.split(".")) {
    if (!isRecord(node) || !Object.hasOwn(node, key)) return undefined;
    node = node[key];
  }
  return node;
}

/** The declared evidence values a document holds (absent and null left out), by dot path. */
export function presentValues(
  input: EvidenceDocument,
  paths: Iterable<string>,
): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const path of paths) {
    const value = readPath(input.evidence, path);
    if (value !== undefined && value !== null) values.set(path, value);
  }
  return values;
}

/** The data conditions read: values nested by dot path, and `organisation.type`. */
export function nestValues(type: string, values: Assignment): Record<string, unknown> {
  const data: Record<string, unknown> = { organisation: { type } };
  for (const [path, value] of values) setPath(data, path, value);
  return data;
}

/**
 * `data` with some values replaced, copying only the objects on the way to each replaced value,
 * so `data` itself is never changed and unchanged branches are shared.
 */
export function overlay(
  data: Record<string, unknown>,
  changes: Assignment,
): Record<string, unknown> {
  if (changes.size === 0) return data;
  const root: Record<string, unknown> = { ...data };
  const copied = new Set<object>([root]);
  for (const [path, value] of changes) {
    const keys = path.split(".");
    let node = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const key = keys[i]!;
      const next = node[key];
      let child: Record<string, unknown>;
      if (isRecord(next) && copied.has(next)) child = next;
      else {
        child = isRecord(next) ? { ...next } : {};
        copied.add(child);
        node[key] = child;
      }
      node = child;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return root;
}

/** A copy of the document with the changes applied to its evidence; the input is never changed. */
export function applyChanges(input: EvidenceDocument, changes: Assignment): EvidenceDocument {
  const evidence = structuredClone(input.evidence) as Record<string, unknown>;
  for (const [path, value] of changes) setPath(evidence, path, value);
  return { ...input, evidence };
}
