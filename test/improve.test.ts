import { describe, expect, it } from "vitest";
import { EvidenceError, WellLedError } from "../src/errors.js";
import { evaluate } from "../src/evaluate/index.js";
import type { EvidenceDocument } from "../src/evaluate/judgement.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { Rating, RuleSet } from "../src/format/schema.js";
import { createImprover, type ImprovementPlan, suggestImprovements } from "../src/improve/index.js";

type Doc = Record<string, unknown>;

/** A rule set with one domain per distinct `domain` of the benchmarks, and the given evidence. */
function ruleSet(evidence: Doc, benchmarks: Doc[], scoring: Doc = {}): RuleSet {
  const domains = [...new Set(benchmarks.map((b) => String(b.domain ?? "d1")))];
  return parseRuleSet({
    format: 1,
    id: "improve-example",
    version: "1.0.0",
    title: "Improvement examples",
    status: "active",
    evidence,
    domains: domains.map((id) => ({ id, title: `Domain ${id}` })),
    benchmarks: benchmarks.map((b, i) => ({
      id: `B${i + 1}`,
      title: `Benchmark ${i + 1}`,
      domain: "d1",
      ...b,
    })),
    scoring,
  });
}

function doc(evidence: Doc, type = "acute"): EvidenceDocument {
  return { organisation: { id: "R1", type }, asOf: "2025-03-31", evidence };
}

/** The plan without the sentences, which the explanation tests cover. */
function brief(plan: ImprovementPlan) {
  return {
    ...plan,
    steps: plan.steps.map((s) => (s.kind === "benchmark" ? { ...s, summary: "…" } : s)),
  };
}

const pct = { "m.pct": { type: "percent", label: "managers with targets" } };
const threshold = {
  exceptional: { "==": [{ var: "m.pct" }, 100] },
  good: { ">=": [{ var: "m.pct" }, 95] },
  "some-shortfalls": { ">=": [{ var: "m.pct" }, 81] },
};

describe("suggestImprovements: one condition at a time", () => {
  it("moves a single threshold just far enough", () => {
    const rs = ruleSet(pct, [{ levels: threshold }]);
    const plan = suggestImprovements(rs, doc({ m: { pct: 81 } }), { target: "good" });
    expect(plan).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 50,
          "rating": "requires-improvement",
        },
        "projected": {
          "percent": 75,
          "rating": "good",
        },
        "reachable": true,
        "steps": [
          {
            "also": [],
            "benchmark": "B1",
            "changes": [
              {
                "from": 81,
                "path": "m.pct",
                "to": 95,
              },
            ],
            "cost": 0.14,
            "domain": "d1",
            "from": "some-shortfalls",
            "kind": "benchmark",
            "summary": "95% of managers have targets, which meets the good level (at least 95%); exceptional needs 100%.",
            "title": "Benchmark 1",
            "to": "good",
          },
        ],
        "target": "good",
      }
    `);
  });

  it("solves and (every part) and or (the cheapest branch)", () => {
    const rs = ruleSet({ "m.flag": { type: "boolean" }, "m.count": { type: "count", max: 20 } }, [
      {
        levels: {
          good: { and: [{ "==": [{ var: "m.flag" }, true] }, { ">=": [{ var: "m.count" }, 4] }] },
          "some-shortfalls": {
            or: [{ "==": [{ var: "m.flag" }, true] }, { ">=": [{ var: "m.count" }, 2] }],
          },
        },
      },
    ]);
    const input = doc({ m: { flag: false, count: 1 } });
    expect(brief(suggestImprovements(rs, input, { target: "good" })).steps).toMatchInlineSnapshot(`
      [
        {
          "also": [],
          "benchmark": "B1",
          "changes": [
            {
              "from": false,
              "path": "m.flag",
              "to": true,
            },
            {
              "from": 1,
              "path": "m.count",
              "to": 4,
            },
          ],
          "cost": 1.15,
          "domain": "d1",
          "from": "significant-shortfalls",
          "kind": "benchmark",
          "summary": "…",
          "title": "Benchmark 1",
          "to": "good",
        },
      ]
    `);
    expect(
      brief(suggestImprovements(rs, input, { target: "requires-improvement" })).steps,
    ).toMatchInlineSnapshot(`
      [
        {
          "also": [],
          "benchmark": "B1",
          "changes": [
            {
              "from": 1,
              "path": "m.count",
              "to": 2,
            },
          ],
          "cost": 0.05,
          "domain": "d1",
          "from": "significant-shortfalls",
          "kind": "benchmark",
          "summary": "…",
          "title": "Benchmark 1",
          "to": "some-shortfalls",
        },
      ]
    `);
  });

  it("brings a value into a between range from either side", () => {
    const rs = ruleSet({ "m.score": { type: "number", min: 0, max: 10 } }, [
      {
        levels: {
          good: { "<=": [7, { var: "m.score" }, 9.5] },
          "some-shortfalls": { ">=": [{ var: "m.score" }, 5] },
        },
      },
    ]);
    const changes = (score: number) =>
      suggestImprovements(rs, doc({ m: { score } }), { target: "good" }).steps.flatMap(
        (s) => s.changes,
      );
    expect(changes(9.8)).toEqual([{ path: "m.score", from: 9.8, to: 9.5 }]);
    expect(changes(6)).toEqual([{ path: "m.score", from: 6, to: 7 }]);
  });

  it("picks an enum value the condition lists", () => {
    const rs = ruleSet({ "m.level": { type: "enum", values: ["low", "medium", "high"] } }, [
      {
        levels: {
          good: { in: [{ var: "m.level" }, ["high"]] },
          "some-shortfalls": { "!=": [{ var: "m.level" }, "low"] },
        },
      },
    ]);
    const input = doc({ m: { level: "low" } });
    expect(
      suggestImprovements(rs, input, { target: "good" }).steps.flatMap((s) => s.changes),
    ).toEqual([{ path: "m.level", from: "low", to: "high" }]);
    expect(
      suggestImprovements(rs, input, { target: "requires-improvement" }).steps.flatMap(
        (s) => s.changes,
      ),
    ).toEqual([{ path: "m.level", from: "low", to: "medium" }]);
  });

  it("flips a boolean, through a negation", () => {
    const rs = ruleSet(
      { "m.openConcerns": { type: "boolean" }, "m.int": { type: "integer", min: -5, max: 5 } },
      [
        {
          levels: {
            good: {
              and: [{ "!": { var: "m.openConcerns" } }, { "!": { ">": [{ var: "m.int" }, 3] } }],
            },
            "some-shortfalls": { "!": { ">": [{ var: "m.int" }, 3] } },
          },
        },
      ],
    );
    const plan = suggestImprovements(rs, doc({ m: { openConcerns: true, int: 5 } }), {
      target: "good",
    });
    expect(plan.steps.flatMap((s) => s.changes)).toEqual([
      { path: "m.openConcerns", from: true, to: false },
      { path: "m.int", from: 5, to: 3 },
    ]);
  });

  it("provides missing evidence at the threshold (from: null)", () => {
    const rs = ruleSet(pct, [{ levels: threshold }]);
    const plan = suggestImprovements(rs, doc({}), { target: "good" });
    expect(brief(plan)).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": null,
          "rating": "insufficient-evidence",
        },
        "projected": {
          "percent": 75,
          "rating": "good",
        },
        "reachable": true,
        "steps": [
          {
            "also": [],
            "benchmark": "B1",
            "changes": [
              {
                "from": null,
                "path": "m.pct",
                "to": 95,
              },
            ],
            "cost": 1,
            "domain": "d1",
            "from": "not-evidenced",
            "kind": "benchmark",
            "summary": "…",
            "title": "Benchmark 1",
            "to": "good",
          },
        ],
        "target": "good",
      }
    `);
  });

  it("spreads a shortfall in a mean over as few fields as it can, and lifts every field below a minimum", () => {
    const fields = Object.fromEntries(
      ["a", "b", "c"].map((k) => [`wms.${k}`, { type: "number", min: 1, max: 5 }]),
    );
    const sum = { "+": [{ var: "wms.a" }, { var: "wms.b" }, { var: "wms.c" }] };
    const rs = ruleSet(fields, [
      {
        levels: {
          good: {
            and: [
              { ">=": [{ "/": [sum, 3] }, 3] },
              { ">=": [{ min: [{ var: "wms.a" }, { var: "wms.b" }, { var: "wms.c" }] }, 2] },
            ],
          },
        },
      },
    ]);
    const plan = suggestImprovements(rs, doc({ wms: { a: 1.5, b: 2.5, c: 4 } }), {
      target: "good",
    });
    expect(plan.steps.flatMap((s) => s.changes)).toMatchInlineSnapshot(`
      [
        {
          "from": 1.5,
          "path": "wms.a",
          "to": 2.5,
        },
      ]
    `);
  });

  it("compares against a median the organisation supplies, and shows a missing median at mid-range", () => {
    const rs = ruleSet(
      {
        "nss.score": { type: "number", min: 0, max: 10 },
        "nss.median": { type: "number", min: 0, max: 10 },
      },
      [{ levels: { good: { ">=": [{ var: "nss.score" }, { var: "nss.median" }] } } }],
    );
    const changes = (evidence: Doc) =>
      suggestImprovements(rs, doc({ nss: evidence }), { target: "good" }).steps.flatMap(
        (s) => s.changes,
      );
    expect(changes({ score: 6.8, median: 7.1 })).toEqual([
      { path: "nss.score", from: 6.8, to: 7.1 },
    ]);
    expect(changes({ score: 6.8 })).toEqual([{ path: "nss.median", from: null, to: 5 }]);
  });

  it("moves a date forward to the threshold, never beyond asOf", () => {
    const rs = ruleSet({ "board.lastReview": { type: "date" } }, [
      { levels: { good: { ">=": [{ var: "board.lastReview" }, "2024-01-01"] } } },
    ]);
    const plan = suggestImprovements(rs, doc({ board: { lastReview: "2022-06-30" } }), {
      target: "good",
    });
    expect(plan.steps.flatMap((s) => s.changes)).toEqual([
      { path: "board.lastReview", from: "2022-06-30", to: "2024-01-01" },
    ]);
    const future = ruleSet({ "board.lastReview": { type: "date" } }, [
      { levels: { good: { ">=": [{ var: "board.lastReview" }, "2030-01-01"] } } },
    ]);
    const none = suggestImprovements(future, doc({ board: { lastReview: "2022-06-30" } }), {
      target: "good",
    });
    expect(none.reachable).toBe(false);
  });
});

describe("suggestImprovements: domains, gates and limits", () => {
  const twoDomains = () =>
    ruleSet(
      { ...pct, "ftsu.guardian": { type: "boolean" }, "reg.notices": { type: "count" } },
      [
        { levels: threshold },
        {
          domain: "speak-up",
          gate: true,
          levels: { good: { "==": [{ var: "ftsu.guardian" }, true] } },
        },
        { domain: "speak-up", levels: threshold },
      ],
      {
        limits: [
          {
            id: "notice",
            when: { ">": [{ var: "evidence.reg.notices" }, 0] },
            capAt: "inadequate",
            reason: "An open notice",
          },
          {
            id: "primary-care",
            when: { "==": [{ var: "organisation.type" }, "primary-care"] },
            capAt: "good",
            reason: "Primary care is capped at good here",
          },
        ],
      },
    );

  it("clears a gate that forces its domain to 1", () => {
    const input = doc({ m: { pct: 100 }, ftsu: { guardian: false }, reg: { notices: 0 } });
    const plan = suggestImprovements(twoDomains(), input, { target: "outstanding" });
    expect(brief(plan)).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 63,
          "rating": "good",
        },
        "projected": {
          "percent": 100,
          "rating": "outstanding",
        },
        "reachable": true,
        "steps": [
          {
            "also": [],
            "benchmark": "B2",
            "changes": [
              {
                "from": false,
                "path": "ftsu.guardian",
                "to": true,
              },
            ],
            "cost": 1,
            "domain": "speak-up",
            "from": "significant-shortfalls",
            "kind": "benchmark",
            "summary": "…",
            "title": "Benchmark 2",
            "to": "good",
          },
        ],
        "target": "outstanding",
      }
    `);
  });

  it("clears a limit on evidence with a limit step", () => {
    const input = doc({ m: { pct: 100 }, ftsu: { guardian: true }, reg: { notices: 2 } });
    const plan = suggestImprovements(twoDomains(), input, { target: "outstanding" });
    expect(brief(plan)).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 100,
          "rating": "inadequate",
        },
        "projected": {
          "percent": 100,
          "rating": "outstanding",
        },
        "reachable": true,
        "steps": [
          {
            "capAt": "inadequate",
            "changes": [
              {
                "from": 2,
                "path": "reg.notices",
                "to": 0,
              },
            ],
            "cost": 1,
            "kind": "limit",
            "limit": "notice",
            "reason": "An open notice",
          },
        ],
        "target": "outstanding",
      }
    `);
  });

  it("says a target is out of reach when a limit reads only the organisation type", () => {
    const input = doc(
      { m: { pct: 90 }, ftsu: { guardian: true }, reg: { notices: 0 } },
      "primary-care",
    );
    expect(
      suggestImprovements(twoDomains(), input, { target: "outstanding" }),
    ).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 63,
          "rating": "good",
        },
        "projected": {
          "percent": 63,
          "rating": "good",
        },
        "reachable": false,
        "reason": "outstanding is out of reach: the limit "primary-care" (Primary care is capped at good here) caps the rating at good whatever the evidence, because it depends only on the organisation type",
        "steps": [],
        "target": "outstanding",
      }
    `);
  });

  it("says so when a limit reads a domain that only pilot benchmarks make up", () => {
    const rs = ruleSet(
      pct,
      [{ levels: threshold }, { domain: "pilots", status: "pilot", levels: threshold }],
      {
        limits: [
          {
            id: "pilots-good",
            when: { "<": [{ var: "domains.pilots.score" }, 3] },
            capAt: "good",
            reason: "Outstanding needs the pilot domain at good",
          },
        ],
      },
    );
    const plan = suggestImprovements(rs, doc({ m: { pct: 90 } }), { target: "outstanding" });
    expect(plan.reason).toMatchInlineSnapshot(
      `"outstanding is out of reach: the limit "pilots-good" (Outstanding needs the pilot domain at good) caps the rating at good whatever the evidence, because it depends only on domain \`pilots\`, which has no scored benchmarks (only pilot or not applicable ones) and so is never assessed"`,
    );
  });

  it("says so when no level is high enough for the target", () => {
    const rs = ruleSet(pct, [{ levels: { good: { ">=": [{ var: "m.pct" }, 95] } } }]);
    expect(
      suggestImprovements(rs, doc({ m: { pct: 10 } }), { target: "outstanding" }),
    ).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 25,
          "rating": "inadequate",
        },
        "projected": {
          "percent": 25,
          "rating": "inadequate",
        },
        "reachable": false,
        "reason": "outstanding is out of reach: even with every benchmark at the best level its conditions allow, the percent is at most 75, below the 88% that outstanding needs; the best a plan reaches is good (75%)",
        "steps": [],
        "target": "outstanding",
      }
    `);
  });

  it("meets a limit that reads a benchmark's score", () => {
    const rs = ruleSet(
      { ...pct, "m.other": { type: "percent" } },
      [
        { levels: threshold },
        { levels: { ...threshold, exceptional: { ">=": [{ var: "m.other" }, 50] } } },
      ],
      {
        limits: [
          {
            id: "b1-good",
            when: { "<": [{ var: "benchmarks.B1.score" }, 3] },
            capAt: "good",
            reason: "B1 must be good",
          },
        ],
      },
    );
    const plan = suggestImprovements(rs, doc({ m: { pct: 85, other: 10 } }), {
      target: "outstanding",
    });
    expect(plan.steps.flatMap((s) => s.changes)).toMatchInlineSnapshot(`
      [
        {
          "from": 85,
          "path": "m.pct",
          "to": 100,
        },
      ]
    `);
    expect(plan.projected.rating).toBe("outstanding");
  });

  it("adds the benchmark a limit reads when cheaper plans leave it behind", () => {
    const fields = Object.fromEntries(
      ["a", "b", "c", "d", "p"].map((k) => [`${k}.pct`, { type: "percent" }]),
    );
    const level = (k: string) => ({
      exceptional: { ">=": [{ var: `${k}.pct` }, 95] },
      good: { ">=": [{ var: `${k}.pct` }, 80] },
      "some-shortfalls": { ">=": [{ var: `${k}.pct` }, 50] },
    });
    const limit = (id: string, b: string) => ({
      id,
      when: { "<": [{ var: `benchmarks.${b}.score` }, 3] },
      capAt: "requires-improvement",
      reason: `${b} must be good`,
    });
    const rs = ruleSet(
      fields,
      [
        { levels: { good: level("a").good, "some-shortfalls": level("a")["some-shortfalls"] } },
        { levels: level("b") },
        { levels: level("c") },
        { levels: level("d") },
        { domain: "pilots", status: "pilot", levels: level("p") },
      ],
      { limits: [limit("b1-good", "B1"), limit("pilot-good", "B5")] },
    );
    const evidence = {
      a: { pct: 10 },
      b: { pct: 79 },
      c: { pct: 79 },
      d: { pct: 79 },
      p: { pct: 60 },
    };
    const plan = suggestImprovements(rs, doc(evidence), { target: "good" });
    expect(
      plan.steps.map((s) => (s.kind === "benchmark" ? [s.benchmark, s.from, s.to] : [])),
    ).toEqual([
      ["B4", "some-shortfalls", "good"],
      ["B5", "some-shortfalls", "good"],
      ["B1", "significant-shortfalls", "good"],
    ]);
    expect(plan.projected).toEqual({ rating: "good", percent: 75 });
  });

  it("merges two benchmarks that need the same field into one step", () => {
    const rs = ruleSet(pct, [
      { levels: threshold },
      { domain: "d1", levels: { good: { ">=": [{ var: "m.pct" }, 90] } } },
    ]);
    const plan = suggestImprovements(rs, doc({ m: { pct: 50 } }), { target: "good" });
    expect(brief(plan).steps).toMatchInlineSnapshot(`
      [
        {
          "also": [
            {
              "benchmark": "B1",
              "from": "significant-shortfalls",
              "title": "Benchmark 1",
              "to": "some-shortfalls",
            },
          ],
          "benchmark": "B2",
          "changes": [
            {
              "from": 50,
              "path": "m.pct",
              "to": 90,
            },
          ],
          "cost": 0.4,
          "domain": "d1",
          "from": "significant-shortfalls",
          "kind": "benchmark",
          "summary": "…",
          "title": "Benchmark 2",
          "to": "good",
        },
      ]
    `);
  });

  it("plans under the flat model and with missing evidence scored lowest", () => {
    const fields = { "a.pct": { type: "percent" }, "b.pct": { type: "percent" } };
    const level = (v: string) => ({
      good: { ">=": [{ var: v }, 80] },
      "some-shortfalls": { ">=": [{ var: v }, 50] },
    });
    const rs = ruleSet(
      fields,
      [{ levels: level("a.pct") }, { domain: "d2", levels: level("b.pct") }],
      {
        model: "flat",
        missingEvidence: "lowest",
      },
    );
    const plan = suggestImprovements(rs, doc({ a: { pct: 85 } }), { target: "good" });
    expect(plan.steps.flatMap((s) => s.changes)).toEqual([{ path: "b.pct", from: null, to: 50 }]);
    expect(plan.projected).toEqual({ rating: "good", percent: 63 });
  });
});

describe("suggestImprovements: contract", () => {
  const rs = ruleSet({ ...pct, "org.sector": { type: "enum", values: ["nhs", "independent"] } }, [
    { levels: threshold },
    {
      appliesTo: { "==": [{ var: "org.sector" }, "nhs"] },
      levels: { good: { ">=": [{ var: "m.pct" }, 99] } },
    },
  ]);

  it("returns no steps when the organisation is already at the target", () => {
    const plan = suggestImprovements(rs, doc({ m: { pct: 96 }, org: { sector: "independent" } }), {
      target: "good",
    });
    expect(plan).toMatchInlineSnapshot(`
      {
        "current": {
          "percent": 75,
          "rating": "good",
        },
        "projected": {
          "percent": 75,
          "rating": "good",
        },
        "reachable": true,
        "steps": [],
        "target": "good",
      }
    `);
  });

  it("never changes a field that decides whether a benchmark applies", () => {
    const input = doc({ m: { pct: 96 }, org: { sector: "nhs" } });
    const plan = suggestImprovements(rs, input, { target: "good" });
    expect(plan.steps.flatMap((s) => s.changes)).toEqual([{ path: "m.pct", from: 96, to: 99 }]);
  });

  it("never changes its input and its plan reaches the target when applied", () => {
    const input = doc({ m: { pct: 70 }, org: { sector: "nhs" } });
    const copy = structuredClone(input);
    const plan = suggestImprovements(rs, input, { target: "good" });
    expect(input).toEqual(copy);
    const pcts = plan.steps.flatMap((s) => s.changes).map((c) => c.to);
    expect(pcts).toEqual([99]);
    expect(
      evaluate(rs, { ...input, evidence: { m: { pct: 99 }, org: { sector: "nhs" } } }).rating,
    ).toBe("good");
  });

  it("judges at options.asOf and plans for many organisations with createImprover", () => {
    const improver = createImprover(rs);
    const plans = [70, 96].map((p) =>
      improver.suggest(doc({ m: { pct: p } }), { target: "good", asOf: "2025-06-30" }),
    );
    expect(plans.map((p) => p.steps.length)).toEqual([1, 0]);
  });

  it("rejects a target that is not a rating, and evidence that does not fit", () => {
    const bad = () =>
      suggestImprovements(rs, doc({ m: { pct: 70 } }), { target: "excellent" as Rating });
    expect(bad).toThrow(WellLedError);
    expect(bad).toThrowErrorMatchingInlineSnapshot(
      `[WellLedError: target must be one of "outstanding", "good", "requires-improvement", "inadequate"]`,
    );
    expect(() => suggestImprovements(rs, doc({ m: { pct: 170 } }), { target: "good" })).toThrow(
      EvidenceError,
    );
  });
});
