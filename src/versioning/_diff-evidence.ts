import type { EvidenceField, RuleSet } from "../format/schema.js";
import { type ReasonList, isListChanged, listChange, quoteList, sameJson } from "./_compare.js";
import { conditionReads } from "./_reads.js";
import { benchmarksReadByLimits } from "./_benchmark-facts.js";
import type { EvidenceChangeKind, EvidenceFieldDiff, EvidenceRange, RuleSetDiff } from "./types.js";

const TEXT = ["label", "unit", "description", "source"] as const;

/** The bounds validation applies to a numeric field; `undefined` for other types. */
function rangeOf(field: EvidenceField): EvidenceRange | undefined {
  switch (field.type) {
    case "percent":
      return { min: 0, max: 100 };
    case "count":
      return { min: field.min ?? 0, ...(field.max === undefined ? {} : { max: field.max }) };
    case "number":
    case "integer":
      return {
        ...(field.min === undefined ? {} : { min: field.min }),
        ...(field.max === undefined ? {} : { max: field.max }),
      };
    default:
      return undefined;
  }
}

/** True when `to` rejects some value `from` accepts. */
function isNarrower(from: EvidenceRange, to: EvidenceRange): boolean {
  const lower = to.min !== undefined && (from.min === undefined || to.min > from.min);
  const upper = to.max !== undefined && (from.max === undefined || to.max < from.max);
  return lower || upper;
}

function showRange(range: EvidenceRange): string {
  return `[${range.min ?? "-∞"}, ${range.max ?? "∞"}]`;
}

/** For each evidence path, the scored benchmarks and limits that read it. */
function readersOf(ruleSet: RuleSet): Map<string, string[]> {
  const readers = new Map<string, string[]>();
  const note = (path: string, who: string) => {
    const list = readers.get(path) ?? [];
    if (!list.includes(who)) list.push(who);
    readers.set(path, list);
  };
  const readByLimits = benchmarksReadByLimits(ruleSet);
  for (const b of ruleSet.benchmarks) {
    if (b.status === "pilot" && !readByLimits.has(b.id)) continue;
    const conditions = [
      b.appliesTo,
      b.levels.exceptional,
      b.levels.good,
      b.levels["some-shortfalls"],
    ];
    for (const path of [...conditions.flatMap(conditionReads), ...(b.requires ?? [])])
      note(path, b.id);
  }
  for (const limit of ruleSet.scoring?.limits ?? []) {
    for (const path of conditionReads(limit.when))
      if (path.startsWith("evidence.")) note(path.slice(9), `limit ${limit.id}`);
  }
  return readers;
}

function diffField(
  path: string,
  a: EvidenceField,
  b: EvidenceField,
  reasons: ReasonList,
): EvidenceFieldDiff | undefined {
  const changes: EvidenceChangeKind[] = [];
  const out: { -readonly [K in keyof EvidenceFieldDiff]?: EvidenceFieldDiff[K] } = {};
  const subject = `evidence field "${path}"`;
  if (a.type !== b.type) {
    changes.push("type");
    out.type = { from: a.type, to: b.type };
    reasons.add(
      "major",
      path,
      `${subject} retyped from ${a.type} to ${b.type}: values valid before may be rejected or compare differently`,
    );
  } else {
    const from = rangeOf(a);
    const to = rangeOf(b);
    if (from && to && !sameJson(from, to)) {
      changes.push("range");
      out.range = { from, to };
      const detail = `${showRange(from)} → ${showRange(to)}`;
      if (isNarrower(from, to))
        reasons.add(
          "major",
          path,
          `${subject}: range narrowed ${detail}: some evidence valid before is now rejected`,
        );
      else
        reasons.add(
          "minor",
          path,
          `${subject}: range widened ${detail}: all evidence valid before stays valid`,
        );
    } else if (!sameJson("min" in a ? [a.min, a.max] : [], "min" in b ? [b.min, b.max] : [])) {
      changes.push("range");
      reasons.add(
        "patch",
        path,
        `${subject}: range written out as the type's own bounds: no effect`,
      );
    }
    if (a.type === "enum" && b.type === "enum" && !sameJson(a.values, b.values)) {
      changes.push("values");
      const values = listChange(a.values, b.values);
      out.values = values;
      if (values.removed.length > 0)
        reasons.add(
          "major",
          path,
          `${subject}: values ${quoteList(values.removed)} removed: evidence using them, valid before, is now rejected`,
        );
      else if (isListChanged(values))
        reasons.add(
          "minor",
          path,
          `${subject}: values ${quoteList(values.added)} added: all evidence valid before stays valid`,
        );
      else reasons.add("patch", path, `${subject}: values reordered: no effect`);
    }
  }
  if (a.maxAgeDays !== b.maxAgeDays) {
    changes.push("maxAgeDays");
    out.maxAgeDays = { from: a.maxAgeDays ?? null, to: b.maxAgeDays ?? null };
    reasons.add(
      "minor",
      path,
      `${subject}: maxAgeDays changed from ${a.maxAgeDays ?? "none"} to ${b.maxAgeDays ?? "none"}: staleness is only warned about, never changes a score`,
    );
  }
  const text = TEXT.filter((f) => a[f] !== b[f]);
  if (text.length > 0) {
    changes.push("text");
    out.text = text;
    reasons.add("patch", path, `${subject}: ${quoteList(text, "")} reworded: text only`);
  }
  return changes.length === 0 ? undefined : { path, changes, ...out };
}

/** Compares evidence declarations: added, removed, retyped, ranges, enum values, staleness, text. */
export function diffEvidence(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["evidence"] {
  const readers = readersOf(newer);
  const added: { path: string; type: string; readBy: string[] }[] = [];
  const removed: { path: string; type: string }[] = [];
  const changed: EvidenceFieldDiff[] = [];
  for (const [path, field] of Object.entries(newer.evidence)) {
    const old = Object.hasOwn(older.evidence, path) ? older.evidence[path] : undefined;
    if (old !== undefined) {
      const diff = diffField(path, old, field, reasons);
      if (diff) changed.push(diff);
      continue;
    }
    const readBy = readers.get(path) ?? [];
    added.push({ path, type: field.type, readBy });
    if (readBy.length === 0)
      reasons.add(
        "minor",
        path,
        `evidence field "${path}" added: no scored condition reads it, so no judgement changes`,
      );
    else
      reasons.add(
        "major",
        path,
        `evidence field "${path}" added and read by ${quoteList(readBy, "")}: a scored condition depends on it`,
      );
  }
  for (const [path, field] of Object.entries(older.evidence)) {
    if (Object.hasOwn(newer.evidence, path)) continue;
    removed.push({ path, type: field.type });
    reasons.add(
      "major",
      path,
      `evidence field "${path}" removed: evidence supplying it is no longer checked, and no condition can read it`,
    );
  }
  return { added, removed, changed };
}
