import { truthy } from "../logic/truthy.js";
import type { Assignment } from "./_data.js";
import { boundsOf, clean, isNumeric, isWhole, type NumericField } from "./_fields.js";
import { bareVar, flipComparison, type Linear, linearOf, operation } from "./_logic.js";
import { type SolveContext, evaluateAt, extend, fillMissing, nudge, valueAt } from "./_solve.js";
import { valuesFor } from "./_values.js";

const ORDER = new Set(["<", "<=", ">", ">="]);

function compare(a: number, op: string, b: number): boolean {
  return op === "<" ? a < b : op === "<=" ? a <= b : op === ">" ? a > b : a >= b;
}

/**
 * Solves `left op right` where both sides are linear in numeric fields (e.g. a mean of four
 * scores against 3): the shortfall is made up by as few fields as possible, fields being provided
 * first (their value is free), then those with the most room to move.
 */
export function solveLinear(
  ctx: SolveContext,
  node: unknown,
  op: string,
  left: unknown,
  right: unknown,
  assign: Assignment,
): Assignment[] {
  if (!ORDER.has(op)) return [];
  const l = linearOf(left);
  const r = linearOf(right);
  if (l === undefined || r === undefined) return [];
  const terms = new Map(l.terms);
  for (const [p, c] of r.terms) terms.set(p, (terms.get(p) ?? 0) - c);
  const lin: Linear = { terms, constant: l.constant - r.constant };
  const base = fillMissing(ctx, { "+": [left, right] }, assign);
  if (base === undefined) return [];
  const sign = op.startsWith(">") ? 1 : -1;
  let f = lin.constant;
  for (const [p, c] of lin.terms) {
    const v = valueAt(ctx, base, p);
    if (typeof v !== "number") return [];
    f += c * v;
  }
  let remaining = -sign * f;
  const free = [...lin.terms]
    .filter(([p, c]) => c !== 0 && ctx.changeable(p) && isNumeric(ctx.fields.get(p)!))
    .map(([p, c]) => {
      const field = ctx.fields.get(p)! as NumericField;
      const dir = Math.sign(c * sign);
      const x = valueAt(ctx, base, p) as number;
      const { min, max } = boundsOf(field);
      const room = Math.abs(c) * (dir > 0 ? max - x : x - min);
      return { p, c, field, dir, x, room, provided: !ctx.values.has(p) };
    })
    .filter((t) => t.room > 0)
    .sort((a, b) => Number(b.provided) - Number(a.provided) || b.room - a.room);
  let out = new Map(base);
  let last: (typeof free)[number] | undefined;
  for (const t of free) {
    if (remaining <= 1e-12 && last !== undefined) break;
    const take = Math.min(t.room, Math.max(remaining, 0));
    let x = clean(t.x + (t.dir * take) / Math.abs(t.c));
    if (isWhole(t.field)) x = t.dir > 0 ? Math.ceil(x) : Math.floor(x);
    const { min, max } = boundsOf(t.field);
    x = Math.min(max, Math.max(min, x));
    out = extend(out, t.p, x);
    remaining -= Math.abs(t.c) * Math.abs(x - t.x);
    last = t;
  }
  if (last === undefined) return [];
  const holds = (a: Assignment) => truthy(evaluateAt(ctx, node, a));
  const done = nudge(ctx, holds, out, last.p, last.dir > 0 ? ">=" : "<=");
  return done === undefined ? [] : [done];
}

/**
 * Solves `min(a, b, …) op t` and `max(…) op t` over plain fields: every field that fails when all
 * must pass (`min >= t`, `max <= t`), else each field on its own as an alternative.
 */
export function solveMinMax(
  ctx: SolveContext,
  op: string,
  left: unknown,
  right: unknown,
  assign: Assignment,
): Assignment[] {
  if (!ORDER.has(op)) return [];
  for (const [side, other, flipped] of [
    [left, right, false],
    [right, left, true],
  ] as const) {
    const o = operation(side);
    if (o === undefined || (o.op !== "min" && o.op !== "max")) continue;
    const paths = o.args.map(bareVar);
    if (paths.some((p) => p === undefined || !ctx.changeable(p))) continue;
    const base = fillMissing(ctx, { "+": [side, other] }, assign);
    if (base === undefined) continue;
    const t = evaluateAt(ctx, other, base);
    if (typeof t !== "number") continue;
    const sideOp = flipped ? flipComparison(op) : op;
    const all = (o.op === "min") === sideOp.startsWith(">");
    const fix = (a: Assignment, p: string) => {
      const v = valueAt(ctx, a, p);
      if (typeof v === "number" && compare(v, sideOp, t)) return a;
      const to = valuesFor(ctx.fields.get(p)!, sideOp, t, v, ctx.asOf)[0];
      return to === undefined ? undefined : extend(a, p, to);
    };
    if (!all) return (paths as string[]).flatMap((p) => fix(base, p) ?? []);
    let a: Assignment | undefined = base;
    for (const p of paths as string[]) a = a === undefined ? undefined : fix(a, p);
    return a === undefined ? [] : [a];
  }
  return [];
}
