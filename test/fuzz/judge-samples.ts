// Prints the judgements of a fixed sample of evidence documents (seeded, so every process draws
// the same ones) against every fuzzed rule set, as one JSON array. The determinism test runs it in
// child processes with different time zones and locales and compares the bytes.
// Usage: node --import tsx test/fuzz/judge-samples.ts
import fc from "fast-check";
import { createEvaluator, type EvidenceDocument } from "../../src/evaluate/index.js";
import { evidenceDocument, RULE_SETS } from "./arbitraries.js";
import { outcomeOf, outcomeSummary } from "./support.js";

/** The judgements (or errors) of `count` seeded documents per rule set, in summary and full. */
export function judgeSamples(count: number): string[] {
  return RULE_SETS.flatMap(({ ruleSet }) => {
    const evaluator = createEvaluator(ruleSet);
    const docs = fc.sample(evidenceDocument(ruleSet), { seed: 20250331, numRuns: count });
    return docs.flatMap((doc) =>
      (["summary", "full"] as const).map((explain) =>
        outcomeSummary(
          outcomeOf(() =>
            evaluator.evaluate(doc as unknown as EvidenceDocument, { asOf: "2025-03-31", explain }),
          ),
        ),
      ),
    );
  });
}

if (process.argv[1]?.endsWith("judge-samples.ts")) {
  // The locale and offset in effect, so the test can tell that the environment really differed.
  const locale = new Intl.NumberFormat().resolvedOptions().locale;
  const offset = new Date(0).getTimezoneOffset();
  const judgements = judgeSamples(Number(process.argv[2] ?? 10));
  process.stdout.write(JSON.stringify({ locale, offset, judgements }));
}
