import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../evaluate/index.js";
import { parseRuleSet } from "../format/parse.js";
import type { RuleSet } from "../format/schema.js";
import { presentValues } from "./_data.js";
import { createScoreModel } from "./_model.js";
import { evidenceDocument } from "./arbitrary.test-support.js";
import { EVERY_KIND } from "./rule-set.test-support.js";

function agreesWithEvaluator(ruleSet: RuleSet, numRuns: number) {
  const evaluator = createEvaluator(ruleSet);
  const model = createScoreModel(ruleSet);
  fc.assert(
    fc.property(evidenceDocument(ruleSet), (input) => {
      const judgement = evaluator.evaluate(input);
      const state = model.evaluate(
        input.organisation.type,
        presentValues(input, model.fields.keys()),
      );
      expect({
        rating: state.rating,
        banded: state.banded,
        percent: state.percent,
        outcomes: state.outcomes,
        domains: state.domains.map((d) => d.score),
        limits: state.limits.map((i) => model.limits[i]!.limit.id),
      }).toEqual({
        rating: judgement.rating,
        banded: judgement.bandedRating,
        percent: judgement.percent,
        outcomes: judgement.benchmarks.map((b) => b.outcome),
        domains: judgement.domains.map((d) => d.score),
        limits: judgement.limits.map((l) => l.id),
      });
    }),
    { numRuns, seed: 7 },
  );
}

describe("the scoring model", () => {
  it("judges random evidence exactly as the evaluator does", () => {
    agreesWithEvaluator(parseRuleSet(EVERY_KIND), 200);
    const flat = {
      ...EVERY_KIND,
      scoring: {
        ...EVERY_KIND.scoring,
        model: "flat",
        missingEvidence: "lowest",
        rounding: "floor",
      },
    };
    agreesWithEvaluator(parseRuleSet(flat), 200);
  });

  for (const version of ["1.0.0", "2.0.0"]) {
    const file = new URL(`../../rules/well-led/${version}.json`, import.meta.url);
    it.skipIf(!existsSync(file))(
      `judges random evidence as the evaluator does for well-led@${version}`,
      () => {
        agreesWithEvaluator(parseRuleSet(JSON.parse(readFileSync(file, "utf8"))), 100);
      },
    );
  }

  it("applies changes incrementally, and an undefined value makes a field missing again", () => {
    const model = createScoreModel(parseRuleSet(EVERY_KIND));
    const base = model.evaluate("acute", new Map<string, unknown>([["m.pct", 70]]));
    const raised = model.apply(base, new Map([["m.pct", 96]]));
    expect([base.outcomes[0], raised.outcomes[0]]).toEqual(["significant-shortfalls", "good"]);
    const dropped = model.apply(raised, new Map([["m.pct", undefined]]));
    expect(dropped.outcomes[0]).toBe("not-evidenced");
    expect(dropped.values.has("m.pct")).toBe(false);
  });
});
