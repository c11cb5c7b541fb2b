import type { EvidenceField } from "../format/schema.js";
import { truthy } from "../logic/truthy.js";
import type { Assignment } from "./_data.js";
import { changeCost, isNumeric, neutralValue, unitOf } from "./_fields.js";
import { bareVar, flipComparison, ifAsOr, isComparison, negate, operation } from "./_logic.js";
import { solveLinear, solveMinMax } from "./_solve-arithmetic.js";
import { probeValues, valuesFor } from "./_values.js";

/** What the solver needs: declarations, which fields it may change, the current evidence. */
export interface SolveContext {
  readonly fields: ReadonlyMap<string, EvidenceField>;
  /** True for fields a plan may change or provide (declared, and read by no `appliesTo`). */
  readonly changeable: (path: string) => boolean;
  readonly asOf: string;
  /** Current present values by dot path, and the data nested from them. */
  readonly values: Assignment;
  readonly data: Record<string, unknown>;
  /** Compiles logic once per node (the caller keeps the cache). */
  readonly compile: (logic: unknown) => (data: unknown) => unknown;
  /** The paths a condition reads, worked out once per node. */
  readonly reads: (logic: unknown) => readonly string[];
  /** The data with an assignment on top, built once per assignment. */
  readonly dataWith: (assign: Assignment) => Record<string, unknown>;
}

/** Most candidate assignments kept at each `and`/`or`. */
const KEEP = 4;

/** Evaluates logic on the current data with `assign` on top. */
export function evaluateAt(ctx: SolveContext, node: unknown, assign: Assignment): unknown {
  return ctx.compile(node)(ctx.dataWith(assign));
}

/** The value of a path with `assign` on top of the current values (undefined when missing). */
export function valueAt(ctx: SolveContext, assign: Assignment, path: string): unknown {
  return assign.has(path) ? assign.get(path) : ctx.values.get(path);
}

/** The total size of an assignment's changes, each relative to its field's range. */
export function assignmentCost(ctx: SolveContext, assign: Assignment): number {
  let cost = 0;
  for (const [path, value] of assign)
    cost += changeCost(ctx.fields.get(path)!, ctx.values.get(path), value);
  return cost;
}

/** `assign` with one more value. */
export function extend(assign: Assignment, path: string, value: unknown): Map<string, unknown> {
  return new Map(assign).set(path, value);
}

function cheapest(ctx: SolveContext, list: readonly Assignment[]): Assignment[] {
  const seen = new Map<string, { a: Assignment; cost: number }>();
  for (const a of list) {
    const key = JSON.stringify([...a].sort(([x], [y]) => (x < y ? -1 : 1)));
    if (!seen.has(key)) seen.set(key, { a, cost: assignmentCost(ctx, a) });
  }
  return [...seen.values()]
    .sort((x, y) => x.cost - y.cost)
    .slice(0, KEEP)
    .map((x) => x.a);
}

/**
 * Missing values that `node` reads, set to their neutral value so it can be evaluated (they
 * must be provided anyway); undefined when one of them cannot be provided.
 */
export function fillMissing(
  ctx: SolveContext,
  node: unknown,
  assign: Assignment,
): Assignment | undefined {
  let out: Map<string, unknown> | undefined;
  for (const path of ctx.reads(node)) {
    const field = ctx.fields.get(path);
    if (field === undefined || valueAt(ctx, assign, path) !== undefined) continue;
    if (!ctx.changeable(path)) return undefined;
    out ??= new Map(assign);
    out.set(path, neutralValue(field, ctx.asOf));
  }
  return out ?? assign;
}

/**
 * Candidate assignments (on top of `assign`) that make `node` truthy, cheapest first: `and`
 * solves each part in turn, `or` takes the cheapest branches, `!` is pushed inward, comparisons
 * of a field against a value are solved exactly, linear sums and min/max spread the change,
 * anything else is probed with likely values. Candidates are checked against the condition.
 */
export function solve(
  ctx: SolveContext,
  node: unknown,
  assign: Assignment = new Map(),
): Assignment[] {
  if (truthy(evaluateAt(ctx, node, assign))) return [assign];
  const o = operation(node);
  if (o === undefined) return [];
  const { op, args } = o;
  const holds = (a: Assignment) => truthy(evaluateAt(ctx, node, a));
  let out: Assignment[];
  switch (op) {
    case "and": {
      let partial: Assignment[] = [assign];
      for (const arg of args)
        partial = cheapest(
          ctx,
          partial.flatMap((a) => solve(ctx, arg, a)),
        );
      out = partial;
      break;
    }
    case "or":
      out = args.flatMap((arg) => solve(ctx, arg, assign));
      break;
    case "!": {
      const negated = negate(args[0]);
      out = negated === undefined ? probe(ctx, node, assign) : solve(ctx, negated, assign);
      break;
    }
    case "!!":
      out = solve(ctx, args[0], assign);
      break;
    case "if":
    case "?:":
      out = solve(ctx, ifAsOr(args), assign);
      break;
    case "in":
      out = solveIn(ctx, node, args, assign);
      break;
    default:
      out = isComparison(op)
        ? solveComparison(ctx, node, op, args, assign)
        : probe(ctx, node, assign);
  }
  return cheapest(ctx, out.filter(holds));
}

function solveComparison(
  ctx: SolveContext,
  node: unknown,
  op: string,
  args: readonly unknown[],
  assign: Assignment,
): Assignment[] {
  if (args.length >= 3 && (op === "<" || op === "<=")) {
    return solve(
      ctx,
      { and: [{ [op]: [args[0], args[1]] }, { [op]: [args[1], args[2]] }] },
      assign,
    );
  }
  const [left, right] = args;
  const holds = (a: Assignment) => truthy(evaluateAt(ctx, node, a));
  // A field compared with something is the value judged: the other side (a threshold, a median,
  // a national figure) is read as it is, never changed (a missing one is shown at mid-range).
  const bare = [left, right].some((side) => bareVar(side) !== undefined);
  for (const [side, other, flipped] of [
    [left, right, false],
    [right, left, true],
  ] as const) {
    const path = bareVar(side);
    if (path === undefined || !ctx.changeable(path)) continue;
    const base = fillMissing(ctx, other, assign);
    if (base === undefined) continue;
    const field = ctx.fields.get(path)!;
    const sideOp = flipped ? flipComparison(op) : op;
    const t = evaluateAt(ctx, other, base);
    const found = valuesFor(field, sideOp, t, valueAt(ctx, base, path), ctx.asOf)
      .map((v) => nudge(ctx, holds, extend(base, path, v), path, sideOp))
      .filter((a): a is Assignment => a !== undefined);
    if (found.length > 0) return found;
  }
  if (bare) return [];
  const linear = solveLinear(ctx, node, op, left, right, assign);
  if (linear.length > 0) return linear;
  const minMax = solveMinMax(ctx, op, left, right, assign);
  if (minMax.length > 0) return minMax;
  return probe(ctx, node, assign);
}

/** When floating-point arithmetic leaves a value just short, moves it on by up to three units. */
export function nudge(
  ctx: SolveContext,
  holds: (a: Assignment) => boolean,
  assign: Map<string, unknown>,
  path: string,
  op: string,
): Assignment | undefined {
  if (holds(assign)) return assign;
  const field = ctx.fields.get(path)!;
  const value = assign.get(path);
  const up = op === ">" || op === ">=" ? 1 : op === "<" || op === "<=" ? -1 : 0;
  if (!isNumeric(field) || typeof value !== "number" || up === 0) return undefined;
  for (let i = 1; i <= 3; i++) {
    const next = extend(assign, path, Number((value + up * i * unitOf(field)).toFixed(9)));
    if (holds(next)) return next;
  }
  return undefined;
}

function solveIn(
  ctx: SolveContext,
  node: unknown,
  args: readonly unknown[],
  assign: Assignment,
): Assignment[] {
  const path = bareVar(args[0]);
  if (path !== undefined && ctx.changeable(path)) {
    const list = evaluateAt(ctx, args[1], assign);
    if (Array.isArray(list)) {
      const field = ctx.fields.get(path)!;
      return list
        .flatMap((v) => valuesFor(field, "==", v, valueAt(ctx, assign, path), ctx.asOf))
        .map((v) => extend(assign, path, v));
    }
  }
  return probe(ctx, node, assign);
}

/** Tries likely values of each changeable field the condition reads, one field at a time. */
export function probe(ctx: SolveContext, node: unknown, assign: Assignment): Assignment[] {
  const holds = (a: Assignment) => truthy(evaluateAt(ctx, node, a));
  const out: Assignment[] = [];
  for (const path of ctx.reads(node)) {
    const field = ctx.fields.get(path);
    if (field === undefined || !ctx.changeable(path)) continue;
    const base = fillMissing(ctx, node, assign);
    if (base === undefined) continue;
    const current = valueAt(ctx, base, path);
    const found = probeValues(field, node, current, ctx.asOf)
      .map((v) => extend(base, path, v))
      .filter(holds);
    out.push(...found);
  }
  return out;
}
