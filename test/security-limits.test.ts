// Resource limits: oversized, over-deep or over-long rule sets and evidence fail fast with a clear
// error naming the limit, never with a stack overflow, a hang or an exhausted heap. Time bounds
// here are safety nets (the call returns at all), not performance assertions.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EvidenceError, RuleSetError } from "../src/errors.js";
import { createEvaluator, type EvidenceDocument, evaluate } from "../src/evaluate/index.js";
import { LIMITS } from "../src/format/limits.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import { deepLogic } from "./fuzz/arbitraries.js";
import { FUZZING, outcomeOf, readDocument } from "./fuzz/support.js";

const small = () =>
  readDocument("test/fixtures/small-rule-set.json") as Record<string, unknown> & {
    benchmarks: Record<string, unknown>[];
  };
const ruleSet = parseRuleSet(small());
const evidence = (extra: Record<string, unknown> = {}) =>
  ({
    organisation: { type: "acute" },
    asOf: "2025-03-31",
    evidence: { managers: { withRoleTargetsPct: 90 }, ...extra },
  }) as EvidenceDocument;

function withGood(good: unknown) {
  const doc = small();
  doc.benchmarks[0]!.levels = { good };
  return doc;
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

function ruleSetCodes(input: unknown): string[] {
  try {
    parseRuleSet(input);
  } catch (error) {
    expect(error).toBeInstanceOf(RuleSetError);
    return (error as RuleSetError).issues.map((issue) => issue.code);
  }
  return [];
}

function evidenceCodes(input: unknown, rules: RuleSet = ruleSet): string[] {
  try {
    evaluate(rules, input as EvidenceDocument);
  } catch (error) {
    expect(error).toBeInstanceOf(EvidenceError);
    return (error as EvidenceError).issues.map((issue) => issue.code);
  }
  return [];
}

describe("rule-set limits", () => {
  it("refuses JSON text longer than LIMITS.ruleSetSize before parsing it", () => {
    const text = `{"format": 1, "description": "${"x".repeat(LIMITS.ruleSetSize)}"}`;
    expect(ruleSetCodes(text)).toEqual(["too-large"]);
  });

  it("refuses a rule-set object larger than LIMITS.ruleSetSize", () => {
    const doc = { ...small(), description: "x".repeat(LIMITS.ruleSetSize + 1) };
    expect(ruleSetCodes(doc)).toContain("too-large");
  });

  it("loads a 10 MB rule set with 5,000 benchmarks", () => {
    const doc = small();
    const template = doc.benchmarks[1]!;
    const description = "A benchmark description that takes up space. ".repeat(45);
    doc.benchmarks = Array.from({ length: 5_000 }, (_, i) => ({
      ...template,
      id: `B-${i}`,
      description,
    }));
    const text = JSON.stringify(doc);
    expect(text.length).toBeGreaterThan(10_000_000);
    expect(parseRuleSet(text).benchmarks).toHaveLength(5_000);
  });

  it("refuses more than LIMITS.benchmarks benchmarks, saying so", () => {
    const doc = small();
    const template = doc.benchmarks[1]!;
    doc.benchmarks = Array.from({ length: LIMITS.benchmarks + 1 }, (_, i) => ({
      ...template,
      id: `B-${i}`,
    }));
    const error = outcomeOf(() => parseRuleSet(doc));
    expect(error.kind).toBe("rule-set-error");
    expect(error.kind === "rule-set-error" && error.error.issues).toEqual([
      {
        path: "benchmarks",
        code: "too-many",
        message: `more than the limit of ${LIMITS.benchmarks} benchmarks`,
      },
    ]);
  });

  it("accepts a condition LIMITS.conditionDepth levels deep and refuses one a level deeper", () => {
    const depth = LIMITS.conditionDepth - 1; // the `!` operators, plus the `var` inside them
    const pct = { var: "managers.withRoleTargetsPct" };
    expect(ruleSetCodes(withGood(deepLogic(depth, pct)))).toEqual([]);
    expect(ruleSetCodes(withGood(deepLogic(depth + 1, pct)))).toEqual(["too-deep"]);
  });

  it("checks depth without recursion: 100,000-deep conditions and documents are refused, not overflowed", () => {
    const deepCondition = deepLogic(100_000);
    expect(ruleSetCodes(withGood(deepCondition))).toEqual(["too-deep"]);
    const deepArrays = `${"[".repeat(100_000)}1${"]".repeat(100_000)}`;
    expect(ruleSetCodes(deepArrays)).toEqual(["too-deep"]);
    expect(ruleSetCodes({ ...small(), description: nested(100_000, (v) => ({ a: v })) })).toEqual([
      "too-deep",
    ]);
  });

  it("refuses nesting deeper than LIMITS.documentDepth anywhere in the document", () => {
    const doc = { ...small(), description: nested(LIMITS.documentDepth + 1, (v) => [v]) };
    expect(ruleSetCodes(doc)).toContain("too-deep");
  });
});

describe("evidence limits", () => {
  it("refuses a 1e6-element array with an EvidenceError", () => {
    expect(evidenceCodes(evidence({ list: new Array(1_000_000).fill(0) }))).toEqual(["too-long"]);
  });

  it("refuses a 100,000-deep object or array with an EvidenceError, not a stack overflow", () => {
    expect(evidenceCodes(evidence({ deep: nested(100_000, (v) => ({ a: v })) }))).toEqual([
      "too-deep",
    ]);
    expect(evidenceCodes(evidence({ deep: nested(100_000, (v) => [v]) }))).toEqual(["too-deep"]);
    expect(
      evidenceCodes({ ...evidence(), organisation: nested(100_000, (v) => ({ type: v })) }),
    ).toEqual(["too-deep"]);
  });

  it("refuses nesting deeper than LIMITS.documentDepth and accepts it up to the limit", () => {
    // The document itself and `evidence` take two levels.
    const at = (depth: number) => evidence({ deep: nested(depth, (v) => ({ a: v })) });
    expect(evidenceCodes(at(LIMITS.documentDepth - 2))).toEqual([]);
    expect(evidenceCodes(at(LIMITS.documentDepth - 1))).toEqual(["too-deep"]);
  });

  it("refuses strings and arrays longer than LIMITS.evidenceItemLength, accepts them at the limit", () => {
    const n = LIMITS.evidenceItemLength;
    expect(evidenceCodes(evidence({ note: "x".repeat(n) }))).toEqual([]);
    expect(evidenceCodes(evidence({ note: "x".repeat(n + 1) }))).toEqual(["too-long"]);
    expect(evidenceCodes(evidence({ list: new Array(n).fill(0) }))).toEqual([]);
    expect(evidenceCodes(evidence({ list: new Array(n + 1).fill(0) }))).toEqual(["too-long"]);
    expect(
      evidenceCodes({ ...evidence(), organisation: { type: "acute", name: "x".repeat(n + 1) } }),
    ).toEqual(["too-long"]);
  });

  it("refuses a document larger than LIMITS.evidenceSize", () => {
    const chunk = "x".repeat(LIMITS.evidenceItemLength);
    const extra = Object.fromEntries(
      Array.from({ length: Math.ceil(LIMITS.evidenceSize / chunk.length) + 1 }, (_, i) => [
        `k${i}`,
        chunk,
      ]),
    );
    expect(evidenceCodes(evidence(extra))).toEqual(["too-large"]);
  });

  // Building a million-key object takes the engine seconds, so `npm test` uses fewer.
  const manyKeys = FUZZING ? 1_000_000 : 250_000;
  it(`refuses an object with ${manyKeys} keys with an EvidenceError`, () => {
    const keys: Record<string, number> = {};
    for (let i = 0; i < manyKeys; i++) keys[`k${i}`] = 1_000_000_000 + i;
    expect(evidenceCodes(evidence({ keys }))).toEqual(["too-large"]);
  });

  it("reports at most 100 limit problems, however many there are", () => {
    const many = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`k${i}`, nested(200, (v) => [v])]),
    );
    const codes = evidenceCodes(evidence(many));
    expect(codes.length).toBeLessThanOrEqual(100);
    expect(new Set(codes)).toEqual(new Set(["too-deep"]));
  });
});

describe("conditions that a rule set's author can get wrong end in a RuleSetError", () => {
  // Each of these loads (json-logic-js accepts it) and throws inside json-logic-js's operations.
  const allowed = ["ok", "rule-set-error"];
  const run = (good: unknown) => {
    const loaded = outcomeOf(() => parseRuleSet(withGood(good)));
    if (loaded.kind !== "ok") return loaded.kind;
    const evaluator = createEvaluator(loaded.value as RuleSet);
    for (const explain of ["summary", "full"] as const) {
      const outcome = outcomeOf(() => evaluator.evaluate(evidence(), { explain }));
      if (outcome.kind !== "ok") return outcome.kind;
    }
    return "ok";
  };

  it("`missing_some` with a null list inside a scoped callback (TypeError in json-logic-js)", () => {
    expect(allowed).toContain(run({ some: [[1], { missing_some: [1, null] }] }));
  });

  it("`*` with no arguments (reduce of an empty array in json-logic-js)", () => {
    expect(allowed).toContain(run({ "==": [{ "*": [] }, 1] }));
  });

  it("`max`, `min` and `merge` over more arguments than the engine can spread", () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i);
    expect(allowed).toContain(
      run({ ">": [{ max: many }, { var: "managers.withRoleTargetsPct" }] }),
    );
    expect(allowed).toContain(
      run({ in: [{ var: "managers.withRoleTargetsPct" }, { merge: many }] }),
    );
  });
});

const root = fileURLToPath(new URL("..", import.meta.url));
const SAFETY_NET_MS = 60_000;

/** Runs a scenario of test/fuzz/scenario.ts in a child with a 512 MB heap and a time safety net. */
function runScenario(name: string): Promise<string> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", "--max-old-space-size=512", "test/fuzz/scenario.ts", name],
      { cwd: root, stdio: ["ignore", "pipe", "pipe"] },
    );
    let out = "";
    let err = "";
    child.stdout.on("data", (chunk) => {
      out += chunk;
    });
    child.stderr.on("data", (chunk) => {
      err += chunk;
    });
    const timer = setTimeout(() => child.kill("SIGKILL"), SAFETY_NET_MS);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (signal === "SIGKILL") resolve(`still running after ${SAFETY_NET_MS / 1000} s`);
      else if (out.trim() !== "") resolve(out.trim());
      else
        resolve(
          `exited ${code}: ${err.split("\n").find((line) => /error/i.test(line)) ?? err.slice(0, 200)}`,
        );
    });
  });
}

describe("hostile rule sets cannot exhaust time or memory", () => {
  // Outcomes allowed: the rule set is refused at load, or evaluation ends (a judgement, or a
  // RuleSetError for a condition over its budget). Not allowed: a hang, a crash, a RangeError.
  const allowed = /^\{"kind":"(ok|rule-set-error|evidence-error)"/;
  it.concurrent.each([
    "nested-scopes",
    "reduce-merge-doubling",
    "reduce-cat-doubling",
    "huge-in-list",
    "huge-array-anywhere",
  ])(
    "%s",
    async (name) => {
      expect(await runScenario(name)).toMatch(allowed);
    },
    90_000,
  );

  it.concurrent("a 9 MB rule set that is mostly one list of small numbers loads and evaluates", async () => {
    expect(await runScenario("nine-mb-text")).toBe('{"kind":"ok","codes":[]}');
  }, 90_000);
});
