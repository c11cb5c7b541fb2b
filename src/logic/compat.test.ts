import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileLogic } from "./compile.js";
import {
  checkTrace,
  oracle,
  outcomeOf,
  sameOutcome,
  sameValue,
  showOutcome,
} from "./oracle.test-support.js";
import { explainLogic } from "./trace.js";

interface CompatCase {
  description: string;
  rule: unknown;
  data?: unknown;
  result?: unknown;
  error?: unknown;
}

const root = new URL("../../test/fixtures/jsonlogic/compat-tables/", import.meta.url);
const suites = readdirSync(root, { recursive: true, encoding: "utf8" })
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => {
    const entries = JSON.parse(readFileSync(new URL(file, root), "utf8")) as unknown[];
    const cases = entries.filter(
      (entry): entry is CompatCase => typeof entry === "object" && entry !== null,
    );
    return { file, cases };
  });

/** Whether json-logic-js itself gives the table's answer (a result, or some throw for an error). */
function jsonLogicPasses(c: CompatCase): boolean {
  const outcome = oracle(c.rule, c.data);
  if ("error" in c) return outcome.threw;
  return !outcome.threw && sameValue(outcome.value, c.result);
}

const all = suites.flatMap((suite) => suite.cases);
const passing = all.filter(jsonLogicPasses);

describe(`compat tables: ${suites.length} files, ${all.length} cases, ${passing.length} that json-logic-js passes`, () => {
  describe.each(suites)("$file", ({ cases }) => {
    const agreed = cases.filter(jsonLogicPasses);
    it(`matches json-logic-js (and so the table) on the ${agreed.length} of ${cases.length} cases json-logic-js passes`, () => {
      for (const c of agreed) {
        const expected = oracle(c.rule, c.data);
        const compiled = outcomeOf(() => compileLogic(c.rule)(c.data));
        const traced = outcomeOf(() => explainLogic(c.rule, c.data).result);
        expect(showOutcome(compiled), c.description).toBe(showOutcome(expected));
        expect(sameOutcome(compiled, expected), c.description).toBe(true);
        expect(sameOutcome(traced, expected), c.description).toBe(true);
      }
    });

    it(`matches json-logic-js's value or throw on all ${cases.length} cases, including those it fails`, () => {
      for (const c of cases) {
        const expected = oracle(c.rule, c.data);
        const compiled = outcomeOf(() => compileLogic(c.rule)(c.data));
        const traced = outcomeOf(() => explainLogic(c.rule, c.data).result);
        expect(showOutcome(compiled), c.description).toBe(showOutcome(expected));
        expect(sameOutcome(traced, expected), c.description).toBe(true);
        if (!expected.threw) {
          expect(checkTrace(c.rule, explainLogic(c.rule, c.data), c.data), c.description).toBe(
            undefined,
          );
        }
      }
    });
  });
});
