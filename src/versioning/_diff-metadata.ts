import { organisationTypes } from "../format/defaults.js";
import type { RuleSet } from "../format/schema.js";
import {
  type ReasonList,
  byId,
  isListChanged,
  isReordered,
  listChange,
  quoteList,
  sameJson,
} from "./_compare.js";
import type { RuleSetDiff } from "./types.js";

type Window = { readonly from: string; readonly until: string | null } | null;

function effectiveWindow(ruleSet: RuleSet): Window {
  const eff = ruleSet.effective;
  return eff === undefined ? null : { from: eff.from, until: eff.until ?? null };
}

function showWindow(window: Window): string {
  if (window === null) return "none";
  return `from ${window.from}${window.until === null ? "" : ` until ${window.until}`}`;
}

/** Compares id, title, description, status and effective window. */
export function diffMetadata(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["metadata"] {
  const out: { -readonly [K in keyof RuleSetDiff["metadata"]]: RuleSetDiff["metadata"][K] } = {};
  if (older.id !== newer.id) {
    out.id = { from: older.id, to: newer.id };
    reasons.add(
      "major",
      "id",
      `id changed from "${older.id}" to "${newer.id}": these are two rule sets, not two versions of one`,
    );
  }
  if (older.title !== newer.title) {
    out.title = { from: older.title, to: newer.title };
    reasons.add("patch", "title", "title reworded: text only");
  }
  if (older.description !== newer.description) {
    out.description = { from: older.description ?? null, to: newer.description ?? null };
    reasons.add("patch", "description", "description reworded: text only");
  }
  if (older.status !== newer.status) {
    out.status = { from: older.status, to: newer.status };
    reasons.add(
      "minor",
      "status",
      `status changed from ${older.status} to ${newer.status}: this changes which version a registry offers, not how evidence is judged`,
    );
  }
  const from = effectiveWindow(older);
  const to = effectiveWindow(newer);
  if (!sameJson(from, to)) {
    out.effective = { from, to };
    reasons.add(
      "minor",
      "effective",
      `effective window changed (${showWindow(from)} → ${showWindow(to)}): this changes the dates the version is in force for, not how evidence is judged`,
    );
  } else if (!sameJson(older.effective, newer.effective)) {
    reasons.add(
      "patch",
      "effective",
      "effective window rewritten (`until: null` and no `until` both mean open-ended): no effect",
    );
  }
  return out;
}

/** Compares accepted organisation types, with the defaults filled in. */
export function diffOrganisationTypes(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["organisationTypes"] {
  const from = organisationTypes(older);
  const to = organisationTypes(newer);
  const change = listChange(from, to);
  for (const type of change.removed)
    reasons.add(
      "major",
      type,
      `organisation type "${type}" removed: evidence for such an organisation, valid before, is now rejected`,
    );
  for (const type of change.added)
    reasons.add(
      "minor",
      type,
      `organisation type "${type}" added: evidence for it was rejected before, so no earlier judgement changes`,
    );
  if (!isListChanged(change) && !sameJson(older.organisationTypes, newer.organisationTypes))
    reasons.add(
      "patch",
      "organisationTypes",
      "organisation types reordered or written out as the defaults: the accepted set is the same",
    );
  return change;
}

const SOURCE_FIELDS = ["title", "publisher", "published", "url", "note"] as const;

/** Compares the sources benchmarks may cite. */
export function diffSources(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["sources"] {
  const from = older.sources ?? [];
  const to = newer.sources ?? [];
  const a = byId(from);
  const b = byId(to);
  const added = to.filter((s) => !a.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
  const removed = from.filter((s) => !b.has(s.id)).map((s) => ({ id: s.id, title: s.title }));
  const changed: { id: string; fields: string[] }[] = [];
  for (const s of added)
    reasons.add("minor", s.id, `source "${s.id}" added: citations never affect a judgement`);
  for (const s of removed)
    reasons.add("minor", s.id, `source "${s.id}" removed: citations never affect a judgement`);
  for (const s of to) {
    const old = a.get(s.id);
    if (old === undefined) continue;
    const fields = SOURCE_FIELDS.filter((f) => old[f] !== s[f]);
    if (fields.length === 0) continue;
    changed.push({ id: s.id, fields });
    reasons.add(
      "patch",
      s.id,
      `source "${s.id}": ${quoteList(fields, "")} changed: source metadata only`,
    );
  }
  const ids = (list: readonly { id: string }[]) => list.map((s) => s.id);
  if (isReordered(ids(from), ids(to)))
    reasons.add("patch", "sources", "sources reordered: order has no effect");
  return { added, removed, changed };
}

/** Compares domains; what their benchmarks do is judged under benchmarks. */
export function diffDomains(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["domains"] {
  const a = byId(older.domains);
  const b = byId(newer.domains);
  const added: { id: string; title: string; benchmarks: string[] }[] = [];
  const removed: { id: string; title: string }[] = [];
  const changed: { id: string; changes: ("title" | "description")[] }[] = [];
  for (const d of newer.domains) {
    const old = a.get(d.id);
    if (old === undefined) {
      const members = newer.benchmarks.filter((x) => x.domain === d.id);
      added.push({ id: d.id, title: d.title, benchmarks: members.map((x) => x.id) });
      const scored = members.filter((x) => x.status !== "pilot").length;
      const why =
        members.length === 0
          ? "it has no benchmarks, so it is reported as not assessed and never counts"
          : scored === 0
            ? "it has only pilot benchmarks, so it is reported as not assessed and never counts"
            : "its benchmarks' own changes are listed under benchmarks";
      reasons.add("minor", d.id, `domain "${d.id}" added: ${why}`);
      continue;
    }
    const changes = (["title", "description"] as const).filter((f) => old[f] !== d[f]);
    if (changes.length === 0) continue;
    changed.push({ id: d.id, changes: [...changes] });
    reasons.add("patch", d.id, `domain "${d.id}": ${quoteList(changes, "")} reworded: text only`);
  }
  for (const d of older.domains) {
    if (b.has(d.id)) continue;
    removed.push({ id: d.id, title: d.title });
    const had = older.benchmarks.some((x) => x.domain === d.id && x.status !== "pilot");
    const why = had
      ? "its benchmarks' own changes (removed or moved) are listed under benchmarks"
      : "it had no scored benchmarks, so it was never assessed";
    reasons.add("minor", d.id, `domain "${d.id}" removed: ${why}`);
  }
  const reordered = isReordered(
    older.domains.map((d) => d.id),
    newer.domains.map((d) => d.id),
  );
  if (reordered)
    reasons.add(
      "patch",
      "domains",
      "domains reordered: judgements list domains in rule-set order, but order never changes a score or rating",
    );
  return { added, removed, changed, reordered };
}
