import fc from "fast-check";
import type { EvidenceDocument } from "../evaluate/judgement.js";
import { organisationTypes } from "../format/defaults.js";
import type { EvidenceField, RuleSet } from "../format/schema.js";

/** Random values of one declared field, in range and of its type, or null (missing). */
export function fieldValue(field: EvidenceField, asOf: string): fc.Arbitrary<unknown> {
  const tenths = (min: number, max: number) =>
    fc.integer({ min: Math.ceil(min * 10), max: Math.floor(max * 10) }).map((n) => n / 10);
  let value: fc.Arbitrary<unknown>;
  switch (field.type) {
    case "percent":
      value = fc.oneof(tenths(0, 100), fc.integer({ min: 0, max: 100 }));
      break;
    case "number":
      value = tenths(field.min ?? -50, field.max ?? 50);
      break;
    case "integer":
      value = fc.integer({ min: field.min ?? 0, max: field.max ?? 50 });
      break;
    case "count":
      value = fc.oneof(
        fc.constant(0),
        fc.integer({ min: Math.max(0, field.min ?? 0), max: field.max ?? 30 }),
      );
      break;
    case "boolean":
      value = fc.boolean();
      break;
    case "enum":
      value = fc.constantFrom(...field.values);
      break;
    case "date": {
      const end = new Date(`${asOf}T00:00:00Z`).getTime();
      value = fc
        .integer({ min: 0, max: 5 * 365 })
        .map((days) => new Date(end - days * 86_400_000).toISOString().slice(0, 10));
      break;
    }
    default:
      value = fc.string({ maxLength: 8 });
  }
  return fc.option(value, { nil: null, freq: 8 });
}

function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    if (value === null) continue;
    const keys = path.split(".");
    let node = out;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return out;
}

/** Random evidence documents for a rule set: a random organisation type, in-range values, some missing. */
export function evidenceDocument(
  ruleSet: RuleSet,
  asOf = "2025-03-31",
): fc.Arbitrary<EvidenceDocument> {
  const fields = Object.fromEntries(
    Object.entries(ruleSet.evidence).map(([p, f]) => [p, fieldValue(f, asOf)]),
  );
  return fc
    .record({ type: fc.constantFrom(...organisationTypes(ruleSet)), values: fc.record(fields) })
    .map(({ type, values }) => ({
      organisation: { id: "R0", type },
      asOf,
      evidence: nest(values),
    }));
}
