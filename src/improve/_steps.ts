import { readPaths } from "../evaluate/_reads.js";
import type { Judgement } from "../evaluate/judgement.js";
import type { Outcome } from "../format/schema.js";
import type { Assignment } from "./_data.js";
import { changeCost } from "./_fields.js";
import type { ScoreModel } from "./_model.js";
import type { Move } from "./_moves.js";
import type {
  BenchmarkStep,
  EvidenceChange,
  EvidenceValue,
  ImprovementStep,
  MergedBenchmark,
} from "./types.js";

const RANK: Readonly<Record<Outcome, number>> = {
  exceptional: 4,
  good: 3,
  "some-shortfalls": 2,
  "significant-shortfalls": 1,
  "not-evidenced": 0,
  "not-applicable": 0,
};

type Owner = { readonly benchmark: number } | { readonly limit: number };

interface Group {
  readonly owner: Owner;
  readonly paths: string[];
}

/**
 * Which step a changed path belongs to: the improved benchmark that needs its value (it would
 * fall back if the value moved back one unit), preferring the one whose move asked for it; else
 * the first improved benchmark that reads it; else the limit it clears; else its first reader.
 */
function ownerOf(
  model: ScoreModel,
  path: string,
  origin: Move | undefined,
  improved: ReadonlySet<number>,
  binding: ReadonlySet<number>,
  before: Judgement,
): Owner {
  const readers = model.readers.get(path) ?? [];
  const needs = readers.filter((i) => improved.has(i) && binding.has(i));
  if (origin?.benchmark !== undefined && needs.includes(origin.benchmark))
    return { benchmark: origin.benchmark };
  if (needs[0] !== undefined) return { benchmark: needs[0] };
  if (origin?.benchmark !== undefined && improved.has(origin.benchmark))
    return { benchmark: origin.benchmark };
  const reader = readers.find((i) => improved.has(i));
  if (reader !== undefined) return { benchmark: reader };
  if (origin?.limit !== undefined) return { limit: origin.limit };
  const held = new Set(before.limits.map((l) => l.id));
  const limit = model.limits.findIndex(
    (l) => held.has(l.limit.id) && readPaths(l.limit.when).includes(`evidence.${path}`),
  );
  if (limit >= 0) return { limit };
  return { benchmark: readers[0] ?? origin?.benchmark ?? 0 };
}

/**
 * Groups a plan's changes into steps, one per benchmark (or limit) that owns them (`binding`
 * tells which benchmarks fall back when a change is moved back one unit); benchmarks
 * that move without owning a change are listed in `also` of the step whose change moved them.
 * Steps are ranked cheapest first (total relative size of their changes), then in rule-set order.
 */
export function buildSteps(
  model: ScoreModel,
  values: Assignment,
  changes: Assignment,
  origins: ReadonlyMap<string, Move>,
  binding: (path: string) => ReadonlySet<number>,
  before: Judgement,
  after: Judgement,
): ImprovementStep[] {
  const moved = model.benchmarks.flatMap((c) =>
    before.benchmarks[c.index]!.outcome === after.benchmarks[c.index]!.outcome ? [] : [c.index],
  );
  const improved = new Set(
    moved.filter((i) => RANK[after.benchmarks[i]!.outcome] > RANK[before.benchmarks[i]!.outcome]),
  );
  const groups = new Map<string, Group>();
  const keyOf = (o: Owner) => ("limit" in o ? `l${o.limit}` : `b${o.benchmark}`);
  for (const path of changes.keys()) {
    const owner = ownerOf(model, path, origins.get(path), improved, binding(path), before);
    const group = groups.get(keyOf(owner)) ?? { owner, paths: [] };
    group.paths.push(path);
    groups.set(keyOf(owner), group);
  }
  const also = new Map<string, MergedBenchmark[]>();
  for (const i of moved) {
    if (groups.has(`b${i}`)) continue;
    const path = model.benchmarks[i]!.reads.find((p) => changes.has(p));
    if (path === undefined) continue;
    const key = [...groups].find(([, g]) => g.paths.includes(path))![0];
    const r = after.benchmarks[i]!;
    const list = also.get(key) ?? [];
    list.push({
      benchmark: r.id,
      title: r.title,
      from: before.benchmarks[i]!.outcome,
      to: r.outcome,
    });
    also.set(key, list);
  }
  const order = [...model.fields.keys()];
  const steps = [...groups].map(([key, { owner, paths }]) => {
    paths.sort((a, b) => order.indexOf(a) - order.indexOf(b));
    const list: EvidenceChange[] = paths.map((path) => ({
      path,
      from: (values.get(path) ?? null) as EvidenceValue | null,
      to: changes.get(path) as EvidenceValue,
    }));
    const total = paths.reduce(
      (sum, p) => sum + changeCost(model.fields.get(p)!, values.get(p), changes.get(p)),
      0,
    );
    const cost = Math.round(total * 1000) / 1000;
    if ("limit" in owner) {
      const { limit } = model.limits[owner.limit]!;
      return {
        index: model.benchmarks.length + owner.limit,
        step: {
          kind: "limit",
          limit: limit.id,
          reason: limit.reason,
          capAt: limit.capAt,
          cost,
          changes: list,
        } as const,
      };
    }
    const r = after.benchmarks[owner.benchmark]!;
    const step: BenchmarkStep = {
      kind: "benchmark",
      benchmark: r.id,
      title: r.title,
      domain: r.domain,
      from: before.benchmarks[owner.benchmark]!.outcome,
      to: r.outcome,
      cost,
      changes: list,
      summary: r.summary,
      also: also.get(key) ?? [],
    };
    return { index: owner.benchmark, step };
  });
  steps.sort((a, b) => a.step.cost - b.step.cost || a.index - b.index);
  return steps.map((s) => s.step);
}
