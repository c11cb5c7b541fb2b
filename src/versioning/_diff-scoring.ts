import { resolveScoring } from "../format/defaults.js";
import type { RuleSet } from "../format/schema.js";
import { type ReasonList, byId, isReordered, sameJson, showJson } from "./_compare.js";
import type { LimitDiff, RuleSetDiff } from "./types.js";

type ScoringDiff = { -readonly [K in keyof RuleSetDiff["scoring"]]: RuleSetDiff["scoring"][K] };

const SETTINGS = ["model", "bands", "rounding", "missingEvidence", "minScoredPerDomain"] as const;

function diffLimits(older: RuleSet, newer: RuleSet, reasons: ReasonList): ScoringDiff["limits"] {
  const from = resolveScoring(older).limits;
  const to = resolveScoring(newer).limits;
  const a = byId(from);
  const b = byId(to);
  const added = to.filter((l) => !a.has(l.id)).map((l) => ({ id: l.id, capAt: l.capAt }));
  const removed = from.filter((l) => !b.has(l.id)).map((l) => ({ id: l.id, capAt: l.capAt }));
  for (const l of added)
    reasons.add("major", l.id, `limit "${l.id}" added: it can cap a rating at ${l.capAt}`);
  for (const l of removed)
    reasons.add(
      "major",
      l.id,
      `limit "${l.id}" removed: ratings it capped at ${l.capAt} are no longer capped`,
    );
  const changed: LimitDiff[] = [];
  for (const l of to) {
    const old = a.get(l.id);
    if (old === undefined) continue;
    const changes: LimitDiff["changes"][number][] = [];
    if (!sameJson(old.when, l.when)) {
      changes.push("when");
      reasons.add(
        "major",
        l.id,
        `limit "${l.id}": condition changed (${showJson(old.when)} → ${showJson(l.when)}): it can hold for different evidence`,
      );
    }
    if (old.capAt !== l.capAt) {
      changes.push("capAt");
      reasons.add(
        "major",
        l.id,
        `limit "${l.id}": capAt changed from ${old.capAt} to ${l.capAt}: capped ratings change`,
      );
    }
    if (old.reason !== l.reason) {
      changes.push("reason");
      reasons.add("patch", l.id, `limit "${l.id}": reason reworded: text only`);
    }
    if (changes.length > 0)
      changed.push({
        id: l.id,
        changes,
        ...(old.capAt === l.capAt ? {} : { capAt: { from: old.capAt, to: l.capAt } }),
      });
  }
  const ids = (list: readonly { id: string }[]) => list.map((l) => l.id);
  const reordered = isReordered(ids(from), ids(to));
  if (reordered)
    reasons.add(
      "patch",
      "limits",
      "limits reordered: every limit that holds is reported and the lowest cap wins, so order never changes a rating",
    );
  return { added, removed, changed, reordered };
}

/** Compares scoring settings (defaults filled in) and limits. */
export function diffScoring(
  older: RuleSet,
  newer: RuleSet,
  reasons: ReasonList,
): RuleSetDiff["scoring"] {
  const from = resolveScoring(older);
  const to = resolveScoring(newer);
  const out: ScoringDiff = { limits: diffLimits(older, newer, reasons) };
  for (const key of SETTINGS) {
    const written = !sameJson(older.scoring?.[key], newer.scoring?.[key]);
    if (!sameJson(from[key], to[key])) {
      (out as Record<string, unknown>)[key] = { from: from[key], to: to[key] };
      reasons.add(
        "major",
        key,
        `scoring ${key} changed (${showJson(from[key])} → ${showJson(to[key])}): the same evidence can get a different score or rating`,
      );
    } else if (written) {
      reasons.add(
        "patch",
        key,
        `scoring ${key} written out as the default (${showJson(to[key])}): no effect`,
      );
    }
  }
  return out;
}
