// Runs one resource-exhaustion scenario in a child process (so a hang or a heap exhaustion cannot
// take the test runner down) and prints its outcome as one JSON line: `{ "kind", "codes" }`.
// Usage: node --import tsx --max-old-space-size=512 test/fuzz/scenario.ts NAME
import { createEvaluator, type EvidenceDocument } from "../../src/evaluate/index.js";
import { parseRuleSet } from "../../src/format/parse.js";
import { outcomeOf, readDocument } from "./support.js";

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const pct = { var: "managers.withRoleTargetsPct" };

/** Each scenario: a condition (or a whole document) a hostile rule-set author could write. */
export const SCENARIOS: Record<string, () => { good?: unknown; document?: unknown }> = {
  // filter over 10 literal elements, nested 12 deep, each level depending on the element above:
  // 11^12 callbacks if nothing bounds it.
  "nested-scopes": () => {
    let inner: unknown = { var: "" };
    for (let d = 0; d < 12; d++)
      inner = { filter: [{ merge: [range(10), { var: "" }] }, { "!": inner }] };
    return { good: { and: [pct, { filter: [range(10), inner] }] } };
  },
  // reduce doubling an array 40 times: 2^40 elements if nothing bounds it.
  "reduce-merge-doubling": () => ({
    good: {
      and: [
        pct,
        { reduce: [range(40), { merge: [{ var: "accumulator" }, { var: "accumulator" }] }, [1]] },
      ],
    },
  }),
  // reduce doubling a string 40 times: longer than any engine allows.
  "reduce-cat-doubling": () => ({
    good: {
      and: [
        pct,
        { reduce: [range(40), { cat: [{ var: "accumulator" }, { var: "accumulator" }] }, "x"] },
      ],
    },
  }),
  // A 6 MB document whose `in` list has 3 million elements.
  "huge-in-list": () => ({ good: { in: [pct, new Array(3_000_000).fill(0)] } }),
  // 9 MB of JSON text, mostly one list of 4.5 million small numbers: must load (the design says a
  // 10 MB document loads), so its size must not be over-estimated past LIMITS.ruleSetSize.
  "nine-mb-text": () => {
    const document = readDocument("test/fixtures/small-rule-set.json");
    const benchmarks = (document as { benchmarks: { levels: unknown }[] }).benchmarks;
    benchmarks[0]!.levels = { good: { in: [pct, new Array(4_500_000).fill(0)] } };
    return { document: JSON.stringify(document) };
  },
  // A rule-set object with a 3-million-element array where no array belongs.
  "huge-array-anywhere": () => {
    const document = readDocument("test/fixtures/small-rule-set.json");
    return { document: { ...document, description: new Array(3_000_000).fill(0) } };
  },
};

function run(name: string): unknown {
  const scenario = SCENARIOS[name];
  if (scenario === undefined) throw new Error(`unknown scenario ${name}`);
  const { good, document: given } = scenario();
  const document = given ?? readDocument("test/fixtures/small-rule-set.json");
  if (good !== undefined) {
    const benchmarks = (document as { benchmarks: { levels: Record<string, unknown> }[] })
      .benchmarks;
    benchmarks[0]!.levels = { good };
  }
  const loaded = outcomeOf(() => parseRuleSet(document));
  if (loaded.kind !== "ok") return loaded;
  return outcomeOf(() => {
    const evaluator = createEvaluator(loaded.value as ReturnType<typeof parseRuleSet>);
    const input = {
      organisation: { type: "acute" },
      asOf: "2025-03-31",
      evidence: { managers: { withRoleTargetsPct: 90 }, ftsu: { guardianInPost: true } },
    } as EvidenceDocument;
    evaluator.evaluate(input);
    return evaluator.evaluate(input, { explain: "full" }).rating;
  });
}

const name = process.argv[2] ?? "";
try {
  const outcome = run(name) as {
    kind: string;
    value?: unknown;
    error?: { issues: { code: string }[] };
  };
  const codes = outcome.error?.issues.map((issue) => issue.code) ?? [];
  process.stdout.write(`${JSON.stringify({ kind: outcome.kind, codes })}\n`);
} catch (error) {
  const cause = (error as { cause?: unknown }).cause;
  const shown = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(error);
  process.stdout.write(`${JSON.stringify({ kind: "escaped", error: shown.slice(0, 300) })}\n`);
}
