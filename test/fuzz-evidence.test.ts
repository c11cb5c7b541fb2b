// Property-based robustness of evidence handling: any value, as a whole document or spliced into
// any position of a valid one, ends in a judgement or an EvidenceError, never anything else; inputs
// are never mutated and no built-in prototype is touched. `FUZZ_RUNS` scales the run counts.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEvaluator, type EvidenceDocument } from "../src/evaluate/index.js";
import {
  evidenceDocument,
  hostileValue,
  RULE_SETS,
  splicedInto,
  isoDate,
} from "./fuzz/arbitraries.js";
import {
  cloneDeep,
  deepFreeze,
  fuzzParams,
  globalChanges,
  notPlainJson,
  outcomeOf,
  outcomeSummary,
  snapshotGlobals,
  unchanged,
} from "./fuzz/support.js";

const evaluators = RULE_SETS.map(({ file, ruleSet }) => ({
  file,
  ruleSet,
  evaluator: createEvaluator(ruleSet),
}));

/**
 * Evaluates `input` and checks everything that must hold whatever it is: an allowed outcome,
 * a plain-JSON judgement, the input unchanged, no global changed. Returns the outcome.
 */
function judgeSafely(evaluate: (input: EvidenceDocument) => unknown, input: unknown, where = "") {
  const before = cloneDeep(input);
  const globals = snapshotGlobals();
  const outcome = outcomeOf(() => evaluate(input as EvidenceDocument));
  expect(globalChanges(globals), where).toEqual([]);
  expect(unchanged(input, before), `input mutated ${where}`).toBe(true);
  if (outcome.kind === "ok") expect(notPlainJson(outcome.value), where).toBeUndefined();
  expect(outcome.kind, where).not.toBe("rule-set-error");
  return outcome;
}

describe.each(evaluators)("evidence fuzzing against $file", ({ ruleSet, evaluator }) => {
  const valid = evidenceDocument(ruleSet);

  it("judges every valid evidence document, deterministically and without touching it", () => {
    fc.assert(
      fc.property(valid, fc.constantFrom("summary", "full" as const), (doc, explain) => {
        const outcome = judgeSafely((input) => evaluator.evaluate(input, { explain }), doc);
        if (outcome.kind !== "ok") expect.fail(outcomeSummary(outcome));
        const again = evaluator.evaluate(doc as unknown as EvidenceDocument, { explain });
        expect(JSON.stringify(again)).toBe(JSON.stringify(outcome.value));
      }),
      fuzzParams(60),
    );
  });

  it("ends in a judgement or an EvidenceError for any value as the whole document", () => {
    fc.assert(
      fc.property(hostileValue, (value) => {
        judgeSafely((input) => evaluator.evaluate(input), value);
      }),
      fuzzParams(150),
    );
  });

  it("ends in a judgement or an EvidenceError for any value spliced into any position", () => {
    const spliced = valid.chain((doc) => splicedInto(doc, hostileValue));
    fc.assert(
      fc.property(spliced, fc.option(isoDate, { nil: undefined }), ({ document, where }, asOf) => {
        judgeSafely(
          (input) => evaluator.evaluate(input, asOf === undefined ? {} : { asOf }),
          document,
          where,
        );
      }),
      fuzzParams(250),
    );
  });

  it("gives the same outcome for deep-frozen inputs, with full explanations", () => {
    const spliced = valid.chain((doc) => splicedInto(doc, hostileValue));
    fc.assert(
      fc.property(spliced, ({ document, where }) => {
        const plain = outcomeOf(() =>
          evaluator.evaluate(cloneDeep(document) as EvidenceDocument, { explain: "full" }),
        );
        const frozen = judgeSafely(
          (input) => evaluator.evaluate(input, { explain: "full" }),
          deepFreeze(document),
          where,
        );
        expect(outcomeSummary(frozen), where).toBe(outcomeSummary(plain));
      }),
      fuzzParams(80),
    );
  });
});

describe("evidence fuzzing with hostile options", () => {
  const { ruleSet, evaluator } = evaluators[2]!;
  it("ends in a judgement or an EvidenceError whatever the options' asOf is", () => {
    fc.assert(
      fc.property(evidenceDocument(ruleSet), hostileValue, (doc, asOf) => {
        judgeSafely((input) => evaluator.evaluate(input, { asOf: asOf as string }), doc);
      }),
      fuzzParams(100),
    );
  });
});
