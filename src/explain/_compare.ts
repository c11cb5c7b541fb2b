import { getOperator, isLogic } from "../logic/operators.js";
import { flipComparison, negateComparison } from "./_compare-words.js";
import { analyseSide, type FieldLookup, varPath } from "./_expression.js";
import type { Comparison, FieldInfo } from "./_field.js";
import { isIsoDate } from "./_format.js";
import type { Requirement, Side } from "./_req.js";

/** JsonLogic comparison operators, loose and strict alike (the evidence types are checked). */
export const COMPARISONS: Readonly<Record<string, Comparison>> = {
  "==": "==",
  "===": "==",
  "!=": "!=",
  "!==": "!=",
  ">=": ">=",
  ">": ">",
  "<=": "<=",
  "<": "<",
};

/** `in`: an enum or string field in a list, or a text inside a string field. */
export function membership(
  args: unknown[],
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null {
  const [needle, haystack] = args;
  const needleField = lookup(varPath(needle) ?? "");
  if (needleField !== undefined && Array.isArray(haystack)) {
    if (needleField.type === "boolean" || needleField.type === "date") return null;
    const want = needleField.numeric ? "number" : "string";
    if (!haystack.every((v) => typeof v === want)) return null;
    return {
      t: "member",
      field: needleField,
      values: haystack as (string | number)[],
      negate: negated,
    };
  }
  const haystackField = lookup(varPath(haystack) ?? "");
  if (typeof needle === "string" && haystackField?.type === "string")
    return { t: "contains", field: haystackField, text: needle, negate: negated };
  return null;
}

/** Whether a literal or expression can stand against a field of this type. */
function fits(field: FieldInfo, side: Side): boolean {
  if (side.t === "expression")
    return field.numeric
      ? side.fields.every((f) => f.numeric)
      : field.type === "date" && side.fields.every((f) => f.type === "date");
  if (field.numeric) return typeof side.value === "number" && Number.isFinite(side.value);
  if (field.type === "date") return isIsoDate(side.value);
  return false;
}

/** A two- or three-argument comparison, with the field as the subject whichever side it is on. */
export function compare(
  op: Comparison,
  args: unknown[],
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null {
  if ((op === "<" || op === "<=") && args.length >= 3) return range(op, args, negated, lookup);
  const [left, right] = args;
  const leftField = lookup(varPath(left) ?? "");
  const field = leftField ?? lookup(varPath(right) ?? "");
  if (field === undefined) return compareExpressions(op, left, right, negated, lookup);
  const written = leftField !== undefined ? op : flipComparison(op);
  const final = negated ? negateComparison(written) : written;
  const other = analyseSide(leftField !== undefined ? right : left, lookup, field);
  if (final === undefined || other === null) return null;
  const equality = final === "==" || final === "!=";
  if (field.type === "boolean") {
    if (other.t !== "literal" || typeof other.value !== "boolean" || !equality) return null;
    return { t: "boolean", field, value: other.value === (final === "==") };
  }
  if (!field.numeric && field.type !== "date") {
    if (other.t !== "literal" || typeof other.value !== "string" || !equality) return null;
    return { t: "member", field, values: [other.value], negate: final === "!=" };
  }
  return fits(field, other) ? { t: "compare", field, op: final, sides: [other] } : null;
}

/** Neither side is a plain field: an expression (an average, say) against a number. */
function compareExpressions(
  op: Comparison,
  left: unknown,
  right: unknown,
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null {
  const spread = eachField(op, left, right, negated, lookup);
  if (spread !== undefined) return spread;
  const a = analyseSide(left, lookup, undefined, true);
  const b = analyseSide(right, lookup, undefined, true);
  if (a === null || b === null) return null;
  const [subject, other, written] =
    a.t === "expression" ? [a, b, op] : ([b, a, flipComparison(op)] as const);
  const final = negated ? negateComparison(written) : written;
  if (subject.t !== "expression" || other.t !== "literal" || final === undefined) return null;
  if (typeof other.value !== "number" || !subject.fields.every((f) => f.numeric)) return null;
  return { t: "compare-expression", subject, op: final, sides: [other] };
}

/**
 * `min` of fields at least a number means each field is at least that number (and `max` at most);
 * the other directions mean at least one field is. Undefined when the comparison is not of that shape.
 */
function eachField(
  op: Comparison,
  left: unknown,
  right: unknown,
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null | undefined {
  const onLeft = typeof right === "number";
  const extreme = onLeft ? left : right;
  const threshold = onLeft ? right : left;
  if (typeof threshold !== "number" || !isLogic(extreme)) return undefined;
  const which = getOperator(extreme);
  const raw = extreme[which];
  if ((which !== "min" && which !== "max") || !Array.isArray(raw) || raw.length < 2)
    return undefined;
  const fields = raw.map((arg) => lookup(varPath(arg) ?? ""));
  if (!fields.every((f): f is FieldInfo => f?.numeric === true)) return undefined;
  const written = onLeft ? op : flipComparison(op);
  const final = negated ? negateComparison(written) : written;
  if (final === undefined || final === "==" || final === "!=") return undefined;
  const upward = final === ">=" || final === ">";
  const all = (which === "min") === upward;
  const side: Side = { t: "literal", value: threshold };
  const items: Requirement[] = fields.map((field) => ({
    t: "compare",
    field,
    op: final,
    sides: [side],
  }));
  return { t: all ? "and" : "or", items };
}

/** Three-argument `<` and `<=`: the middle value between the outer two. */
function range(
  op: "<" | "<=",
  args: unknown[],
  negated: boolean,
  lookup: FieldLookup,
): Requirement | null {
  const field = lookup(varPath(args[1]) ?? "");
  if (field === undefined || args.length !== 3) return null;
  const low = analyseSide(args[0], lookup, field);
  const high = analyseSide(args[2], lookup, field);
  if (low === null || high === null || !fits(field, low) || !fits(field, high)) return null;
  if (!negated)
    return {
      t: "compare",
      field,
      op: op === "<" ? "strictly-between" : "between",
      sides: [low, high],
    };
  const below: Comparison = op === "<" ? "<=" : "<";
  const above: Comparison = op === "<" ? ">=" : ">";
  return {
    t: "or",
    items: [
      { t: "compare", field, op: below, sides: [low] },
      { t: "compare", field, op: above, sides: [high] },
    ],
  };
}
