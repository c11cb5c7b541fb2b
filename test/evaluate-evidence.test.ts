import { afterEach, describe, expect, it, vi } from "vitest";
import { EvidenceError } from "../src/errors.js";
import { type EvidenceDocument, evaluate, safeEvaluate } from "../src/evaluate/index.js";
import { parseRuleSet } from "../src/format/parse.js";

const ruleSet = parseRuleSet({
  format: 1,
  id: "evidence-test",
  version: "1.2.0",
  title: "Every evidence type",
  status: "active",
  organisationTypes: ["acute", "community"],
  evidence: {
    "managers.withRoleTargetsPct": {
      type: "percent",
      label: "line managers with targets",
      maxAgeDays: 400,
    },
    "ftsu.guardianInPost": { type: "boolean" },
    "nss.compassionateLeadership": { type: "number", min: 0, max: 10 },
    "board.size": { type: "integer", min: 5, max: 20 },
    "incidents.open": { type: "count" },
    "board.lastExternalReview": { type: "date", maxAgeDays: 1095 },
    "culture.rating": { type: "enum", values: ["low", "medium", "high"] },
    "board.chair": { type: "string" },
  },
  domains: [{ id: "governance", title: "Governance" }],
  benchmarks: [
    {
      id: "LM-01",
      title: "Managers have targets",
      domain: "governance",
      levels: { good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] } },
    },
    {
      id: "GOV-01",
      title: "Board",
      domain: "governance",
      requires: ["board.size"],
      levels: {
        good: { and: [{ var: "ftsu.guardianInPost" }, { ">=": [{ var: "board.size" }, 8] }] },
      },
    },
  ],
});

const valid = {
  managers: { withRoleTargetsPct: 81 },
  ftsu: { guardianInPost: true },
  nss: { compassionateLeadership: 7.2 },
  board: { size: 12, lastExternalReview: "2024-02-29", chair: "Dr A" },
  incidents: { open: 0 },
  culture: { rating: "high" },
};

function doc(
  evidence: Record<string, unknown>,
  extra: Record<string, unknown> = {},
): EvidenceDocument {
  return {
    organisation: { id: "RXX", name: "Northfield", type: "acute" },
    asOf: "2025-03-31",
    evidence,
    ...extra,
  } as EvidenceDocument;
}

function issuesOf(input: unknown, options?: { asOf?: string }) {
  const result = safeEvaluate(ruleSet, input as EvidenceDocument, options);
  if (result.success) throw new Error("expected an EvidenceError");
  expect(result.error).toBeInstanceOf(EvidenceError);
  expect(result.error.code).toBe("invalid-evidence");
  return result.error.issues;
}

describe("valid evidence", () => {
  it("accepts every declared type and reports the values benchmarks read", () => {
    const j = evaluate(ruleSet, doc(valid));
    expect(j.benchmarks.map((b) => b.values)).toEqual([
      { "managers.withRoleTargetsPct": 81 },
      { "board.size": 12, "ftsu.guardianInPost": true },
    ]);
    expect(j.warnings).toEqual([]);
    expect(j.organisation).toEqual({ id: "RXX", name: "Northfield", type: "acute" });
  });

  it("treats null as missing", () => {
    const j = evaluate(ruleSet, doc({ managers: { withRoleTargetsPct: null }, board: null }));
    expect(j.benchmarks.map((b) => [b.outcome, b.missing])).toEqual([
      ["not-evidenced", ["managers.withRoleTargetsPct"]],
      ["not-evidenced", ["board.size"]],
    ]);
  });

  it("needs only the organisation type", () => {
    const j = evaluate(
      ruleSet,
      { organisation: { type: "community" }, evidence: {} },
      { asOf: "2025-01-01" },
    );
    expect(j.organisation).toEqual({ type: "community" });
  });
});

describe("invalid evidence", () => {
  const cases: [string, unknown, string, string][] = [
    ["managers.withRoleTargetsPct", 120.25, "out-of-range", "must be a percentage from 0 to 100"],
    ["managers.withRoleTargetsPct", "81", "invalid-type", "must be a percentage from 0 to 100"],
    ["ftsu.guardianInPost", "yes-secret", "invalid-type", "must be true or false"],
    ["nss.compassionateLeadership", 10.75, "out-of-range", "must be a number from 0 to 10"],
    ["board.size", 7.5, "not-integer", "must be a whole number from 5 to 20"],
    ["board.size", 33, "out-of-range", "must be a whole number from 5 to 20"],
    ["incidents.open", -3, "out-of-range", "must be a count (a whole number) of at least 0"],
    ["incidents.open", 2.75, "not-integer", "must be a count (a whole number) of at least 0"],
    [
      "board.lastExternalReview",
      "2023-02-29",
      "invalid-date",
      "must be a real calendar date written YYYY-MM-DD",
    ],
    [
      "board.lastExternalReview",
      "31/03/2025",
      "invalid-date",
      "must be a real calendar date written YYYY-MM-DD",
    ],
    ["board.lastExternalReview", 20250331, "invalid-type", "must be an ISO date (YYYY-MM-DD)"],
    ["culture.rating", "extreme", "invalid-value", 'must be one of "low", "medium", "high"'],
    ["culture.rating", 3, "invalid-type", 'must be one of "low", "medium", "high"'],
    ["board.chair", 4242, "invalid-type", "must be a string"],
  ];
  it.each(cases)(
    "rejects %s = %j with its path, code and a message without the value",
    (path, value, code, message) => {
      const [group, field] = path.split(".") as [string, string];
      const evidence = {
        ...valid,
        [group]: { ...(valid as Record<string, object>)[group], [field]: value },
      };
      const issues = issuesOf(doc(evidence));
      expect(issues).toEqual([{ path: `evidence.${path}`, code, message }]);
      const text = JSON.stringify(issues);
      expect(text).not.toContain(String(value));
      expect(text).not.toContain(JSON.stringify(value));
    },
  );

  it("rejects a value where a declared field's parent object belongs", () => {
    expect(issuesOf(doc({ managers: 81, board: [12] }))).toEqual([
      {
        path: "evidence.managers",
        code: "shape-conflict",
        message:
          "must be an object: evidence-test@1.2.0 declares managers.withRoleTargetsPct inside it",
      },
      {
        path: "evidence.board",
        code: "shape-conflict",
        message:
          "must be an object: evidence-test@1.2.0 declares board.size, board.lastExternalReview, board.chair inside it",
      },
    ]);
  });

  it("lists every problem at once, without the evidence in the error message", () => {
    const error = (() => {
      try {
        evaluate(
          ruleSet,
          doc(
            { managers: { withRoleTargetsPct: 101.5 }, ftsu: { guardianInPost: "N0PE" } },
            { asOf: "2025-13-01" },
          ),
        );
      } catch (e) {
        return e as EvidenceError;
      }
      throw new Error("expected a throw");
    })();
    expect(error.issues.map((i) => i.path)).toEqual([
      "asOf",
      "evidence.managers.withRoleTargetsPct",
      "evidence.ftsu.guardianInPost",
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid evidence (3 problems):
        asOf: must be a real calendar date written YYYY-MM-DD
        evidence.managers.withRoleTargetsPct: must be a percentage from 0 to 100
        evidence.ftsu.guardianInPost: must be true or false"
    `);
  });

  it("rejects a missing or unknown organisation type, listing the allowed types only", () => {
    expect(issuesOf({ organisation: { type: "hospice-secret" }, evidence: {} })).toEqual([
      {
        path: "organisation.type",
        code: "unknown-organisation-type",
        message:
          'must be one of the organisation types of evidence-test@1.2.0: "acute", "community"',
      },
    ]);
    expect(issuesOf({ organisation: { name: "X" }, evidence: {} })[0]).toMatchObject({
      path: "organisation.type",
      code: "missing-field",
    });
    expect(issuesOf({ organisation: { type: 7 }, evidence: {} })[0]).toMatchObject({
      path: "organisation.type",
      code: "invalid-type",
    });
    expect(issuesOf({ organisation: { type: "acute", id: 7 }, evidence: {} })).toEqual([
      { path: "organisation.id", code: "invalid-type", message: "must be a string" },
    ]);
    expect(issuesOf({ evidence: {} })[0]).toMatchObject({
      path: "organisation",
      code: "missing-field",
    });
  });

  it("rejects a document that is not an object, or lacks its evidence object", () => {
    for (const input of [null, [], "text", 42])
      expect(issuesOf(input)).toEqual([
        { path: "$", code: "invalid-type", message: "an evidence document must be a JSON object" },
      ]);
    expect(issuesOf({ organisation: { type: "acute" } })).toEqual([
      {
        path: "evidence",
        code: "missing-field",
        message: "must be an object of evidence values nested by dot path",
      },
    ]);
    expect(issuesOf({ organisation: { type: "acute" }, evidence: [1] })[0]).toMatchObject({
      path: "evidence",
      code: "invalid-type",
    });
  });

  it("rejects malformed dates in asOf, options.asOf and provenance", () => {
    expect(issuesOf(doc({}), { asOf: "2025-04-31" })).toEqual([
      {
        path: "options.asOf",
        code: "invalid-date",
        message: "must be a real calendar date written YYYY-MM-DD",
      },
    ]);
    const provenance = {
      "managers.withRoleTargetsPct": { collected: "yesterday" },
      "board.size": { source: "HR" },
      "board.chair": { collected: "2024-01-01", source: 5 },
      "ftsu.guardianInPost": "HR audit",
    };
    expect(issuesOf(doc({}, { provenance }))).toEqual([
      {
        path: 'provenance["managers.withRoleTargetsPct"].collected',
        code: "invalid-date",
        message: "must be the real calendar date the value was collected, written YYYY-MM-DD",
      },
      {
        path: 'provenance["board.size"].collected',
        code: "missing-field",
        message: "must be the real calendar date the value was collected, written YYYY-MM-DD",
      },
      {
        path: 'provenance["board.chair"].source',
        code: "invalid-type",
        message: "must be a string",
      },
      {
        path: 'provenance["ftsu.guardianInPost"]',
        code: "invalid-type",
        message: "must be an object with `collected` (YYYY-MM-DD) and optionally `source`",
      },
    ]);
    expect(issuesOf(doc({}, { provenance: [] }))[0]).toMatchObject({
      path: "provenance",
      code: "invalid-type",
    });
  });

  it("rejects __proto__ keys and values JSON cannot carry", () => {
    const input = JSON.parse(
      '{"organisation":{"type":"acute"},"evidence":{"__proto__":{"polluted":true}}}',
    );
    expect(issuesOf(input)).toEqual([
      {
        path: "evidence.__proto__",
        code: "forbidden-key",
        message: "`__proto__` is not allowed as a key",
      },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(issuesOf(new Date())[0]).toMatchObject({ path: "$", code: "not-json" });
    expect(issuesOf(doc({ nss: { compassionateLeadership: Number.NaN } }))[0]).toMatchObject({
      code: "not-json",
    });
  });

  it("fails fast, without recursion, on huge or deeply nested documents", () => {
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const started = performance.now();
    expect(issuesOf(doc({ extra: deep }))[0]).toMatchObject({
      code: "too-deep",
      message: "nesting is deeper than the limit of 128 levels",
    });
    expect(issuesOf(doc({ extra: new Array(1_000_000).fill(0) }))).toEqual([
      {
        path: "evidence.extra",
        code: "too-long",
        message: "an array is longer than the limit of 100000 items",
      },
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
    const big = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`f${i}`, "x".repeat(99_000)]),
    );
    expect(issuesOf(doc(big))[0]).toMatchObject({ path: "$", code: "too-large" });
    expect(issuesOf(doc({ extra: "x".repeat(100_001) }))[0]).toMatchObject({
      path: "evidence.extra",
      code: "too-long",
    });
  });
});

describe("warnings", () => {
  it("reports unknown fields and provenance for undeclared paths, and still evaluates", () => {
    const input = {
      organisation: { id: "RXX", type: "acute", region: "north" },
      asOf: "2025-03-31",
      evidence: {
        ...valid,
        extra: { secret: 1 },
        managers: { withRoleTargetsPct: 99, spare: null },
        "board.size": 9,
      },
      provenance: { "unknown.path": { collected: "2025-01-01" } },
      comment: "hello",
    };
    const j = evaluate(ruleSet, input as EvidenceDocument);
    expect(j.benchmarks[0]!.outcome).toBe("good");
    expect(j.warnings).toEqual([
      {
        code: "unknown-evidence",
        path: "evidence.extra",
        message: "not declared by evidence-test@1.2.0, so it is ignored",
      },
      {
        code: "unknown-evidence",
        path: "evidence.managers.spare",
        message: "not declared by evidence-test@1.2.0, so it is ignored",
      },
      {
        code: "unknown-evidence",
        path: 'evidence["board.size"]',
        message:
          "not declared by evidence-test@1.2.0, so it is ignored; write dotted fields nested (evidence.board.size)",
      },
      {
        code: "unknown-field",
        path: "comment",
        message: "not part of an evidence document; it is ignored",
      },
      {
        code: "unknown-field",
        path: "organisation.region",
        message:
          "not part of the organisation (only `id`, `name` and `type` are read); it is ignored",
      },
      {
        code: "unknown-provenance",
        path: 'provenance["unknown.path"]',
        message: "provenance for a field evidence-test@1.2.0 does not declare; it is ignored",
      },
    ]);
  });

  it("marks evidence older than maxAgeDays at asOf as stale, and still uses it", () => {
    const provenance = {
      "managers.withRoleTargetsPct": { collected: "2024-02-24", source: "HR audit" },
      "board.size": { collected: "2020-01-01" },
      "board.lastExternalReview": { collected: "2022-04-01" },
    };
    const at = (asOf: string) => evaluate(ruleSet, doc(valid, { provenance }), { asOf });
    // 2024-02-24 + 400 days = 2025-03-30
    const fresh = at("2025-03-30");
    expect(fresh.benchmarks[0]!.stale).toEqual([]);
    expect(fresh.warnings).toEqual([]);
    const stale = at("2025-03-31");
    expect(stale.benchmarks[0]).toMatchObject({
      outcome: "significant-shortfalls",
      stale: ["managers.withRoleTargetsPct"],
    });
    expect(stale.benchmarks[1]!.stale).toEqual([]);
    expect(stale.warnings).toEqual([
      {
        code: "stale-evidence",
        path: "evidence.managers.withRoleTargetsPct",
        message: "collected more than 400 days before the date of the judgement; it is still used",
      },
    ]);
    expect(at("2025-04-01").warnings.map((w) => w.path)).toEqual([
      "evidence.board.lastExternalReview",
      "evidence.managers.withRoleTargetsPct",
    ]);
  });

  it("warns of provenance collected after asOf", () => {
    const j = evaluate(
      ruleSet,
      doc(valid, { provenance: { "board.size": { collected: "2025-04-01" } } }),
    );
    expect(j.warnings).toEqual([
      {
        code: "provenance-after-as-of",
        path: 'provenance["board.size"].collected',
        message: "the value was collected after the date of the judgement (asOf)",
      },
    ]);
  });
});

describe("asOf", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("comes from options, then the document, then today in UTC", () => {
    vi.useFakeTimers({ now: new Date("2030-06-15T23:30:00-05:00") });
    expect(evaluate(ruleSet, doc({}), { asOf: "2025-01-02" }).asOf).toBe("2025-01-02");
    expect(evaluate(ruleSet, doc({})).asOf).toBe("2025-03-31");
    expect(evaluate(ruleSet, doc({}, { asOf: null })).asOf).toBe("2030-06-16");
    expect(evaluate(ruleSet, { organisation: { type: "acute" }, evidence: {} }).asOf).toBe(
      "2030-06-16",
    );
  });
});

describe("safeEvaluate", () => {
  it("returns the judgement or the EvidenceError", () => {
    const ok = safeEvaluate(ruleSet, doc(valid));
    expect(ok.success && ok.judgement.rating).toBe("requires-improvement");
    const bad = safeEvaluate(ruleSet, doc({ board: { size: "many" } }));
    expect(bad.success).toBe(false);
  });
});
