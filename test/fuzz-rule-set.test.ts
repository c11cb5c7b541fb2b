// Property-based robustness of rule-set loading and evaluation: any value spliced into any
// position of a valid rule set, and random JsonLogic in every condition slot, ends in a RuleSetError
// at load or in a rule set that evaluates valid evidence to a judgement (or an EvidenceError).
// Nothing else may escape: no TypeError, RangeError or stack overflow. `FUZZ_RUNS` scales the runs.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEvaluator, type EvidenceDocument } from "../src/evaluate/index.js";
import { hashRuleSet } from "../src/format/hash.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import {
  evidenceDocument,
  jsonLogic,
  jsonOrHostileJson,
  hostileValue,
  RULE_SETS,
  splice,
  splicedInto,
  summaryPaths,
} from "./fuzz/arbitraries.js";
import {
  cloneDeep,
  deepFreeze,
  fuzzParams,
  globalChanges,
  notPlainJson,
  type Outcome,
  outcomeOf,
  outcomeSummary,
  snapshotGlobals,
  unchanged,
} from "./fuzz/support.js";

/** Loads `document` and checks what must hold whatever it is; returns the outcome. */
function loadSafely(document: unknown, where: string): Outcome {
  const before = cloneDeep(document);
  const globals = snapshotGlobals();
  const outcome = outcomeOf(() => parseRuleSet(document));
  expect(globalChanges(globals), where).toEqual([]);
  expect(unchanged(document, before), `input mutated ${where}`).toBe(true);
  expect(outcome.kind, where).not.toBe("evidence-error");
  if (outcome.kind === "ok") {
    const ruleSet = outcome.value as RuleSet;
    expect(Object.isFrozen(ruleSet), where).toBe(true);
    expect(hashRuleSet(ruleSet), where).toMatch(/^sha256:[0-9a-f]{64}$/);
  }
  return outcome;
}

/**
 * Compiles a loaded rule set and evaluates each document with it (summary and full explanations):
 * each ends in a judgement, an EvidenceError or a RuleSetError (a condition the rule set's author
 * got wrong), with globals and inputs untouched.
 */
function evaluateSafely(ruleSet: RuleSet, documents: readonly unknown[], where: string): void {
  const globals = snapshotGlobals();
  const compiled = outcomeOf(() => createEvaluator(ruleSet));
  if (compiled.kind !== "ok") return;
  const evaluator = compiled.value as ReturnType<typeof createEvaluator>;
  for (const document of documents) {
    for (const explain of ["summary", "full"] as const) {
      const before = cloneDeep(document);
      const outcome = outcomeOf(() =>
        evaluator.evaluate(document as EvidenceDocument, { explain }),
      );
      expect(unchanged(document, before), `evidence mutated ${where}`).toBe(true);
      if (outcome.kind === "ok" && explain === "summary")
        expect(notPlainJson(outcome.value), where).toBeUndefined();
    }
  }
  expect(globalChanges(globals), where).toEqual([]);
}

describe.each(RULE_SETS)("rule-set fuzzing of $file", ({ document, ruleSet }) => {
  const evidence = fc.array(evidenceDocument(ruleSet), { minLength: 1, maxLength: 2 });

  it("loads, or refuses with a RuleSetError, any JSON value spliced into any position", () => {
    fc.assert(
      fc.property(
        splicedInto(document, jsonOrHostileJson),
        evidence,
        ({ document: doc, where }, docs) => {
          const outcome = loadSafely(doc, where);
          if (outcome.kind === "ok") evaluateSafely(outcome.value as RuleSet, docs, where);
        },
      ),
      fuzzParams(120, 0.5),
    );
  });

  it("refuses non-JSON values (NaN, functions, class instances…) anywhere, with a RuleSetError", () => {
    fc.assert(
      fc.property(splicedInto(document, hostileValue), ({ document: doc, where }) => {
        const outcome = loadSafely(doc, where);
        if (outcome.kind === "ok") evaluateSafely(outcome.value as RuleSet, [], where);
      }),
      fuzzParams(120, 0.5),
    );
  });

  it("reads a document and its JSON text alike, even when deep-frozen", () => {
    fc.assert(
      fc.property(splicedInto(document, jsonOrHostileJson), ({ document: doc, where }) => {
        const text = JSON.stringify(doc);
        const fromText = outcomeOf(() => parseRuleSet(text));
        const fromFrozen = loadSafely(deepFreeze(cloneDeep(doc)), where);
        const fromObject = loadSafely(doc, where);
        expect(outcomeSummary(fromFrozen), where).toBe(outcomeSummary(fromObject));
        // JSON.parse turns an own "__proto__" key into a prototype change, so text can differ
        // there; and a string document is itself read as JSON text.
        if (!text.includes('"__proto__"') && typeof doc !== "string")
          expect(outcomeSummary(fromText), where).toBe(outcomeSummary(fromObject));
      }),
      fuzzParams(60, 0.25),
    );
  });

  it("loads and evaluates, or refuses, random JsonLogic in every condition slot", () => {
    const evidencePaths = [...Object.keys(ruleSet.evidence), "organisation.type"];
    const slots = [
      ...ruleSet.benchmarks.flatMap((_, i) => [
        { at: ["benchmarks", i, "levels", "good"], paths: evidencePaths },
        { at: ["benchmarks", i, "levels", "exceptional"], paths: evidencePaths },
        { at: ["benchmarks", i, "levels", "some-shortfalls"], paths: evidencePaths },
        { at: ["benchmarks", i, "appliesTo"], paths: evidencePaths },
      ]),
      ...(ruleSet.scoring?.limits ?? []).map((_, i) => ({
        at: ["scoring", "limits", i, "when"],
        paths: summaryPaths(ruleSet),
      })),
    ];
    const mutated = fc
      .constantFrom(...slots)
      .chain(({ at, paths }) => jsonLogic(paths).map((logic) => ({ logic, at })));
    fc.assert(
      fc.property(fc.array(mutated, { minLength: 1, maxLength: 3 }), evidence, (changes, docs) => {
        let doc: unknown = document;
        // Set the slot on its parent, whether or not the benchmark had one.
        for (const { at, logic } of changes)
          doc = splice(doc, at.slice(0, -1), logic, "add", at[at.length - 1] as string);
        const where = JSON.stringify(changes);
        const outcome = loadSafely(doc, where);
        if (outcome.kind === "ok") evaluateSafely(outcome.value as RuleSet, docs, where);
      }),
      fuzzParams(150, 0.5),
    );
  });
});

describe("rule-set fuzzing of text input", () => {
  it("refuses any text that is not a rule set with a RuleSetError", () => {
    const text = fc.oneof(
      fc.string(),
      fc.json(),
      fc.constantFrom(
        '{"__proto__": {"polluted": true}}',
        "[".repeat(100_000),
        '{"a":'.repeat(50_000),
        "\u0000",
      ),
    );
    fc.assert(
      fc.property(text, (input) => {
        expect(loadSafely(input, input.slice(0, 50)).kind).toBe("rule-set-error");
      }),
      fuzzParams(200),
    );
  });
});

describe("rule sets built by splicing stay independent of their source document", () => {
  it("is not affected by later changes to the document it was parsed from", () => {
    const { document } = RULE_SETS[2]!;
    const doc = cloneDeep(document) as { benchmarks: { levels: Record<string, unknown> }[] };
    const ruleSet = parseRuleSet(doc);
    const hash = hashRuleSet(ruleSet);
    doc.benchmarks[0]!.levels.good = { "==": [1, 1] };
    expect(hashRuleSet(ruleSet)).toBe(hash);
    expect(hashRuleSet(parseRuleSet(cloneDeep(ruleSet)))).toBe(hash);
  });
});
