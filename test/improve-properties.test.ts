import { existsSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkFieldValue } from "../src/evaluate/_fields.js";
import { createEvaluator, type Evaluator } from "../src/evaluate/index.js";
import type { EvidenceDocument } from "../src/evaluate/judgement.js";
import { parseRuleSet } from "../src/format/parse.js";
import { RATINGS, type Rating, type RuleSet } from "../src/format/schema.js";
import { applyChanges } from "../src/improve/_data.js";
import { applicabilityFields } from "../src/improve/_context.js";
import { evidenceDocument } from "../src/improve/arbitrary.test-support.js";
import { createImprover, type ImprovementPlan } from "../src/improve/index.js";
import { EVERY_KIND } from "../src/improve/rule-set.test-support.js";

const ASOF = "2025-03-31";
const rank = (r: string) => (r === "insufficient-evidence" ? 0 : 4 - RATINGS.indexOf(r as Rating));

/** Every guarantee of a plan, checked with the evaluator itself; returns the first broken one. */
function brokenGuarantee(
  ruleSet: RuleSet,
  evaluator: Evaluator,
  input: EvidenceDocument,
  target: Rating,
  plan: ImprovementPlan,
): string | undefined {
  const reaches = (changes: Map<string, unknown>) =>
    rank(evaluator.evaluate(applyChanges(input, changes)).rating) >= rank(target);
  if (!plan.reachable)
    return plan.reason && plan.steps.length === 0 ? undefined : "unreachable without a reason";
  const all = new Map<string, unknown>();
  const frozen = applicabilityFields(ruleSet);
  for (const step of plan.steps) {
    if (step.changes.length === 0) return "a step without changes";
    for (const c of step.changes) {
      if (all.has(c.path)) return `${c.path} changed twice`;
      all.set(c.path, c.to);
      const field = ruleSet.evidence[c.path];
      if (field === undefined || checkFieldValue(field, c.to) !== undefined)
        return `${c.path}: ${c.to} does not fit`;
      if (field.type === "date" && String(c.to) > ASOF) return `${c.path}: a date after asOf`;
      if (frozen.has(c.path)) return `${c.path} decides applicability`;
    }
  }
  if (!reaches(all)) return "the plan falls short";
  for (const step of plan.steps) {
    const without = new Map(all);
    for (const c of step.changes) without.delete(c.path);
    if (reaches(without))
      return `step ${step.kind === "benchmark" ? step.benchmark : step.limit} is redundant`;
  }
  for (const c of plan.steps.flatMap((s) => s.changes)) {
    if (typeof c.from !== "number" || typeof c.to !== "number") continue;
    const type = ruleSet.evidence[c.path]!.type;
    const direction = Math.sign(c.to - c.from);
    const back = Number(
      (c.to - direction * (type === "integer" || type === "count" ? 1 : 0.1)).toFixed(9),
    );
    if ((back - c.from) * direction <= 0) continue;
    if (reaches(new Map(all).set(c.path, back)))
      return `${c.path}: ${c.from} → ${c.to} is not minimal (${back} is enough)`;
  }
  return undefined;
}

function checkPlans(ruleSet: RuleSet, numRuns: number) {
  const improver = createImprover(ruleSet);
  const evaluator = createEvaluator(ruleSet);
  fc.assert(
    fc.property(evidenceDocument(ruleSet, ASOF), fc.constantFrom(...RATINGS), (input, target) => {
      const copy = structuredClone(input);
      const plan = improver.suggest(input, { target });
      expect(input).toEqual(copy);
      expect(plan.reason ?? "").not.toContain("search budget");
      const broken = brokenGuarantee(ruleSet, evaluator, input, target, plan);
      if (broken !== undefined)
        throw new Error(`${broken}\n${JSON.stringify({ target, input, plan })}`);
    }),
    { numRuns, seed: 20250331 },
  );
}

describe("suggestImprovements: guarantees over random organisations", () => {
  it("holds for a rule set with every kind of condition", () => {
    checkPlans(parseRuleSet(EVERY_KIND), 150);
  });

  for (const version of ["1.0.0", "2.0.0"]) {
    const file = new URL(`../rules/well-led/${version}.json`, import.meta.url);
    it.skipIf(!existsSync(file))(`holds for the built-in rule set well-led@${version}`, () => {
      checkPlans(parseRuleSet(JSON.parse(readFileSync(file, "utf8"))), 60);
    });
  }
});
