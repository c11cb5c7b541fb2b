import { readPaths } from "../evaluate/_reads.js";
import { truthy } from "../logic/truthy.js";
import type { EvidenceField } from "../format/schema.js";
import { type ModelState, ratingRank, type ScoreModel } from "./_model.js";
import { createSolveContext } from "./_context.js";
import { type Move, realChanges } from "./_moves.js";
import { type SolveContext, assignmentCost, solve } from "./_solve.js";

const EVIDENCE = "evidence.";

/** The limits that cap below the target rank. */
function blocking(model: ScoreModel, target: number): number[] {
  return model.limits.flatMap((l, i) => (ratingRank(l.limit.capAt) < target ? [i] : []));
}

/** The benchmark id inside a summary path `benchmarks.<id>.score` (ids may contain dots). */
function benchmarkIdOf(path: string): string {
  return path.slice("benchmarks.".length, path.lastIndexOf("."));
}

/**
 * For each blocking limit that holds now and reads evidence a plan may change, the cheapest
 * evidence change that makes its condition false (other summary values as they are now).
 */
export function limitMoves(
  model: ScoreModel,
  base: ModelState,
  ctx: SolveContext,
  target: number,
): Move[] {
  const summary = model.context(base);
  const fields = new Map<string, EvidenceField>([...ctx.fields].map(([p, f]) => [EVIDENCE + p, f]));
  const values = new Map([...ctx.values].map(([p, v]) => [EVIDENCE + p, v]));
  const summaryCtx = createSolveContext({
    fields,
    values,
    asOf: ctx.asOf,
    data: summary,
    changeable: (p) => p.startsWith(EVIDENCE) && ctx.changeable(p.slice(EVIDENCE.length)),
  });
  const out: Move[] = [];
  for (const i of blocking(model, target)) {
    const { limit, when } = model.limits[i]!;
    if (!truthy(when.run(summary))) continue;
    if (!readPaths(limit.when).some((p) => summaryCtx.changeable(p))) continue;
    const solved = solve(summaryCtx, { "!": [limit.when] })[0];
    if (solved === undefined) continue;
    const changes = realChanges(
      ctx,
      new Map([...solved].map(([p, v]) => [p.slice(EVIDENCE.length), v])),
    );
    if (changes.size > 0)
      out.push({ limit: i, score: 0, changes, cost: assignmentCost(ctx, changes) });
  }
  return out;
}

/**
 * Floors on benchmark scores that would stop blocking limits reading benchmark outcomes from
 * holding in a near miss: raise every benchmark such a limit reads to its best, then give back
 * whatever is not needed.
 */
export function deriveFloors(
  model: ScoreModel,
  near: ModelState,
  moves: readonly (readonly Move[])[],
  target: number,
): Map<number, number> {
  const floors = new Map<number, number>();
  const context = model.context(near);
  const index = new Map(model.benchmarks.map((c) => [c.benchmark.id, c.index]));
  for (const i of near.limits) {
    const { limit, when } = model.limits[i]!;
    if (ratingRank(limit.capAt) >= target) continue;
    const read = [
      ...new Set(
        readPaths(limit.when)
          .filter((p) => p.startsWith("benchmarks."))
          .map(benchmarkIdOf),
      ),
    ];
    const options = read.flatMap((id) => {
      const b = index.get(id);
      if (b === undefined) return [];
      const scores = [...new Set(moves[b]!.map((m) => m.score))].sort((x, y) => x - y);
      return scores.length === 0 ? [] : [{ id, b, scores, outcomes: moves[b]! }];
    });
    const at = new Map<string, number>(options.map((o) => [o.id, o.scores[o.scores.length - 1]!]));
    const holds = () => {
      const benchmarks = { ...(context.benchmarks as Record<string, unknown>) };
      for (const o of options) {
        const score = at.get(o.id);
        if (score === undefined) continue;
        const move = o.outcomes.find((m) => m.score === score)!;
        benchmarks[o.id] = { outcome: move.outcome, score };
      }
      return truthy(when.run({ ...context, benchmarks }));
    };
    if (options.length === 0 || holds()) continue;
    for (const o of options) {
      const kept = at.get(o.id)!;
      at.delete(o.id);
      if (holds()) at.set(o.id, kept);
    }
    for (const o of options) {
      if (!at.has(o.id)) continue;
      for (const s of o.scores) {
        const kept = at.get(o.id)!;
        at.set(o.id, s);
        if (!holds()) break;
        at.set(o.id, kept);
      }
    }
    for (const [id, score] of at) {
      const b = index.get(id)!;
      floors.set(b, Math.max(floors.get(b) ?? 0, score));
    }
  }
  return floors;
}

/** What a limit reads that no evidence change can alter, in words, or undefined if it can change. */
export function fixedLimitCause(
  model: ScoreModel,
  base: ModelState,
  changeable: (path: string) => boolean,
  limitIndex: number,
): string | undefined {
  const { limit } = model.limits[limitIndex]!;
  const neverAssessed = new Set(
    model.ruleSet.domains
      .filter((_, d) =>
        model.members[d]!.every(
          (i) => model.benchmarks[i]!.status === "pilot" || base.outcomes[i] === "not-applicable",
        ),
      )
      .map((d) => d.id),
  );
  const causes = new Set<string>();
  for (const path of readPaths(limit.when)) {
    if (path === "organisation.type") causes.add("the organisation type");
    else if (path.startsWith(EVIDENCE) && !changeable(path.slice(EVIDENCE.length)))
      causes.add(
        `\`${path.slice(EVIDENCE.length)}\`, which decides which benchmarks apply and is never changed by a plan`,
      );
    else if (path.startsWith("domains.") && neverAssessed.has(path.slice(8, path.lastIndexOf("."))))
      causes.add(
        `domain \`${path.slice(8, path.lastIndexOf("."))}\`, which has no scored benchmarks (only pilot or not applicable ones) and so is never assessed`,
      );
    else if (
      path.startsWith("benchmarks.") &&
      base.outcomes[model.benchmarks.findIndex((c) => c.benchmark.id === benchmarkIdOf(path))] ===
        "not-applicable"
    )
      causes.add(`benchmark \`${benchmarkIdOf(path)}\`, which does not apply to this organisation`);
    else return undefined;
  }
  return causes.size === 0 ? "nothing that can change" : [...causes].join(" and ");
}
