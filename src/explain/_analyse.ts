import { compileLogic } from "../logic/compile.js";
import { getOperator, isLogic } from "../logic/operators.js";
import { truthy } from "../logic/truthy.js";
import { COMPARISONS, compare, membership } from "./_compare.js";
import { type FieldLookup, varPath } from "./_expression.js";
import type { Comparison, FieldInfo } from "./_field.js";
import { pathsRead } from "./_paths.js";
import type { Requirement, Side } from "./_req.js";

/** Turns a condition into requirements that can be written out; null when it cannot be. */
export function analyseCondition(logic: unknown, lookup: FieldLookup): Requirement | null {
  try {
    return analyse(logic, false, lookup);
  } catch {
    // A condition that throws while being folded is left to the generic sentence.
    return null;
  }
}

function argumentsOf(logic: Record<string, unknown>, op: string): unknown[] {
  const raw = logic[op];
  return Array.isArray(raw) ? raw : [raw];
}

function analyse(logic: unknown, negated: boolean, lookup: FieldLookup): Requirement | null {
  if (!isLogic(logic)) return { t: "constant", value: truthy(logic) !== negated };
  const paths = pathsRead(logic);
  if (paths.length === 0)
    return { t: "constant", value: truthy(compileLogic(logic)(null)) !== negated };
  if (paths.every((p) => p === "organisation.type"))
    return { t: "decided", run: compileLogic(logic), negate: negated };
  const op = getOperator(logic);
  const args = argumentsOf(logic, op);
  switch (op) {
    case "!":
      return analyse(args[0], !negated, lookup);
    case "!!":
      return analyse(args[0], negated, lookup);
    case "and":
    case "or":
      return junction(op, args, negated, lookup);
    case "if":
    case "?:":
      return branches(args, negated, lookup);
    case "var":
      return truthiness(lookup(varPath(logic) ?? ""), negated);
    case "in":
      return membership(args, negated, lookup);
    default: {
      const comparison = COMPARISONS[op];
      return comparison === undefined ? null : compare(comparison, args, negated, lookup);
    }
  }
}

function junction(
  op: "and" | "or",
  args: unknown[],
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null {
  if (args.length === 0) return null;
  const items: Requirement[] = [];
  const kind = (op === "and") !== negated ? "and" : "or";
  for (const arg of args) {
    const item = analyse(arg, negated, lookup);
    if (item === null) return null;
    if (item.t === kind) items.push(...item.items);
    else items.push(item);
  }
  return items.length === 1
    ? items[0]!
    : { t: kind, items: kind === "and" ? mergeRanges(items) : items };
}

/** `x >= 10 and x <= 20` reads as "between 10 and 20". */
function mergeRanges(items: Requirement[]): Requirement[] {
  const out = [...items];
  for (let i = 0; i < out.length; i++) {
    const low = out[i];
    if (low?.t !== "compare" || low.op !== ">=" || low.sides[0]?.t !== "literal") continue;
    const j = out.findIndex(
      (r, k) =>
        k > i &&
        r.t === "compare" &&
        r.field === low.field &&
        r.op === "<=" &&
        r.sides[0]?.t === "literal",
    );
    const high = out[j];
    if (high?.t !== "compare") continue;
    out[i] = {
      t: "compare",
      field: low.field,
      op: "between",
      sides: [low.sides[0], high.sides[0]!],
    };
    out.splice(j, 1);
  }
  return out;
}

function branches(args: unknown[], negated: boolean, lookup: FieldLookup): Requirement | null {
  if (args.length === 0) return null;
  if (args.length === 1) return analyse(args[0], negated, lookup);
  const conditions: ((data: unknown) => unknown)[] = [];
  const chosen: Requirement[] = [];
  const fields: FieldInfo[] = [];
  for (let i = 0; i + 1 < args.length; i += 2) {
    const branch = analyse(args[i + 1], negated, lookup);
    if (branch === null) return null;
    for (const path of pathsRead(args[i])) {
      const field = lookup(path);
      if (field === undefined) return null;
      if (field.type !== "organisation" && !fields.includes(field)) fields.push(field);
    }
    conditions.push(compileLogic(args[i]));
    chosen.push(branch);
  }
  const otherwise = args.length % 2 === 1 ? analyse(args[args.length - 1], negated, lookup) : null;
  chosen.push(otherwise ?? { t: "constant", value: negated });
  if (args.length % 2 === 1 && otherwise === null) return null;
  return { t: "if", conditions, branches: chosen, fields };
}

function truthiness(field: FieldInfo | undefined, negated: boolean): Requirement | null {
  if (field === undefined) return null;
  if (field.type === "boolean") return { t: "boolean", field, value: !negated };
  if (field.numeric) {
    const zero: Side = { t: "literal", value: 0 };
    const positive = field.type === "percent" || field.type === "count";
    const op: Comparison = negated ? "==" : positive ? ">" : "!=";
    return { t: "compare", field, op, sides: [zero] };
  }
  return { t: "present", field, negate: negated };
}
