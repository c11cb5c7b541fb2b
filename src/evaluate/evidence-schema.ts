import { organisationTypes } from "../format/defaults.js";
import type { EvidenceField, RuleSet } from "../format/schema.js";

type JsonSchema = Record<string, unknown>;

const DATE = { type: ["string", "null"], format: "date", pattern: "^\\d{4}-\\d{2}-\\d{2}$" };

function range(min: number | undefined, max: number | undefined): JsonSchema {
  return {
    ...(min === undefined ? {} : { minimum: min }),
    ...(max === undefined ? {} : { maximum: max }),
  };
}

function fieldSchema(field: EvidenceField): JsonSchema {
  const text = {
    ...(field.label === undefined ? {} : { title: field.label }),
    ...(field.description === undefined ? {} : { description: field.description }),
  };
  switch (field.type) {
    case "percent":
      return { ...text, type: ["number", "null"], minimum: 0, maximum: 100 };
    case "number":
      return { ...text, type: ["number", "null"], ...range(field.min, field.max) };
    case "integer":
      return { ...text, type: ["integer", "null"], ...range(field.min, field.max) };
    case "count":
      return {
        ...text,
        type: ["integer", "null"],
        ...range(Math.max(0, field.min ?? 0), field.max),
      };
    case "boolean":
      return { ...text, type: ["boolean", "null"] };
    case "enum":
      return { ...text, enum: [...field.values, null] };
    case "date":
      return { ...text, ...DATE };
    case "string":
      return { ...text, type: ["string", "null"] };
  }
}

interface Node {
  readonly children: Map<string, Node>;
  field?: EvidenceField;
}

function toSchema(node: Node): JsonSchema {
  if (node.field !== undefined) return fieldSchema(node.field);
  const properties: JsonSchema = {};
  for (const [key, child] of node.children) properties[key] = toSchema(child);
  return { type: ["object", "null"], properties };
}

/**
 * The JSON Schema (draft 2020-12) of evidence documents for one rule set: the organisation type
 * must be one of its organisation types, and each declared field (nested by its dot path) has its
 * type, range, enum values or date format. Unknown fields are allowed, as `evaluate` allows them.
 * The schema cannot check everything `evaluate` does (real calendar dates, shape conflicts).
 *
 * @example
 * ```ts
 * writeFileSync("evidence.schema.json", JSON.stringify(evidenceJsonSchema(ruleSet), null, 2));
 * ```
 */
export function evidenceJsonSchema(ruleSet: RuleSet): Record<string, unknown> {
  const root: Node = { children: new Map() };
  for (const [path, field] of Object.entries(ruleSet.evidence)) {
    let node = root;
    for (const segment of path.split(".")) {
      let next = node.children.get(segment);
      if (next === undefined) {
        next = { children: new Map() };
        node.children.set(segment, next);
      }
      node = next;
    }
    node.field = field;
  }
  const declared = Object.keys(ruleSet.evidence);
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: `Evidence for ${ruleSet.id}@${ruleSet.version}`,
    description: `An organisation's evidence, evaluated against the rule set "${ruleSet.title}".`,
    type: "object",
    required: ["organisation", "evidence"],
    properties: {
      $schema: { type: "string" },
      organisation: {
        type: "object",
        required: ["type"],
        properties: {
          id: { type: "string" },
          name: { type: "string" },
          type: { enum: [...organisationTypes(ruleSet)] },
        },
      },
      asOf: { ...DATE, description: "The date the judgement is made for; default: today (UTC)." },
      evidence: { ...toSchema(root), type: "object" },
      provenance: {
        type: ["object", "null"],
        description: `Keyed by evidence dot path: ${declared.slice(0, 10).join(", ")}${declared.length > 10 ? ", …" : ""}.`,
        additionalProperties: {
          type: ["object", "null"],
          required: ["collected"],
          properties: {
            collected: { type: "string", format: "date", pattern: DATE.pattern },
            source: { type: "string" },
          },
        },
      },
    },
  };
}
