import * as z from "zod/mini";
import { RuleSetSchema } from "./schema.js";

/**
 * Builds the JSON Schema of the rule-set format from the zod schema. Used by the generator
 * script and the freshness test; the library itself ships the generated file instead.
 */
export function buildRuleSetJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(RuleSetSchema, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  return {
    $schema: generated.$schema,
    $id: "https://unpkg.com/well-led/schema/rule-set.schema.json",
    title: "well-led rule set (format 1)",
    description:
      "A versioned set of leadership and management benchmarks whose conditions are JsonLogic. Conditions are checked further when loaded: operators, declared paths, depth.",
    ...Object.fromEntries(Object.entries(generated).filter(([k]) => k !== "$schema")),
  };
}
