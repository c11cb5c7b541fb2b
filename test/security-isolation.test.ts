// No global state: json-logic-js's global operations table is never touched (and changes a host
// application makes to it do not reach judgements), the core needs no eval or new Function, and
// rule sets and evaluations cannot see one another.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEvaluator, type EvidenceDocument, evaluate } from "../src/evaluate/index.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import { ALLOWED_OPERATORS } from "../src/logic/operators.js";
import { evidenceDocument, RULE_SETS } from "./fuzz/arbitraries.js";
import { cloneDeep, fuzzParams, outcomeOf, outcomeSummary, shuffle } from "./fuzz/support.js";

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Which operator names json-logic-js's global table knows, probed through its public API. */
function probeOperations(): Record<string, boolean> {
  const names = [
    ...ALLOWED_OPERATORS,
    "method",
    "log",
    "pwn",
    "evil",
    "__proto__",
    "constructor",
    "toString",
  ];
  return Object.fromEntries(
    names.map((op) => {
      try {
        jsonLogic.apply({ [op]: [] } as never, {});
        return [op, true];
      } catch (error) {
        return [op, !String(error).includes("Unrecognized operation")];
      }
    }),
  );
}

const judge = (ruleSet: RuleSet, doc: unknown, explain: "summary" | "full" = "summary") =>
  outcomeSummary(
    outcomeOf(() => evaluate(ruleSet, doc as EvidenceDocument, { asOf: "2025-03-31", explain })),
  );

describe("json-logic-js's global operations table", () => {
  it("is never changed by loading or evaluating rule sets", () => {
    const add = vi.spyOn(jsonLogic, "add_operation");
    const remove = vi.spyOn(jsonLogic, "rm_operation");
    const before = probeOperations();
    fc.assert(
      fc.property(
        fc
          .constantFrom(...RULE_SETS)
          .chain(({ ruleSet, document }) =>
            evidenceDocument(ruleSet).map((doc) => ({ ruleSet, document, doc })),
          ),
        ({ ruleSet, document, doc }) => {
          parseRuleSet(document);
          judge(ruleSet, doc, "full");
        },
      ),
      fuzzParams(30, 0.1),
    );
    expect(add).not.toHaveBeenCalled();
    expect(remove).not.toHaveBeenCalled();
    expect(probeOperations()).toEqual(before);
  });

  it("does not reach judgements when a host application changes it", () => {
    const { ruleSet } = RULE_SETS[2]!;
    const doc = {
      organisation: { type: "acute" },
      evidence: {
        managers: { withRoleTargetsPct: 96 },
        ftsu: { guardianInPost: true },
        nss: { compassionateLeadership: 7.1 },
      },
    };
    const expected = judge(ruleSet, doc, "full");
    jsonLogic.add_operation("==", () => false);
    jsonLogic.add_operation(">=", () => false);
    jsonLogic.add_operation("var", () => 0);
    jsonLogic.add_operation("evil", () => true);
    try {
      expect(judge(ruleSet, doc, "full")).toBe(expected);
      const withEvil = cloneDeep(RULE_SETS[2]!.document) as { benchmarks: { levels: unknown }[] };
      withEvil.benchmarks[0]!.levels = { good: { evil: [] } };
      expect(outcomeOf(() => parseRuleSet(withEvil)).kind).toBe("rule-set-error");
    } finally {
      // Put json-logic-js's own semantics back for the rest of this file.
      jsonLogic.rm_operation("evil");
      // biome-ignore lint/suspicious/noDoubleEquals: json-logic-js semantics
      jsonLogic.add_operation("==", (a: unknown, b: unknown) => a == b);
      jsonLogic.add_operation(">=", (a: number, b: number) => a >= b);
      jsonLogic.rm_operation("var");
    }
  });

  it("is not imported by the core at all (its module graph, from src/index.ts)", () => {
    const seen = new Set<string>();
    const queue = [new URL("../src/index.ts", import.meta.url)];
    const offending: string[] = [];
    while (queue.length > 0) {
      const url = queue.pop()!;
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      const source = readFileSync(url, "utf8");
      for (const [, spec] of source.matchAll(/(?:from|import)\s*\(?\s*"([^"]+)"/g)) {
        if (spec!.startsWith(".")) queue.push(new URL(spec!.replace(/\.js$/, ".ts"), url));
        else if (spec === "json-logic-js") offending.push(url.pathname);
      }
      // CSP: no code path may need eval or new Function.
      if (
        /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/.test(
          source.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ""),
        )
      )
        offending.push(`${url.pathname} (eval / Function)`);
    }
    expect(seen.size).toBeGreaterThan(20);
    expect(offending).toEqual([]);
  });
});

describe("a Content-Security-Policy without unsafe-eval", () => {
  it("gives the same judgements when eval and the Function constructor throw", () => {
    const expected = RULE_SETS.map(({ document }) => {
      const ruleSet = parseRuleSet(document);
      return judge(ruleSet, { organisation: { type: "acute" }, evidence: {} }, "full");
    });
    const refuse = () => {
      throw new EvalError("Refused to evaluate a string as JavaScript (CSP)");
    };
    vi.stubGlobal("eval", refuse);
    vi.stubGlobal("Function", new Proxy(Function, { construct: refuse, apply: refuse }));
    const actual = RULE_SETS.map(({ document }) => {
      const ruleSet = parseRuleSet(document);
      return judge(ruleSet, { organisation: { type: "acute" }, evidence: {} }, "full");
    });
    expect(actual).toEqual(expected);
  });
});

/** Two rule sets that declare the same field names with conflicting types and thresholds. */
function conflictingRuleSets(): [RuleSet, RuleSet] {
  const base = RULE_SETS[2]!.document as Record<string, unknown>;
  const a = cloneDeep(base) as Record<string, unknown> & {
    evidence: Record<string, unknown>;
    benchmarks: Record<string, unknown>[];
  };
  const b = cloneDeep(a);
  b.version = "2.0.0";
  b.evidence["managers.withRoleTargetsPct"] = { type: "number", min: -1000, max: 1000 };
  b.evidence["ftsu.guardianInPost"] = { type: "enum", values: ["yes", "no"] };
  b.benchmarks[0]!.levels = { good: { "<": [{ var: "managers.withRoleTargetsPct" }, 0] } };
  b.benchmarks[1]!.levels = { good: { "==": [{ var: "ftsu.guardianInPost" }, "yes"] } };
  return [parseRuleSet(a), parseRuleSet(b)];
}

describe("rule sets and evaluations cannot affect one another", () => {
  const [a, b] = conflictingRuleSets();
  const arbitraryFor = (ruleSet: RuleSet) =>
    fc.oneof(evidenceDocument(ruleSet), evidenceDocument(ruleSet === a ? b : a));

  it("interleaved evaluations of two conflicting rule sets equal isolated ones", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.boolean(), arbitraryFor(a), arbitraryFor(b)), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.array(fc.nat(), { maxLength: 12 }),
        (pairs, picks) => {
          const jobs = pairs.map(([useA, docA, docB]) =>
            useA ? { ruleSet: a, doc: docA } : { ruleSet: b, doc: docB },
          );
          const isolated = jobs.map(({ ruleSet, doc }) =>
            judge(parseRuleSet(cloneDeep(ruleSet)), doc),
          );
          const evaluators = new Map([
            [a, createEvaluator(a)],
            [b, createEvaluator(b)],
          ]);
          const order = shuffle(
            jobs.map((_, i) => i),
            picks,
          );
          const shared: string[] = new Array(jobs.length);
          for (const i of order) {
            const { ruleSet, doc } = jobs[i]!;
            const viaEvaluator = outcomeOf(() =>
              evaluators.get(ruleSet)!.evaluate(doc as EvidenceDocument, { asOf: "2025-03-31" }),
            );
            shared[i] = outcomeSummary(viaEvaluator);
            expect(judge(ruleSet, doc)).toBe(shared[i]);
          }
          expect(shared).toEqual(isolated);
        },
      ),
      fuzzParams(40),
    );
  });

  it("a judgement the caller mutates does not change later judgements", () => {
    const doc = {
      organisation: { type: "acute" },
      evidence: { managers: { withRoleTargetsPct: 96 } },
    };
    const evaluator = createEvaluator(a);
    const first = evaluator.evaluate(doc, { asOf: "2025-03-31", explain: "full" });
    const expected = JSON.stringify(first);
    const stack: unknown[] = [first];
    while (stack.length > 0) {
      const node = stack.pop();
      if (node === null || typeof node !== "object" || Object.isFrozen(node)) continue;
      for (const key of Object.keys(node)) {
        stack.push((node as Record<string, unknown>)[key]);
        if (Array.isArray(node)) node.push("mutated");
        else (node as Record<string, unknown>)[`${key}-mutated`] = true;
      }
    }
    expect(JSON.stringify(evaluator.evaluate(doc, { asOf: "2025-03-31", explain: "full" }))).toBe(
      expected,
    );
    expect(JSON.stringify(evaluate(a, doc, { asOf: "2025-03-31", explain: "full" }))).toBe(
      expected,
    );
  });

  it("a parsed rule set is deeply frozen, so no evaluation can change it for the next", () => {
    for (const ruleSet of [a, b, ...RULE_SETS.map((r) => r.ruleSet)]) {
      const stack: unknown[] = [ruleSet];
      while (stack.length > 0) {
        const node = stack.pop();
        if (node === null || typeof node !== "object") continue;
        expect(Object.isFrozen(node)).toBe(true);
        stack.push(...Object.values(node));
      }
    }
  });
});
