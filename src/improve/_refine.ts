import type { EvidenceField } from "../format/schema.js";
import type { Assignment } from "./_data.js";
import { changeCost, clean, isNumeric, isWhole, unitOf } from "./_fields.js";

/** Tells whether a plan still reaches the target with one path set to another value. */
export type Tester = (path: string, value: unknown) => boolean;

/** What refining needs: declarations, current values, and a judge of plans. */
export interface RefineInput {
  readonly fields: ReadonlyMap<string, EvidenceField>;
  readonly values: Assignment;
  /**
   * Prepares to judge variations of a plan: the tester says whether the plan reaches the target
   * with one path set to a value (its current value, or undefined, to drop the change).
   */
  readonly prepare: (changes: Assignment) => Tester;
}

function snapper(field: EvidenceField): (x: number) => number {
  return isWhole(field) ? Math.round : (x) => clean(Math.round(x * 10) / 10);
}

/** The grid value nearest `bad` that still passes, by bisection between a passing and a failing value. */
function boundary(
  test: (v: number) => boolean,
  ok: number,
  bad: number,
  snap: (x: number) => number,
): number {
  for (let i = 0; i < 64; i++) {
    const mid = snap((ok + bad) / 2);
    if (mid === ok || mid === bad || (mid - ok) * (mid - bad) > 0) return ok;
    if (test(mid)) ok = mid;
    else bad = mid;
  }
  return ok;
}

/** Drops every change the target does not need, most expensive first. */
export function prune(input: RefineInput, changes: Map<string, unknown>): Map<string, unknown> {
  const out = new Map(changes);
  let test = input.prepare(out);
  const cost = (p: string) => changeCost(input.fields.get(p)!, input.values.get(p), changes.get(p));
  for (const path of [...changes.keys()].sort((a, b) => cost(b) - cost(a))) {
    if (!test(path, input.values.get(path))) continue;
    out.delete(path);
    test = input.prepare(out);
  }
  return out;
}

/**
 * A changed number moved back towards its old value as far as the plan allows: one more unit
 * (1 for integers and counts, 0.1 otherwise) would fall short.
 */
function towardOld(
  field: EvidenceField,
  from: number,
  to: number,
  test: (v: number) => boolean,
): number {
  const d = Math.sign(to - from);
  if (d === 0) return to;
  let v = boundary(test, to, from, snapper(field));
  const unit = unitOf(field);
  for (let i = 0; i < 10_000; i++) {
    const back = clean(v - d * unit);
    if ((back - from) * d <= 0 || !test(back)) break;
    v = back;
  }
  return v;
}

/**
 * Makes every changed number as small as the plan allows, one change at a time. Provided values
 * (no old value) stay where the solver put them: at the threshold of the level they are for.
 */
export function minimise(input: RefineInput, changes: Map<string, unknown>): Map<string, unknown> {
  const out = new Map(changes);
  for (const [path, to] of changes) {
    const field = input.fields.get(path)!;
    if (!isNumeric(field) || typeof to !== "number" || typeof input.values.get(path) !== "number")
      continue;
    const tester = input.prepare(out);
    const test = (v: number) => tester(path, v);
    const from = input.values.get(path);
    if (typeof from === "number") out.set(path, towardOld(field, from, to, test));
  }
  return out;
}

/** Prunes, minimises and prunes again: an irredundant plan whose numbers are as small as it allows. */
export function refine(input: RefineInput, changes: Map<string, unknown>): Map<string, unknown> {
  let out = changes;
  for (let round = 0; round < 3; round++) {
    const next = prune(input, minimise(input, prune(input, out)));
    const same = next.size === out.size && [...next].every(([p, v]) => out.get(p) === v);
    out = next;
    if (same) break;
  }
  return out;
}
