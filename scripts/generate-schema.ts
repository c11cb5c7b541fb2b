// Regenerates schema/rule-set.schema.json, and the module the core returns it from, from the zod
// schema, the single source of the format.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRuleSetJsonSchema, renderSchemaModule } from "../src/format/_build-json-schema.js";

const file = fileURLToPath(new URL("../schema/rule-set.schema.json", import.meta.url));
const module = fileURLToPath(new URL("../src/format/_rule-set-schema.ts", import.meta.url));
writeFileSync(file, `${JSON.stringify(buildRuleSetJsonSchema(), null, 2)}\n`);
writeFileSync(module, renderSchemaModule());
console.log(`wrote ${file} and ${module}`);
