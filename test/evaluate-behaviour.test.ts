import jsonLogic, { type RulesLogic } from "json-logic-js";
import { describe, expect, it } from "vitest";
import {
  createEvaluator,
  type EvidenceDocument,
  evaluate,
  evidenceJsonSchema,
} from "../src/evaluate/index.js";
import { hashRuleSet } from "../src/format/hash.js";
import { parseRuleSet } from "../src/format/parse.js";

const document = {
  format: 1,
  id: "behaviour",
  version: "2.0.0",
  title: "Behaviour",
  status: "active",
  organisationTypes: ["acute", "ambulance"],
  evidence: {
    "managers.withRoleTargetsPct": {
      type: "percent",
      label: "line managers with role-relevant targets",
      unit: "%",
      maxAgeDays: 365,
    },
    "ftsu.guardianInPost": { type: "boolean", label: "Freedom to Speak Up guardian in post" },
    "board.reviews": { type: "count", max: 12 },
    "culture.rating": { type: "enum", values: ["low", "high"], description: "Staff survey band" },
    "board.lastExternalReview": { type: "date" },
  },
  domains: [
    { id: "governance", title: "Governance" },
    { id: "culture", title: "Culture" },
  ],
  benchmarks: [
    {
      id: "LM-01",
      title: "Managers have role-relevant targets",
      domain: "governance",
      appliesTo: { in: [{ var: "organisation.type" }, ["acute"]] },
      levels: {
        exceptional: { "==": [{ var: "managers.withRoleTargetsPct" }, 100] },
        good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] },
        "some-shortfalls": { ">=": [{ var: "managers.withRoleTargetsPct" }, 81] },
      },
    },
    {
      id: "FTSU-01",
      title: "Guardian in post",
      domain: "culture",
      gate: true,
      levels: {
        good: { and: [{ var: "ftsu.guardianInPost" }, { ">": [{ var: "board.reviews" }, 2] }] },
      },
    },
  ],
  scoring: {
    limits: [
      {
        id: "no-statement-at-1",
        when: { ">": [{ var: "counts.1" }, 0] },
        capAt: "requires-improvement",
        reason: "A quality statement scored 1",
      },
    ],
  },
};

const input: EvidenceDocument = {
  organisation: { id: "RXX", name: "Northfield Hospitals NHS Trust", type: "acute" },
  asOf: "2025-03-31",
  evidence: {
    managers: { withRoleTargetsPct: 81 },
    ftsu: { guardianInPost: false },
    board: { reviews: 4 },
    other: { note: "unknown" },
  },
  provenance: { "managers.withRoleTargetsPct": { collected: "2024-01-01", source: "HR audit" } },
};

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
      Object.freeze(v);
      stack.push(...Object.values(v));
    }
  }
  return value;
}

describe("evaluation contract", () => {
  it("works on deep-frozen inputs and never mutates them", () => {
    const ruleSet = deepFreeze(parseRuleSet(structuredClone(document)));
    const frozen = deepFreeze(structuredClone(input));
    const before = JSON.stringify([ruleSet, frozen]);
    const j = evaluate(ruleSet, frozen, { explain: "full" });
    expect(j).toMatchObject({
      percent: 38,
      rating: "inadequate",
      limits: [{ id: "no-statement-at-1" }],
    });
    expect(JSON.stringify([ruleSet, frozen])).toBe(before);
  });

  it("is deterministic: the same input gives byte-identical JSON, whatever the key order", () => {
    const ruleSet = parseRuleSet(document);
    const a = JSON.stringify(evaluate(ruleSet, input, { explain: "full" }));
    const b = JSON.stringify(evaluate(ruleSet, structuredClone(input), { explain: "full" }));
    const reordered: EvidenceDocument = {
      provenance: input.provenance,
      evidence: {
        other: { note: "unknown" },
        board: { reviews: 4 },
        ftsu: { guardianInPost: false },
        managers: { withRoleTargetsPct: 81 },
      },
      asOf: "2025-03-31",
      organisation: { type: "acute", name: "Northfield Hospitals NHS Trust", id: "RXX" },
    };
    expect(b).toBe(a);
    expect(JSON.stringify(evaluate(ruleSet, reordered, { explain: "full" }))).toBe(a);
  });

  it("gives the judgement's keys in the documented order and stamps the rule set", () => {
    const ruleSet = parseRuleSet(document);
    const j = evaluate(ruleSet, input);
    expect(Object.keys(j)).toEqual([
      "ruleSet",
      "organisation",
      "asOf",
      "rating",
      "percent",
      "bandedRating",
      "limits",
      "domains",
      "benchmarks",
      "coverage",
      "warnings",
    ]);
    expect(j.ruleSet).toEqual({ id: "behaviour", version: "2.0.0", hash: hashRuleSet(ruleSet) });
    expect(Object.keys(j.domains[0]!)).toEqual([
      "id",
      "title",
      "status",
      "score",
      "percent",
      "gated",
      "benchmarks",
    ]);
    expect(Object.keys(j.benchmarks[0]!)).toEqual([
      "id",
      "title",
      "domain",
      "status",
      "outcome",
      "score",
      "scored",
      "summary",
      "values",
      "missing",
      "stale",
    ]);
    expect(Object.keys(j.warnings[0]!)).toEqual(["code", "path", "message"]);
  });
});

describe("createEvaluator", () => {
  it("compiles once and evaluates many documents, with per-call options over its defaults", () => {
    const ruleSet = parseRuleSet(document);
    const evaluator = createEvaluator(ruleSet, { asOf: "2024-12-31" });
    expect(evaluator.hash).toBe(hashRuleSet(ruleSet));
    expect(evaluator.ruleSet).toBe(ruleSet);
    const ambulance = { ...input, asOf: null, organisation: { type: "ambulance" } };
    const first = evaluator.evaluate(ambulance);
    expect(first.asOf).toBe("2024-12-31");
    expect(first.benchmarks[0]!.outcome).toBe("not-applicable");
    expect(first.benchmarks[0]).not.toHaveProperty("trace");
    const second = evaluator.evaluate(input, { asOf: "2025-01-01", explain: "full" });
    expect(second.asOf).toBe("2025-01-01");
    expect(second.benchmarks[0]!.outcome).toBe("some-shortfalls");
    expect(second.benchmarks[0]).toHaveProperty("trace");
    expect(JSON.stringify(evaluator.evaluate(input))).toBe(
      JSON.stringify(evaluate(ruleSet, input, { asOf: "2024-12-31" })),
    );
  });
});

describe("explain: full", () => {
  it("traces appliesTo and only the levels that were tried", () => {
    const j = evaluate(parseRuleSet(document), input, { explain: "full" });
    expect(j.benchmarks.map((b) => b.trace)).toMatchInlineSnapshot(`
      [
        {
          "appliesTo": {
            "args": [
              {
                "op": "var",
                "result": "acute",
                "var": "organisation.type",
              },
              {
                "result": [
                  "acute",
                ],
              },
            ],
            "op": "in",
            "result": true,
          },
          "levels": {
            "exceptional": {
              "args": [
                {
                  "op": "var",
                  "result": 81,
                  "var": "managers.withRoleTargetsPct",
                },
                {
                  "result": 100,
                },
              ],
              "op": "==",
              "result": false,
            },
            "good": {
              "args": [
                {
                  "op": "var",
                  "result": 81,
                  "var": "managers.withRoleTargetsPct",
                },
                {
                  "result": 95,
                },
              ],
              "op": ">=",
              "result": false,
            },
            "some-shortfalls": {
              "args": [
                {
                  "op": "var",
                  "result": 81,
                  "var": "managers.withRoleTargetsPct",
                },
                {
                  "result": 81,
                },
              ],
              "op": ">=",
              "result": true,
            },
          },
        },
        {
          "levels": {
            "good": {
              "args": [
                {
                  "op": "var",
                  "result": false,
                  "var": "ftsu.guardianInPost",
                },
                {
                  "args": [
                    {
                      "op": "var",
                      "skipped": true,
                      "var": "board.reviews",
                    },
                    {
                      "literal": 2,
                      "skipped": true,
                    },
                  ],
                  "op": ">",
                  "skipped": true,
                },
              ],
              "op": "and",
              "result": false,
            },
          },
        },
      ]
    `);
  });

  it("leaves levels out when evidence is missing or the benchmark does not apply", () => {
    const ruleSet = parseRuleSet(document);
    const j = evaluate(
      ruleSet,
      { organisation: { type: "ambulance" }, evidence: {} },
      { asOf: "2025-01-01", explain: "full" },
    );
    expect(
      j.benchmarks.map((b) => [
        b.outcome,
        Object.keys(b.trace?.levels ?? {}),
        b.trace?.appliesTo?.result,
      ]),
    ).toEqual([
      ["not-applicable", [], false],
      ["not-evidenced", [], undefined],
    ]);
  });

  it("agrees with json-logic-js at every traced root", () => {
    const ruleSet = parseRuleSet(document);
    const j = evaluate(ruleSet, input, { explain: "full" });
    const data = {
      organisation: { type: "acute" },
      managers: { withRoleTargetsPct: 81 },
      ftsu: { guardianInPost: false },
      board: { reviews: 4 },
    };
    for (const [i, b] of j.benchmarks.entries()) {
      for (const [level, node] of Object.entries(b.trace?.levels ?? {})) {
        const logic = (document.benchmarks[i]!.levels as Record<string, unknown>)[
          level
        ] as RulesLogic;
        expect(node.result).toEqual(jsonLogic.apply(logic, data));
      }
    }
  });
});

describe("evidenceJsonSchema", () => {
  it("describes the rule set's evidence documents", () => {
    expect(evidenceJsonSchema(parseRuleSet(document))).toMatchInlineSnapshot(`
      {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "description": "An organisation's evidence, evaluated against the rule set "Behaviour".",
        "properties": {
          "$schema": {
            "type": "string",
          },
          "asOf": {
            "description": "The date the judgement is made for; default: today (UTC).",
            "format": "date",
            "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
            "type": [
              "string",
              "null",
            ],
          },
          "evidence": {
            "properties": {
              "board": {
                "properties": {
                  "lastExternalReview": {
                    "format": "date",
                    "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
                    "type": [
                      "string",
                      "null",
                    ],
                  },
                  "reviews": {
                    "maximum": 12,
                    "minimum": 0,
                    "type": [
                      "integer",
                      "null",
                    ],
                  },
                },
                "type": [
                  "object",
                  "null",
                ],
              },
              "culture": {
                "properties": {
                  "rating": {
                    "description": "Staff survey band",
                    "enum": [
                      "low",
                      "high",
                      null,
                    ],
                  },
                },
                "type": [
                  "object",
                  "null",
                ],
              },
              "ftsu": {
                "properties": {
                  "guardianInPost": {
                    "title": "Freedom to Speak Up guardian in post",
                    "type": [
                      "boolean",
                      "null",
                    ],
                  },
                },
                "type": [
                  "object",
                  "null",
                ],
              },
              "managers": {
                "properties": {
                  "withRoleTargetsPct": {
                    "maximum": 100,
                    "minimum": 0,
                    "title": "line managers with role-relevant targets",
                    "type": [
                      "number",
                      "null",
                    ],
                  },
                },
                "type": [
                  "object",
                  "null",
                ],
              },
            },
            "type": "object",
          },
          "organisation": {
            "properties": {
              "id": {
                "type": "string",
              },
              "name": {
                "type": "string",
              },
              "type": {
                "enum": [
                  "acute",
                  "ambulance",
                ],
              },
            },
            "required": [
              "type",
            ],
            "type": "object",
          },
          "provenance": {
            "additionalProperties": {
              "properties": {
                "collected": {
                  "format": "date",
                  "pattern": "^\\d{4}-\\d{2}-\\d{2}$",
                  "type": "string",
                },
                "source": {
                  "type": "string",
                },
              },
              "required": [
                "collected",
              ],
              "type": [
                "object",
                "null",
              ],
            },
            "description": "Keyed by evidence dot path: managers.withRoleTargetsPct, ftsu.guardianInPost, board.reviews, culture.rating, board.lastExternalReview.",
            "type": [
              "object",
              "null",
            ],
          },
        },
        "required": [
          "organisation",
          "evidence",
        ],
        "title": "Evidence for behaviour@2.0.0",
        "type": "object",
      }
    `);
  });
});
