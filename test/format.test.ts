import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RuleSetError, isRuleSetError } from "../src/errors.js";
import { hashRuleSet } from "../src/format/hash.js";
import { ruleSetJsonSchema } from "../src/format/json-schema.js";
import { buildRuleSetJsonSchema } from "../src/format/_build-json-schema.js";
import { parseRuleSet, safeParseRuleSet } from "../src/format/parse.js";

const text = readFileSync(new URL("./fixtures/small-rule-set.json", import.meta.url), "utf8");
// biome-ignore lint/suspicious/noExplicitAny: tests poke at arbitrary document shapes
type Doc = any;
const base = (): Doc => JSON.parse(text);

function issuesOf(change: (doc: Doc) => void) {
  const doc = base();
  change(doc);
  const result = safeParseRuleSet(doc);
  if (result.success) throw new Error("expected the rule set to be rejected");
  expect(result.error).toBeInstanceOf(RuleSetError);
  return result.error.issues;
}

function expectIssue(change: (doc: Doc) => void, path: string, code: string) {
  const issues = issuesOf(change);
  expect(issues).toContainEqual(expect.objectContaining({ path, code }));
  return issues.find((i) => i.path === path && i.code === code)!;
}

describe("parseRuleSet", () => {
  it("accepts a valid rule set and returns a frozen copy", () => {
    const doc = base();
    const ruleSet = parseRuleSet(doc);
    expect(ruleSet).toEqual(doc);
    expect(ruleSet).not.toBe(doc);
    expect(Object.isFrozen(ruleSet.benchmarks[0]!.levels)).toBe(true);
    doc.benchmarks[0].levels.good = true;
    expect(ruleSet.benchmarks[0]!.levels.good).not.toBe(true);
  });

  it("accepts JSON text and reports malformed JSON", () => {
    expect(parseRuleSet(text).id).toBe("small-test");
    const result = safeParseRuleSet("{ not json");
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]).toMatchObject({ path: "$", code: "invalid-json" });
  });

  it("lists every problem at once, with a readable message", () => {
    const issues = issuesOf((d) => {
      d.version = "two";
      d.benchmarks[0].domain = "governanse";
      d.benchmarks[1].levels.good = { ">=": [{ var: "ftsu.guardian" }, 1] };
    });
    expect(issues.map((i) => i.code).sort()).toEqual(["invalid-version", "undeclared-path", "unknown-domain"]);
    try {
      parseRuleSet((() => { const d = base(); d.benchmarks[0].domain = "governanse"; return d; })());
    } catch (error) {
      expect(isRuleSetError(error)).toBe(true);
      expect((error as Error).message).toMatchInlineSnapshot(`
        "Invalid rule set (1 problem):
          benchmarks[0].domain: benchmark LM-01: domain "governanse" is not defined in \`domains\` (did you mean "governance"?)"
      `);
    }
  });

  describe("schema violations", () => {
    it.each([
      ["missing title", (d: Doc) => delete d.title, "title", "invalid-type"],
      ["wrong format", (d: Doc) => { d.format = 2 }, "format", "invalid-value"],
      ["id not kebab-case", (d: Doc) => { d.id = "Well Led" }, "id", "invalid-format"],
      ["unknown top-level key", (d: Doc) => { d.scorring = {} }, "$", "unrecognized-keys"],
      ["unknown benchmark key", (d: Doc) => { d.benchmarks[0].weigth = 2 }, "benchmarks[0]", "unrecognized-keys"],
      ["unknown status", (d: Doc) => { d.status = "live" }, "status", "invalid-value"],
      ["unknown benchmark status", (d: Doc) => { d.benchmarks[0].status = "trial" }, "benchmarks[0].status", "invalid-value"],
      ["unknown evidence type", (d: Doc) => { d.evidence["ftsu.guardianInPost"].type = "bool" }, 'evidence["ftsu.guardianInPost"].type', "invalid-union"],
      ["enum without values", (d: Doc) => { delete d.evidence["cqc.lastRating"].values }, 'evidence["cqc.lastRating"].values', "invalid-type"],
      ["enum with no values", (d: Doc) => { d.evidence["cqc.lastRating"].values = [] }, 'evidence["cqc.lastRating"].values', "too-small"],
      ["missing good level", (d: Doc) => { delete d.benchmarks[0].levels.good }, "benchmarks[0].levels.good", "invalid-type"],
      ["unknown level", (d: Doc) => { d.benchmarks[0].levels.great = true }, "benchmarks[0].levels", "unrecognized-keys"],
      ["zero weight", (d: Doc) => { d.benchmarks[0].weight = 0 }, "benchmarks[0].weight", "too-small"],
      ["negative weight", (d: Doc) => { d.benchmarks[0].weight = -1 }, "benchmarks[0].weight", "too-small"],
      ["unknown capAt", (d: Doc) => { d.scoring.limits[0].capAt = "poor" }, "scoring.limits[0].capAt", "invalid-value"],
      ["malformed date", (d: Doc) => { d.effective.from = "2024-13-01" }, "effective.from", "invalid-format"],
      ["no benchmarks", (d: Doc) => { d.benchmarks = [] }, "benchmarks", "too-small"],
    ])("%s", (_name, change, path, code) => {
      expectIssue(change, path, code);
    });
  });

  describe("references and uniqueness", () => {
    it("rejects duplicate benchmark ids", () => {
      expectIssue((d) => { d.benchmarks[2].id = "LM-01" }, "benchmarks[2].id", "duplicate-id");
    });
    it("rejects duplicate domain ids", () => {
      expectIssue((d) => { d.domains[1].id = "governance" }, "domains[1].id", "duplicate-id");
    });
    it("rejects duplicate source and limit ids", () => {
      expectIssue((d) => { d.sources.push({ ...d.sources[0] }) }, "sources[1].id", "duplicate-id");
      expectIssue((d) => { d.scoring.limits[1].id = "no-statement-at-1" }, "scoring.limits[1].id", "duplicate-id");
    });
    it("rejects a benchmark naming an unknown domain, with a suggestion", () => {
      const issue = expectIssue((d) => { d.benchmarks[0].domain = "governanse" }, "benchmarks[0].domain", "unknown-domain");
      expect(issue.message).toContain('did you mean "governance"');
      expect(issue.message).toContain("LM-01");
    });
    it("rejects a benchmark citing an unknown source", () => {
      expectIssue((d) => { d.benchmarks[0].sources = ["nhs-2099"] }, "benchmarks[0].sources[0]", "unknown-source");
    });
    it("rejects requires naming an undeclared field", () => {
      expectIssue((d) => { d.benchmarks[0].requires = ["managers.count"] }, "benchmarks[0].requires[0]", "undeclared-path");
    });
  });

  describe("conditions", () => {
    it("rejects a level reading an undeclared path", () => {
      const issue = expectIssue(
        (d) => { d.benchmarks[0].levels.good = { ">=": [{ var: "managers.withRoleTargetPct" }, 95] } },
        'benchmarks[0].levels.good[">="][0].var',
        "undeclared-path",
      );
      expect(issue.message).toMatchInlineSnapshot(`"benchmark LM-01: reads "managers.withRoleTargetPct", which is not declared in \`evidence\`: did you mean "managers.withRoleTargetsPct"?"`);
    });
    it("checks appliesTo and limits too", () => {
      expectIssue((d) => { d.benchmarks[0].appliesTo = { "==": [{ var: "organisation.name" }, "x"] } }, 'benchmarks[0].appliesTo["=="][0].var', "undeclared-path");
      expectIssue((d) => { d.scoring.limits[0].when = { ">": [{ var: "counts.5" }, 0] } }, 'scoring.limits[0].when[">"][0].var', "undeclared-path");
      expectIssue((d) => { d.scoring.limits[0].when = { ">": [{ var: "managers.withRoleTargetsPct" }, 0] } }, 'scoring.limits[0].when[">"][0].var', "undeclared-path");
    });
    it("lets limits read the summary context", () => {
      const d = base();
      d.scoring.limits[0].when = {
        and: [
          { "<": [{ var: "percent" }, 50] },
          { "==": [{ var: "rating" }, "good"] },
          { "==": [{ var: "domains.governance.score" }, 1] },
          { "==": [{ var: "benchmarks.LM-01.outcome" }, "good"] },
          { "==": [{ var: "organisation.type" }, "acute"] },
          { var: "evidence.ftsu.guardianInPost" },
        ],
      };
      expect(() => parseRuleSet(d)).not.toThrow();
    });
    it("rejects method and log, and unknown operators", () => {
      expectIssue((d) => { d.benchmarks[0].levels.good = { method: ["x", "toString"] } }, "benchmarks[0].levels.good.method", "unknown-operator");
      expectIssue((d) => { d.benchmarks[0].levels.good = { log: 1 } }, "benchmarks[0].levels.good.log", "unknown-operator");
      const issue = expectIssue((d) => { d.benchmarks[0].levels.good = { ">==": [1, 1] } }, 'benchmarks[0].levels.good[">=="]', "unknown-operator");
      expect(issue.message).toContain("did you mean");
    });
    it("rejects multi-key objects as ambiguous", () => {
      expectIssue((d) => { d.benchmarks[0].levels.good = { ">=": [{ var: "managers.withRoleTargetsPct" }, 95], "<": [1, 2] } }, "benchmarks[0].levels.good", "ambiguous-object");
    });
    it("rejects dynamic var paths", () => {
      expectIssue((d) => { d.benchmarks[0].levels.good = { var: { cat: ["managers.", "withRoleTargetsPct"] } } }, "benchmarks[0].levels.good.var", "dynamic-path");
    });
    it("rejects prototype segments in var paths", () => {
      for (const path of ["__proto__", "a.constructor", "x.prototype.y"]) {
        expectIssue((d) => { d.benchmarks[0].levels.good = { var: path } }, "benchmarks[0].levels.good.var", "forbidden-path");
      }
    });
    it("rejects empty var paths outside scoped operators but allows them inside", () => {
      expectIssue((d) => { d.benchmarks[0].levels.good = { var: "" } }, "benchmarks[0].levels.good.var", "empty-path");
      const d = base();
      d.evidence["board.scores"] = { type: "number" };
      d.benchmarks[0].levels.good = { all: [[1, 2], { ">": [{ var: "" }, 0] }] };
      d.benchmarks[0].levels.exceptional = { reduce: [[1, 2], { "+": [{ var: "current" }, { var: "accumulator" }] }, { var: "board.scores" }] };
      expect(() => parseRuleSet(d)).not.toThrow();
      d.benchmarks[0].levels.exceptional = { reduce: [[1, 2], { "+": [{ var: "current" }, 0] }, { var: "undeclared" }] };
      expect(() => parseRuleSet(d)).toThrow(/undeclared/);
    });
    it("checks missing and missing_some paths", () => {
      expectIssue((d) => { d.benchmarks[0].levels.good = { missing: ["nope"] } }, "benchmarks[0].levels.good.missing[0]", "undeclared-path");
      expectIssue((d) => { d.benchmarks[0].levels.good = { missing_some: [1, ["ftsu.guardianInPost", "nope"]] } }, "benchmarks[0].levels.good.missing_some[1][1]", "undeclared-path");
    });
    it("rejects conditions nested deeper than 64 without overflowing the stack", () => {
      let deep: unknown = { var: "ftsu.guardianInPost" };
      for (let i = 0; i < 70; i++) deep = { "!": [deep] };
      const issues = issuesOf((d) => { d.benchmarks[0].levels.good = deep });
      expect(issues.some((i) => i.code === "too-deep")).toBe(true);
      let hostile: unknown = 1;
      for (let i = 0; i < 200_000; i++) hostile = [hostile];
      const result = safeParseRuleSet({ ...base(), description: hostile });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues[0]!.code).toBe("too-deep");
    });
  });

  describe("evidence declarations", () => {
    it.each(["__proto__.x", "a.prototype", "constructor"])("rejects the field name %s", (name) => {
      const issues = issuesOf((d) => { d.evidence[name] = { type: "number" } });
      expect(issues.some((i) => ["forbidden-path", "forbidden-key"].includes(i.code))).toBe(true);
    });
    it("rejects a field that is also the parent of another", () => {
      expectIssue((d) => { d.evidence.managers = { type: "number" } }, 'evidence["managers.withRoleTargetsPct"]', "field-under-field");
    });
    it("rejects min greater than max and reserved organisation fields", () => {
      expectIssue((d) => { d.evidence["nss.compassionateLeadership"].min = 11 }, 'evidence["nss.compassionateLeadership"].min', "invalid-range");
      expectIssue((d) => { d.evidence["organisation.size"] = { type: "count" } }, 'evidence["organisation.size"]', "reserved-field");
    });
  });

  describe("versions, windows and bands", () => {
    it("rejects a non-semver version", () => {
      expectIssue((d) => { d.version = "2.0" }, "version", "invalid-version");
      expectIssue((d) => { d.version = "v2.0.0" }, "version", "invalid-version");
      expectIssue((d) => { d.version = "99999999999999999999.0.0" }, "version", "invalid-version");
      expect(parseRuleSet({ ...base(), version: "2.0.0-rc.1+build.5" }).version).toBe("2.0.0-rc.1+build.5");
    });
    it("rejects until on or before from", () => {
      expectIssue((d) => { d.effective.until = "2024-04-01" }, "effective.until", "invalid-window");
      expect(() => parseRuleSet({ ...base(), effective: { from: "2024-04-01", until: "2024-04-02" } })).not.toThrow();
    });
    it.each([
      [{ outstanding: 63, good: 88, "requires-improvement": 39 }],
      [{ outstanding: 88, good: 63, "requires-improvement": 0 }],
      [{ outstanding: 88, good: 88, "requires-improvement": 39 }],
      [{ outstanding: 120, good: 63, "requires-improvement": 39 }],
    ])("rejects bands out of order: %j", (bands) => {
      expectIssue((d) => { d.scoring.bands = bands }, "scoring.bands", "invalid-bands");
    });
  });

  describe("hostile input", () => {
    it.each([null, 42, "[]", [], { format: 1 }, () => 1, new Date(), { __proto__: { polluted: true } }])(
      "always answers with a RuleSetError: %s",
      (input) => {
        expect(() => parseRuleSet(input)).toThrow(RuleSetError);
      },
    );
    it("rejects __proto__ keys anywhere in the document", () => {
      const doc = JSON.parse(text.replace('"title": "A small', '"__proto__": { "x": 1 }, "title": "A small'));
      expect(() => parseRuleSet(doc)).toThrow(/__proto__/);
    });
    it("refuses too many benchmarks", () => {
      const d = base();
      d.benchmarks = Array.from({ length: 20_001 }, (_, i) => ({ ...d.benchmarks[1], id: `B-${i}` }));
      expect(() => parseRuleSet(d)).toThrow(/limit of 20000 benchmarks/);
    });
    it("loads a rule set of 5,000 benchmarks", () => {
      const d = base();
      d.benchmarks = Array.from({ length: 5000 }, (_, i) => ({ ...d.benchmarks[0], id: `B-${i}`, description: "x".repeat(1500) }));
      expect(JSON.stringify(d).length).toBeGreaterThan(8_000_000);
      expect(parseRuleSet(d).benchmarks).toHaveLength(5000);
    });
  });
});

describe("hashRuleSet", () => {
  it("is sha256 of the canonical JSON, independent of key order and $schema", () => {
    const a = parseRuleSet(base());
    const reordered = Object.fromEntries(Object.entries(base()).reverse());
    const b = parseRuleSet({ ...base(), $schema: "../../schema/rule-set.schema.json" });
    expect(hashRuleSet(a)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashRuleSet(b)).toBe(hashRuleSet(a));
    expect(Object.keys(reordered)[0]).not.toBe("format");
    expect(hashRuleSet(parseRuleSet(reordered))).toBe(hashRuleSet(a));
  });
  it("changes with any change of content", () => {
    const a = hashRuleSet(parseRuleSet(base()));
    const d = base();
    d.benchmarks[0].title += ".";
    expect(hashRuleSet(parseRuleSet(d))).not.toBe(a);
  });
  it("does not fill in defaults", () => {
    const d = base();
    delete d.scoring;
    const withDefaults = base();
    expect(hashRuleSet(parseRuleSet(d))).not.toBe(hashRuleSet(parseRuleSet(withDefaults)));
  });
});

describe("ruleSetJsonSchema", () => {
  it("matches the checked-in schema file (run `npm run generate` when this fails)", () => {
    expect(ruleSetJsonSchema()).toEqual(buildRuleSetJsonSchema());
    const file = JSON.parse(readFileSync(new URL("../schema/rule-set.schema.json", import.meta.url), "utf8"));
    expect(file).toEqual(buildRuleSetJsonSchema());
  });
});
