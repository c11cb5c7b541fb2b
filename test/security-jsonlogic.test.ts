// The historical attacks on json-logic-js (calling methods, reading prototypes, polluting them)
// and what a condition can reach: only declared evidence, `organisation.type` and, in limits,
// the summary; never a prototype, inherited property or undeclared organisation data.
import { describe, expect, it } from "vitest";
import type { RuleSetError } from "../src/errors.js";
import { type EvidenceDocument, evaluate } from "../src/evaluate/index.js";
import { parseRuleSet } from "../src/format/parse.js";
import { compileLogic } from "../src/logic/compile.js";
import { globalChanges, outcomeOf, readDocument, snapshotGlobals } from "./fuzz/support.js";

type Doc = Record<string, unknown> & {
  evidence: Record<string, unknown>;
  benchmarks: Record<string, unknown>[];
  scoring: { limits: unknown[] };
};
const small = () => readDocument("test/fixtures/small-rule-set.json") as Doc;
const pct = { var: "managers.withRoleTargetsPct" };
const input = (extra: Record<string, unknown> = {}) =>
  ({
    organisation: { id: "RXX", name: "Northfield", type: "acute" },
    asOf: "2025-03-31",
    evidence: { managers: { withRoleTargetsPct: 90 }, ftsu: { guardianInPost: true }, ...extra },
  }) as EvidenceDocument;

/** The issue codes of loading `doc`, or [] when it loads. */
function codes(doc: unknown): string[] {
  const outcome = outcomeOf(() => parseRuleSet(doc));
  return outcome.kind === "rule-set-error" ? outcome.error.issues.map((i) => i.code) : [];
}

/** `small` with `logic` in each slot a condition can sit in (good level, appliesTo, limit). */
function inEverySlot(logic: unknown, limitLogic = logic): Doc[] {
  const good = small();
  good.benchmarks[0]!.levels = { good: { and: [pct, logic] } };
  const applies = small();
  applies.benchmarks[1]!.appliesTo = logic;
  const limit = small();
  limit.scoring.limits.push({ id: "x", when: limitLogic, capAt: "inadequate", reason: "r" });
  return [good, applies, limit];
}

describe("operators that call methods or print are refused at load", () => {
  it.each([
    ["method", { method: ["abc", "toUpperCase"] }],
    ["method on evidence", { method: [pct, "toFixed", [2]] }],
    [
      "method reaching constructor",
      { method: [{ method: ["", "constructor"] }, "constructor", ["return process"]] },
    ],
    ["log", { log: pct }],
  ])("%s", (_, logic) => {
    for (const doc of inEverySlot(logic)) expect(codes(doc)).toContain("unknown-operator");
  });

  it.each([
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "var.prototype.constructor",
    "+.constructor",
    "eval",
  ])("an operator named %s", (op) => {
    const logic = op === "__proto__" ? JSON.parse(`{"__proto__": [1]}`) : { [op]: [1] };
    for (const doc of inEverySlot(logic)) {
      const found = codes(doc);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((c) => c === "unknown-operator" || c === "forbidden-key")).toBe(true);
    }
  });
});

describe("var paths that reach prototypes are refused at load", () => {
  const paths = [
    "__proto__",
    "constructor",
    "prototype",
    "constructor.prototype",
    "managers.__proto__",
    "managers.constructor.prototype.polluted",
    "__proto__.polluted",
    "organisation.constructor",
  ];
  it.each(paths)("%s, in every form and slot", (path) => {
    const forms = [
      { var: path },
      { var: [path] },
      { var: [path, 0] },
      { missing: [path] },
      { missing_some: [1, [path]] },
      { some: [[1], { var: path }] },
      { map: [[{}], { var: `current.${path}` }] },
    ];
    for (const logic of forms) {
      for (const doc of inEverySlot(logic, { var: `evidence.${path}` }))
        expect(codes(doc)).toContain("forbidden-path");
    }
  });

  it("refuses paths computed by logic, which could spell a prototype name at run time", () => {
    const dynamic = [
      { var: { cat: ["__pro", "to__"] } },
      { var: [{ cat: ["constr", "uctor"] }] },
      { missing: { merge: ["__proto__"] } },
      { missing_some: [1, { merge: ["constructor"] }] },
    ];
    for (const logic of dynamic) {
      for (const doc of inEverySlot(logic)) expect(codes(doc)).toContain("dynamic-path");
    }
  });

  it("refuses evidence fields named after prototypes", () => {
    for (const name of ["__proto__.x", "a.constructor", "prototype", "a.prototype.b"]) {
      const doc = small();
      doc.evidence[name] = { type: "number" };
      expect(codes(doc)).toContain("forbidden-path");
    }
  });

  it("refuses own __proto__ keys anywhere in a rule set (what JSON.parse makes of them)", () => {
    const text = JSON.stringify(small()).replace(
      '"format":1',
      '"__proto__":{"polluted":true},"format":1',
    );
    const before = snapshotGlobals();
    expect(codes(JSON.parse(text))).toEqual(["forbidden-key"]);
    expect(codes(text)).toEqual(["forbidden-key"]);
    expect(globalChanges(before)).toEqual([]);
  });
});

describe("evidence cannot pollute prototypes or leak into conditions", () => {
  const ruleSet = parseRuleSet(small());
  const attacks = [
    ["evidence", '{"organisation":{"type":"acute"},"evidence":{"__proto__":{"polluted":true}}}'],
    [
      "a field's parent",
      '{"organisation":{"type":"acute"},"evidence":{"managers":{"__proto__":{"withRoleTargetsPct":100}}}}',
    ],
    [
      "the document",
      '{"__proto__":{"polluted":true},"organisation":{"type":"acute"},"evidence":{}}',
    ],
    [
      "organisation",
      '{"organisation":{"type":"acute","__proto__":{"type":"acute","polluted":true}},"evidence":{}}',
    ],
    [
      "provenance",
      '{"organisation":{"type":"acute"},"evidence":{},"provenance":{"__proto__":{"collected":"2020-01-01"}}}',
    ],
  ];
  it.each(attacks)(
    "an own __proto__ key in %s is an EvidenceError and pollutes nothing",
    (_, text) => {
      const before = snapshotGlobals();
      const outcome = outcomeOf(() => evaluate(ruleSet, JSON.parse(text)));
      expect(outcome.kind).toBe("evidence-error");
      if (outcome.kind === "evidence-error")
        expect(outcome.error.issues.map((i) => i.code)).toContain("forbidden-key");
      expect(globalChanges(before)).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it("ignores constructor/prototype keys in evidence (unknown fields) without polluting", () => {
    const before = snapshotGlobals();
    const doc = JSON.parse(
      '{"organisation":{"type":"acute"},"evidence":{"constructor":{"prototype":{"polluted":true}},"managers":{"prototype":{"x":1},"withRoleTargetsPct":90}}}',
    );
    const judgement = evaluate(ruleSet, doc, { asOf: "2025-03-31" });
    expect(judgement.warnings.map((w) => w.path)).toEqual(
      expect.arrayContaining(["evidence.constructor", "evidence.managers.prototype"]),
    );
    expect(globalChanges(before)).toEqual([]);
  });

  it("reads the same judgement from a null-prototype document as from a plain one", () => {
    const plain = input();
    const bare = Object.assign(Object.create(null), plain, {
      organisation: Object.assign(Object.create(null), plain.organisation),
      evidence: Object.assign(Object.create(null), {
        managers: Object.assign(Object.create(null), { withRoleTargetsPct: 90 }),
        ftsu: Object.assign(Object.create(null), { guardianInPost: true }),
      }),
    });
    expect(JSON.stringify(evaluate(ruleSet, bare))).toBe(JSON.stringify(evaluate(ruleSet, plain)));
  });

  it("never lets an organisation field other than type drive a condition", () => {
    for (const path of ["organisation.id", "organisation.name", "organisation"]) {
      for (const doc of inEverySlot({ "==": [{ var: path }, "RXX"] }))
        expect(codes(doc)).not.toEqual([]);
    }
  });
});

describe("conditions see only what the evidence declares", () => {
  // A declared field named like an Object.prototype member (toString, valueOf…) must read as
  // missing when the evidence leaves it out, not as the inherited function.
  it.each(["toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "toLocaleString"])(
    "a missing field named %s is missing, in appliesTo, levels and limits",
    (name) => {
      const doc = small();
      doc.evidence[name] = { type: "number", min: 0, max: 10 };
      doc.benchmarks[1]!.appliesTo = { "!!": { var: name } };
      doc.benchmarks.push({
        id: "X-01",
        title: "Reads the field",
        domain: "governance",
        requires: [],
        levels: { good: { "!!": { var: name } } },
      });
      doc.scoring.limits.push({
        id: "inherited",
        when: { "!!": { var: `evidence.${name}` } },
        capAt: "inadequate",
        reason: "r",
      });
      const judgement = evaluate(parseRuleSet(doc), input());
      expect(judgement.benchmarks[1]!.outcome).toBe("not-applicable");
      expect(judgement.benchmarks.find((b) => b.id === "X-01")!.outcome).toBe(
        "significant-shortfalls",
      );
      expect(judgement.limits.map((l) => l.id)).not.toContain("inherited");
    },
  );

  // A benchmark id with a dot (allowed by the id pattern) makes `benchmarks.LM.21.score` pass
  // the load-time check while reading nothing at run time, so the limit silently never holds.
  it("a limit on a benchmark or domain whose id has a dot is refused or works, never silently false", () => {
    for (const kind of ["benchmarks", "domains"] as const) {
      const doc = small();
      if (kind === "benchmarks") doc.benchmarks[1]!.id = "LM.21";
      else {
        (doc.domains as { id: string }[])[1]!.id = "speak.up";
        for (const b of doc.benchmarks) if (b.domain === "speak-up") b.domain = "speak.up";
      }
      const path = kind === "benchmarks" ? "benchmarks.LM.21.score" : "domains.speak.up.score";
      doc.scoring.limits.push({
        id: "dotted",
        when: { "==": [{ var: path }, 3] },
        capAt: "inadequate",
        reason: "r",
      });
      const loaded = outcomeOf(() => parseRuleSet(doc));
      if (loaded.kind !== "ok") continue;
      const judgement = evaluate(loaded.value as ReturnType<typeof parseRuleSet>, input());
      expect(judgement.limits.map((l) => l.id)).toContain("dotted");
    }
  });

  it("cannot call what a scoped callback reads from an element's prototype", () => {
    // Inside map/filter/… paths are not checked against declarations (they address elements), so
    // `toString` reads the element's inherited method; nothing can call it, and no prototype changes.
    const before = snapshotGlobals();
    const logic = { cat: [{ map: [[1, "a", [2]], { var: "toString" }] }] };
    for (const doc of inEverySlot({ "!!": logic })) {
      const outcome = outcomeOf(() => evaluate(parseRuleSet(doc), input()));
      expect(["ok", "rule-set-error"]).toContain(outcome.kind);
    }
    expect(globalChanges(before)).toEqual([]);
  });
});

describe("the compiled evaluator has none of json-logic-js's escape hatches", () => {
  it("throws Unrecognized operation for method, and never reaches a function's constructor", () => {
    expect(() => compileLogic({ method: ["abc", "toUpperCase"] })({})).toThrow(
      /Unrecognized operation method/,
    );
    expect(() => compileLogic({ "var.constructor": ["return 1"] })({})).toThrow(
      /Unrecognized operation/,
    );
    expect(compileLogic({ var: "__proto__" })({})).toBe(Object.prototype);
    // …which is why rule sets refuse such paths at load (above).
  });

  it("refuses every way of writing a rule set that a message like this one describes", () => {
    const doc = small();
    doc.benchmarks[0]!.levels = { good: { method: [pct, "constructor"] } };
    const error = outcomeOf(() => parseRuleSet(doc));
    expect(error.kind).toBe("rule-set-error");
    expect((error as { error: RuleSetError }).error.issues[0]).toMatchInlineSnapshot(`
      {
        "code": "unknown-operator",
        "message": "benchmark LM-01: \`method\` is not allowed in rule sets",
        "path": "benchmarks[0].levels.good.method",
      }
    `);
  });
});
