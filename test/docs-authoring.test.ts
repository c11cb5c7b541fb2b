import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseRuleSet } from "../src/format/parse.js";
import { ruleSetJsonSchema } from "../src/format/json-schema.js";

const guide = readFileSync(new URL("../docs/authoring.md", import.meta.url), "utf8");

function propertyNames(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const s of schema) propertyNames(s, out);
  else if (schema !== null && typeof schema === "object") {
    const record = schema as Record<string, unknown>;
    if (record.properties && typeof record.properties === "object")
      for (const key of Object.keys(record.properties)) out.add(key);
    for (const value of Object.values(record)) propertyNames(value, out);
  }
  return out;
}

describe("docs/authoring.md", () => {
  it("documents every property of the rule-set format", () => {
    const undocumented = [...propertyNames(ruleSetJsonSchema())].filter((name) => !guide.includes(`\`${name}\``));
    expect(undocumented).toEqual([]);
  });

  it("has a complete example that loads", () => {
    const example = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
    expect(example).toBeDefined();
    expect(parseRuleSet(JSON.parse(example!)).id).toBe("speak-up-check");
  });
});
