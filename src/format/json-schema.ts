import { ruleSetSchemaDocument } from "./_rule-set-schema.js";

/**
 * The JSON Schema (draft 2020-12) of the rule-set document format, for editors and other tools.
 * It is generated from the library's own schema and shipped as a file (`well-led/schema/rule-set.schema.json`),
 * so nothing is generated at run time. The loader checks more than the schema can say.
 *
 * @example
 * ```ts
 * writeFileSync("rule-set.schema.json", JSON.stringify(ruleSetJsonSchema(), null, 2));
 * ```
 */
export function ruleSetJsonSchema(): Record<string, unknown> {
  return structuredClone(ruleSetSchemaDocument) as Record<string, unknown>;
}
