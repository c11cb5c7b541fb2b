// Regenerates schema/rule-set.schema.json from the zod schema, the single source of the format.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildRuleSetJsonSchema } from "../src/format/_build-json-schema.js";

const target = fileURLToPath(new URL("../schema/rule-set.schema.json", import.meta.url));
writeFileSync(target, `${JSON.stringify(buildRuleSetJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
