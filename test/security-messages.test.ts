// Error messages never contain evidence values (organisation data): distinctive secret values put
// into valid and invalid positions of evidence documents never show up in an EvidenceError's
// message, its issues, or a judgement's warnings (a judgement's `values` may report them).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEvaluator, type EvidenceDocument, type Judgement } from "../src/evaluate/index.js";
import { evidenceDocument, nodePaths, RULE_SETS, splice } from "./fuzz/arbitraries.js";
import { fuzzParams, outcomeOf } from "./fuzz/support.js";

const hex = fc.integer({ min: 0x100000, max: 0xffffff }).map((n) => n.toString(16));

/** A secret string, number or structure whose text can be searched for in messages. */
const secret = fc.oneof(
  hex.map((hex) => ({ value: `SECRET-${hex}`, text: `SECRET-${hex}` })),
  fc
    .integer({ min: 100_000_001, max: 999_999_999 })
    .map((n) => ({ value: n / 1000, text: String(n / 1000) })),
  hex.map((hex) => ({ value: [`SECRET-${hex}`], text: `SECRET-${hex}` })),
  hex.map((hex) => ({ value: { note: `SECRET-${hex}` }, text: `SECRET-${hex}` })),
  hex.map((hex) => ({ value: `2024-02-30 SECRET-${hex}`, text: `SECRET-${hex}` })),
);

/** Every message and path a caller (or a log) may see for this outcome, as one string each. */
function visibleTexts(call: () => Judgement): string[] {
  const outcome = outcomeOf(call);
  if (outcome.kind === "ok") {
    const judgement = outcome.value as Judgement;
    return judgement.warnings.flatMap((w) => [w.message, w.path, w.code]);
  }
  const { error } = outcome;
  return [
    error.message,
    String(error),
    ...error.issues.flatMap((i) => [i.message, i.path, i.code]),
  ];
}

describe.each(RULE_SETS)("messages about evidence for $file", ({ ruleSet }) => {
  const evaluator = createEvaluator(ruleSet);

  it("never contain secret values put anywhere in a document", () => {
    const placed = fc
      .tuple(
        evidenceDocument(ruleSet),
        fc.array(fc.tuple(fc.nat(), secret), { minLength: 1, maxLength: 4 }),
      )
      .map(([doc, choices]) => {
        let document: unknown = doc;
        for (const [index, { value }] of choices) {
          const paths = nodePaths(document).filter((p) => p.length > 0);
          if (paths.length > 0) document = splice(document, paths[index % paths.length]!, value);
        }
        return { document, secrets: choices.map(([, s]) => s.text) };
      });
    fc.assert(
      fc.property(placed, ({ document, secrets }) => {
        for (const text of visibleTexts(() => evaluator.evaluate(document as EvidenceDocument))) {
          for (const s of secrets) expect(text).not.toContain(s);
        }
      }),
      fuzzParams(150),
    );
  });

  it("never contain the organisation's name or id, or secret values under unknown keys", () => {
    const wrongType = fc.constantFrom("SECRET-type", 42, null, ["acute"]);
    fc.assert(
      fc.property(
        evidenceDocument(ruleSet),
        secret,
        wrongType,
        fc.boolean(),
        (doc, s, type, breakType) => {
          const document = {
            ...doc,
            organisation: {
              id: `ID-${s.text}`,
              name: `NAME-${s.text}`,
              type: breakType ? type : (doc.organisation as { type: string }).type,
            },
            evidence: { ...(doc.evidence as object), [`unknown${s.text.length}`]: s.value },
            provenance: { "not.declared": { collected: s.text, source: s.text } },
          };
          for (const text of visibleTexts(() => evaluator.evaluate(document as EvidenceDocument))) {
            expect(text).not.toContain(s.text);
            if (breakType && typeof type === "string") expect(text).not.toContain(type);
          }
        },
      ),
      fuzzParams(60),
    );
  });

  it("never contain an invalid asOf given as an option", () => {
    fc.assert(
      fc.property(evidenceDocument(ruleSet), secret, (doc, s) => {
        const asOf = typeof s.value === "string" ? s.value : s.text;
        for (const text of visibleTexts(() =>
          evaluator.evaluate(doc as unknown as EvidenceDocument, { asOf }),
        ))
          expect(text).not.toContain(s.text);
      }),
      fuzzParams(40),
    );
  });
});
