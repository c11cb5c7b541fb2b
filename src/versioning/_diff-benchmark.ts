import type { Benchmark } from "../format/schema.js";
import { LEVELS, effectiveRequires, isScored, statusOf } from "./_benchmark-facts.js";
import {
  type ReasonList,
  isListChanged,
  listChange,
  quoteList,
  sameJson,
  showJson,
} from "./_compare.js";
import type { BenchmarkChangeKind, BenchmarkDiff, BumpReason, LevelChange } from "./types.js";

const TEXT = ["title", "description", "rationale"] as const;

type Details = { -readonly [K in keyof BenchmarkDiff]?: BenchmarkDiff[K] };

/** Collects one benchmark's changes, details and reasons. */
interface Recorder {
  readonly id: string;
  readonly details: Details;
  note(kind: BenchmarkChangeKind, bump: BumpReason["bump"], message: string): void;
}

function levelDetail(levels: readonly LevelChange[]): string {
  return levels
    .map((l) => {
      const from = showJson(l.from);
      const to = showJson(l.to);
      return from.length + to.length <= 120 ? `${l.level} ${from} → ${to}` : l.level;
    })
    .join("; ");
}

/** Levels, appliesTo and requires: what decides the outcome. */
function diffConditions(a: Benchmark, b: Benchmark, judged: boolean, r: Recorder): void {
  const bump = judged ? "major" : "minor";
  const why = judged
    ? "the same evidence can now get a different outcome"
    : "it is a pilot in both versions and no limit reads it, so it never counts";
  const levels = LEVELS.filter((l) => !sameJson(a.levels[l], b.levels[l])).map((level) => ({
    level,
    from: a.levels[level],
    to: b.levels[level],
  }));
  if (levels.length > 0) {
    r.details.levels = levels;
    r.note("levels", bump, `level conditions changed (${levelDetail(levels)}): ${why}`);
  }
  if (!sameJson(a.appliesTo ?? true, b.appliesTo ?? true)) {
    r.details.appliesTo = { from: a.appliesTo, to: b.appliesTo };
    const detail = `${showJson(a.appliesTo)} → ${showJson(b.appliesTo)}`;
    r.note("appliesTo", bump, `appliesTo changed (${detail}): ${why}`);
  } else if (!sameJson(a.appliesTo, b.appliesTo)) {
    r.note(
      "appliesTo",
      "patch",
      "appliesTo written as `true` or left out, which mean the same: no effect",
    );
  }
  if (a.requires === undefined && b.requires === undefined) return;
  const change = listChange(effectiveRequires(a), effectiveRequires(b));
  if (isListChanged(change)) {
    r.details.requires = change;
    const adds = change.added.length > 0 ? [`adds ${quoteList(change.added)}`] : [];
    const drops = change.removed.length > 0 ? [`drops ${quoteList(change.removed)}`] : [];
    r.note("requires", bump, `requires ${[...adds, ...drops].join(" and ")}: ${why}`);
  } else if (!sameJson(a.requires, b.requires)) {
    r.note("requires", "patch", "requires rewritten with the same paths: no effect");
  }
}

/** Weight, gate, domain and status: how the outcome counts. */
function diffCounting(a: Benchmark, b: Benchmark, r: Recorder): void {
  const scored = isScored(a) || isScored(b);
  const bump = scored ? "major" : "minor";
  const why = scored
    ? "it changes how the benchmark counts"
    : "it is a pilot in both versions, so it never counts";
  const scalar = <T extends string | number | boolean>(
    kind: "weight" | "gate" | "domain",
    from: T,
    to: T,
    written: boolean,
  ) => {
    if (from !== to) {
      r.details[kind] = { from, to } as never;
      r.note(kind, bump, `${kind} changed from ${from} to ${to}: ${why}`);
    } else if (written) {
      r.note(kind, "patch", `${kind} written out as the default (${to}): no effect`);
    }
  };
  scalar("weight", a.weight ?? 1, b.weight ?? 1, a.weight !== b.weight);
  scalar("gate", a.gate ?? false, b.gate ?? false, a.gate !== b.gate);
  scalar("domain", a.domain, b.domain, false);

  const from = statusOf(a);
  const to = statusOf(b);
  if (from === to) {
    if (a.status !== b.status)
      r.note("status", "patch", "status written out as the default (active): no effect");
    return;
  }
  r.details.status = { from, to };
  const moved = `status changed from ${from} to ${to}`;
  if (isScored(a) !== isScored(b)) {
    const now = isScored(b) ? "it now counts" : "it no longer counts";
    r.note("status", "major", `${moved}: ${now} towards its domain`);
  } else {
    const flag = to === "deprecated" ? "now flagged in warnings" : "no longer flagged";
    r.note("status", "minor", `${moved}: still scored, ${flag}`);
  }
}

/** Title, description, rationale, cited sources and explanation templates: words only. */
function diffWording(a: Benchmark, b: Benchmark, r: Recorder): void {
  const text = TEXT.filter((f) => a[f] !== b[f]);
  if (text.length > 0) {
    r.details.text = text;
    r.note("text", "patch", `${quoteList(text, "")} reworded: text only`);
  }
  if (!sameJson(a.sources, b.sources)) {
    r.details.sources = listChange(a.sources ?? [], b.sources ?? []);
    r.note("sources", "patch", "cited sources changed: citations never affect a judgement");
  }
  if (sameJson(a.explanations, b.explanations)) return;
  const keys = new Set([
    ...Object.keys(a.explanations ?? {}),
    ...Object.keys(b.explanations ?? {}),
  ]);
  const outcomes = [...keys] as (keyof NonNullable<Benchmark["explanations"]>)[];
  const changed = outcomes.filter((o) => a.explanations?.[o] !== b.explanations?.[o]);
  r.details.explanations = changed;
  const which = changed.length > 0 ? ` for ${quoteList(changed, "")}` : "";
  r.note(
    "explanations",
    "patch",
    `explanation templates${which} changed: they word the summary, never the outcome`,
  );
}

/**
 * Compares one benchmark present in both versions. `readByLimits`: benchmarks a limit reads,
 * whose conditions matter even when they are pilots.
 */
export function diffBenchmark(
  a: Benchmark,
  b: Benchmark,
  readByLimits: ReadonlySet<string>,
  reasons: ReasonList,
): BenchmarkDiff | undefined {
  const changes: BenchmarkChangeKind[] = [];
  const r: Recorder = {
    id: b.id,
    details: {},
    note(kind, bump, message) {
      if (!changes.includes(kind)) changes.push(kind);
      reasons.add(bump, b.id, `${b.id}: ${message}`);
    },
  };
  // A limit may read a pilot benchmark's outcome, so its conditions can still change a rating.
  diffConditions(a, b, isScored(a) || isScored(b) || readByLimits.has(b.id), r);
  diffCounting(a, b, r);
  diffWording(a, b, r);
  return changes.length === 0 ? undefined : { id: b.id, title: b.title, changes, ...r.details };
}
