import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// Runs against the built package (npm test builds before the unit tests).
const require = createRequire(import.meta.url);
// A computed specifier: the built files need not exist when the tests are typechecked.
const load = (path: string) => import(new URL(path, import.meta.url).href);

describe("the built package", () => {
  it("shares one copy of its classes between entry points, for require and import", async () => {
    const core = require("../dist/index.cjs");
    const node = require("../dist/node/index.cjs");
    const coreEsm = await load("../dist/index.js");
    const nodeEsm = await load("../dist/node/index.js");
    const file = new URL("./fixtures/jsonlogic/tests.json", import.meta.url).pathname;
    await expect(node.loadRuleSetFile(file)).rejects.toBeInstanceOf(core.RuleSetError);
    await expect(nodeEsm.loadRuleSetFile(file)).rejects.toBeInstanceOf(coreEsm.RuleSetError);
  });

  it("evaluates the same way from require and import", async () => {
    const cjs = require("../dist/index.cjs");
    const esm = await load("../dist/index.js");
    const input = require("../examples/northfield-acute.json");
    const [ruleSet] = cjs.builtInRuleSets().slice(-1);
    const [esmRuleSet] = esm.builtInRuleSets().slice(-1);
    expect(JSON.stringify(esm.evaluate(esmRuleSet!, input))).toBe(JSON.stringify(cjs.evaluate(ruleSet, input)));
  });
});
