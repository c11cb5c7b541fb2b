import { describe, expect, it } from "vitest";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import { diffRuleSets } from "../src/versioning/index.js";

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw documents freely
type Doc = any;

const base: Doc = {
  format: 1,
  id: "demo",
  version: "1.0.0",
  title: "Demo benchmarks",
  description: "A small rule set for diff tests.",
  status: "active",
  effective: { from: "2024-01-01" },
  sources: [{ id: "src-a", title: "Source A", publisher: "Publisher" }],
  organisationTypes: ["acute", "community"],
  evidence: {
    "a.pct": { type: "percent", label: "A percent", maxAgeDays: 365 },
    "b.flag": { type: "boolean", label: "B flag" },
    "c.count": { type: "count", max: 50 },
    "d.kind": { type: "enum", values: ["x", "y"] },
    "e.note": { type: "string" },
  },
  domains: [
    { id: "gov", title: "Governance" },
    { id: "culture", title: "Culture" },
  ],
  benchmarks: [
    {
      id: "B-1",
      title: "A is high",
      domain: "gov",
      sources: ["src-a"],
      levels: {
        exceptional: { "==": [{ var: "a.pct" }, 100] },
        good: { ">=": [{ var: "a.pct" }, 90] },
      },
    },
    {
      id: "B-2",
      title: "Flag set",
      domain: "culture",
      weight: 2,
      levels: { good: { var: "b.flag" } },
    },
    {
      id: "B-3",
      title: "Few incidents",
      domain: "culture",
      appliesTo: { in: [{ var: "organisation.type" }, ["acute"]] },
      requires: ["c.count"],
      levels: { good: { "<=": [{ var: "c.count" }, 5] } },
    },
    {
      id: "P-1",
      title: "Kind is x",
      domain: "gov",
      status: "pilot",
      levels: { good: { "==": [{ var: "d.kind" }, "x"] } },
    },
  ],
  scoring: {
    limits: [
      {
        id: "gov-low",
        when: { "==": [{ var: "domains.gov.score" }, 1] },
        capAt: "requires-improvement",
        reason: "Governance scored 1",
      },
    ],
  },
};

const older = parseRuleSet(base);

function variant(edit: (doc: Doc) => void, from: Doc = base): RuleSet {
  const doc = structuredClone(from);
  doc.version = "9.0.0";
  edit(doc);
  return parseRuleSet(doc);
}

const diffWith = (edit: (doc: Doc) => void) => diffRuleSets(older, variant(edit));
const bumpOf = (edit: (doc: Doc) => void) => diffWith(edit).requiredBump;
const bm = (doc: Doc, id: string) => doc.benchmarks.find((b: Doc) => b.id === id);
const newScored = { id: "B-9", title: "New", domain: "gov", levels: { good: { var: "b.flag" } } };

describe("diffRuleSets: major (can change the judgement of some evidence)", () => {
  it.each<[string, (doc: Doc) => void]>([
    ["a scored benchmark added", (d) => d.benchmarks.push(newScored)],
    [
      "a deprecated (still scored) benchmark added",
      (d) => d.benchmarks.push({ ...newScored, status: "deprecated" }),
    ],
    ["a scored benchmark removed", (d) => d.benchmarks.splice(1, 1)],
    [
      "active → pilot",
      (d) => {
        bm(d, "B-2").status = "pilot";
      },
    ],
    [
      "pilot → active",
      (d) => {
        bm(d, "P-1").status = "active";
      },
    ],
    [
      "a threshold changed",
      (d) => {
        bm(d, "B-1").levels.good[">="][1] = 85;
      },
    ],
    [
      "a level added",
      (d) => {
        bm(d, "B-2").levels.exceptional = { "==": [{ var: "a.pct" }, 100] };
      },
    ],
    [
      "a level removed",
      (d) => {
        delete bm(d, "B-1").levels.exceptional;
      },
    ],
    [
      "appliesTo changed",
      (d) => {
        bm(d, "B-3").appliesTo.in[1] = ["acute", "community"];
      },
    ],
    [
      "appliesTo added",
      (d) => {
        bm(d, "B-2").appliesTo = { "==": [{ var: "organisation.type" }, "acute"] };
      },
    ],
    [
      "requires changed",
      (d) => {
        bm(d, "B-3").requires = ["c.count", "b.flag"];
      },
    ],
    [
      "weight changed",
      (d) => {
        bm(d, "B-2").weight = 3;
      },
    ],
    [
      "weight written for the first time, not the default",
      (d) => {
        bm(d, "B-1").weight = 2;
      },
    ],
    [
      "gate set",
      (d) => {
        bm(d, "B-1").gate = true;
      },
    ],
    [
      "domain moved",
      (d) => {
        bm(d, "B-1").domain = "culture";
      },
    ],
    [
      "scoring model",
      (d) => {
        d.scoring.model = "flat";
      },
    ],
    [
      "bands",
      (d) => {
        d.scoring.bands = { outstanding: 90, good: 63, "requires-improvement": 39 };
      },
    ],
    [
      "rounding",
      (d) => {
        d.scoring.rounding = "floor";
      },
    ],
    [
      "missingEvidence",
      (d) => {
        d.scoring.missingEvidence = "lowest";
      },
    ],
    [
      "minScoredPerDomain",
      (d) => {
        d.scoring.minScoredPerDomain = 2;
      },
    ],
    [
      "a limit added",
      (d) =>
        d.scoring.limits.push({
          id: "x",
          when: { "<": [{ var: "percent" }, 50] },
          capAt: "inadequate",
          reason: "Low",
        }),
    ],
    [
      "a limit removed",
      (d) => {
        d.scoring.limits = [];
      },
    ],
    [
      "a limit's condition changed",
      (d) => {
        d.scoring.limits[0].when["=="][1] = 2;
      },
    ],
    [
      "a limit's cap changed",
      (d) => {
        d.scoring.limits[0].capAt = "inadequate";
      },
    ],
    [
      "an evidence field removed, even one nothing reads",
      (d) => {
        delete d.evidence["e.note"];
      },
    ],
    [
      "an evidence field retyped",
      (d) => {
        d.evidence["e.note"] = { type: "enum", values: ["a"] };
      },
    ],
    [
      "a range narrowed (max lowered)",
      (d) => {
        d.evidence["c.count"].max = 40;
      },
    ],
    [
      "a range narrowed (min added)",
      (d) => {
        d.evidence["c.count"].min = 1;
      },
    ],
    [
      "an enum value removed",
      (d) => {
        d.evidence["d.kind"].values = ["x"];
      },
    ],
    [
      "an organisation type removed",
      (d) => {
        d.organisationTypes = ["acute"];
      },
    ],
  ])("%s", (_, edit) => {
    expect(bumpOf(edit)).toBe("major");
  });

  it("treats a pilot benchmark that a limit reads as able to change a rating", () => {
    const withLimit = (d: Doc) =>
      d.scoring.limits.push({
        id: "pilot-cap",
        when: { "==": [{ var: "benchmarks.P-1.score" }, 1] },
        capAt: "good",
        reason: "Pilot failed",
      });
    const before = variant(withLimit);
    const after = variant((d) => {
      withLimit(d);
      bm(d, "P-1").levels.good["=="][1] = "y";
    });
    const diff = diffRuleSets(before, after);
    expect(diff.requiredBump).toBe("major");
    expect(diff.reasons.map((r) => r.message)).toEqual([
      'P-1: level conditions changed (good `{"==":[{"var":"d.kind"},"x"]}` → `{"==":[{"var":"d.kind"},"y"]}`): the same evidence can now get a different outcome',
    ]);
  });

  it("counts a new field read by a new scored benchmark as major, once for each change", () => {
    const diff = diffWith((d) => {
      d.evidence["f.pct"] = { type: "percent" };
      d.benchmarks.push({ ...newScored, levels: { good: { ">": [{ var: "f.pct" }, 50] } } });
    });
    expect(diff.evidence.added).toEqual([{ path: "f.pct", type: "percent", readBy: ["B-9"] }]);
    expect(diff.reasons.map((r) => [r.bump, r.subject])).toEqual([
      ["major", "f.pct"],
      ["major", "B-9"],
    ]);
  });

  it("records what changed in a benchmark, with before and after", () => {
    const diff = diffWith((d) => {
      bm(d, "B-1").levels.good = { ">=": [{ var: "a.pct" }, 85] };
      bm(d, "B-1").weight = 2;
      bm(d, "B-1").title = "A is high enough";
    });
    expect(diff.benchmarks.changed).toEqual([
      {
        id: "B-1",
        title: "A is high enough",
        changes: ["levels", "weight", "text"],
        levels: [
          {
            level: "good",
            from: { ">=": [{ var: "a.pct" }, 90] },
            to: { ">=": [{ var: "a.pct" }, 85] },
          },
        ],
        weight: { from: 1, to: 2 },
        text: ["title"],
      },
    ]);
    expect(diff.reasons.map((r) => r.bump)).toEqual(["major", "major", "patch"]);
  });
});

describe("diffRuleSets: minor (cannot change the judgement of evidence valid before)", () => {
  it.each<[string, (doc: Doc) => void]>([
    ["a pilot benchmark added", (d) => d.benchmarks.push({ ...newScored, status: "pilot" })],
    ["a pilot benchmark removed", (d) => d.benchmarks.splice(3, 1)],
    [
      "a pilot benchmark's condition changed (no limit reads it)",
      (d) => {
        bm(d, "P-1").levels.good["=="][1] = "y";
      },
    ],
    [
      "a pilot benchmark's weight changed",
      (d) => {
        bm(d, "P-1").weight = 5;
      },
    ],
    [
      "a new evidence field nothing reads",
      (d) => {
        d.evidence["f.pct"] = { type: "percent" };
      },
    ],
    [
      "a new evidence field only a pilot reads",
      (d) => {
        d.evidence["f.pct"] = { type: "percent" };
        d.benchmarks.push({ ...newScored, status: "pilot", levels: { good: { var: "f.pct" } } });
      },
    ],
    ["a new organisation type", (d) => d.organisationTypes.push("ambulance")],
    [
      "organisation types left to the (larger) defaults",
      (d) => {
        delete d.organisationTypes;
      },
    ],
    ["a new source", (d) => d.sources.push({ id: "src-b", title: "Source B" })],
    [
      "a source nobody cites removed",
      (d) => {
        d.sources = [];
        delete bm(d, "B-1").sources;
      },
    ],
    [
      "a deprecation",
      (d) => {
        bm(d, "B-2").status = "deprecated";
      },
    ],
    [
      "the rule set's status",
      (d) => {
        d.status = "retired";
      },
    ],
    [
      "the effective window",
      (d) => {
        d.effective.until = "2026-01-01";
      },
    ],
    [
      "maxAgeDays",
      (d) => {
        d.evidence["a.pct"].maxAgeDays = 400;
      },
    ],
    [
      "a range widened",
      (d) => {
        d.evidence["c.count"].max = 60;
      },
    ],
    [
      "a range bound dropped",
      (d) => {
        delete d.evidence["c.count"].max;
      },
    ],
    ["an enum value added", (d) => d.evidence["d.kind"].values.push("z")],
    [
      "a domain added with no benchmarks (never assessed)",
      (d) => d.domains.push({ id: "new", title: "New" }),
    ],
  ])("%s", (_, edit) => {
    expect(bumpOf(edit)).toBe("minor");
  });

  it("a domain removed that had no benchmarks", () => {
    const withEmpty = variant((d) => d.domains.push({ id: "empty", title: "Empty" }));
    const diff = diffRuleSets(
      withEmpty,
      variant(() => {}),
    );
    expect(diff.requiredBump).toBe("minor");
    expect(diff.domains.removed).toEqual([{ id: "empty", title: "Empty" }]);
    expect(diff.reasons[0]?.message).toBe(
      'domain "empty" removed: it had no scored benchmarks, so it was never assessed',
    );
  });

  it("a domain added with scored benchmarks is minor itself; the benchmarks make it major", () => {
    const diff = diffWith((d) => {
      d.domains.push({ id: "new", title: "New" });
      d.benchmarks.push({ ...newScored, domain: "new" });
    });
    expect(diff.domains.added).toEqual([{ id: "new", title: "New", benchmarks: ["B-9"] }]);
    expect(diff.reasons.map((r) => [r.section, r.bump])).toEqual([
      ["domains", "minor"],
      ["benchmarks", "major"],
    ]);
  });
});

describe("diffRuleSets: patch (text only)", () => {
  it.each<[string, (doc: Doc) => void]>([
    [
      "rule-set title",
      (d) => {
        d.title = "Demo";
      },
    ],
    [
      "rule-set description",
      (d) => {
        delete d.description;
      },
    ],
    [
      "benchmark title",
      (d) => {
        bm(d, "B-1").title = "A is very high";
      },
    ],
    [
      "benchmark rationale",
      (d) => {
        bm(d, "B-1").rationale = "Because.";
      },
    ],
    [
      "explanation templates",
      (d) => {
        bm(d, "B-1").explanations = { good: "A is {a.pct}." };
      },
    ],
    [
      "a benchmark's cited sources",
      (d) => {
        delete bm(d, "B-1").sources;
      },
    ],
    [
      "source metadata",
      (d) => {
        d.sources[0].url = "https://example.org";
      },
    ],
    [
      "evidence label",
      (d) => {
        d.evidence["a.pct"].label = "Share of A";
      },
    ],
    [
      "evidence unit and description",
      (d) => {
        d.evidence["c.count"].unit = "incidents";
        d.evidence["c.count"].description = "…";
      },
    ],
    [
      "domain title",
      (d) => {
        d.domains[0].title = "Good governance";
      },
    ],
    [
      "limit reason",
      (d) => {
        d.scoring.limits[0].reason = "Governance is inadequate";
      },
    ],
    ["benchmarks reordered", (d) => d.benchmarks.reverse()],
    ["domains reordered", (d) => d.domains.reverse()],
    ["enum values reordered", (d) => d.evidence["d.kind"].values.reverse()],
    ["organisation types reordered", (d) => d.organisationTypes.reverse()],
    [
      "a default written out (weight 1)",
      (d) => {
        bm(d, "B-1").weight = 1;
      },
    ],
    [
      "a default written out (status active)",
      (d) => {
        bm(d, "B-1").status = "active";
      },
    ],
    [
      "a default written out (count min 0)",
      (d) => {
        d.evidence["c.count"].min = 0;
      },
    ],
    [
      "a default written out (bands)",
      (d) => {
        d.scoring.bands = { outstanding: 88, good: 63, "requires-improvement": 39 };
      },
    ],
    [
      "requires rewritten with the same paths",
      (d) => {
        bm(d, "B-1").requires = ["a.pct"];
      },
    ],
  ])("%s", (_, edit) => {
    expect(bumpOf(edit)).toBe("patch");
  });

  it("explains why a reorder is only a patch", () => {
    expect(diffWith((d) => d.benchmarks.reverse()).reasons).toEqual([
      {
        bump: "patch",
        section: "benchmarks",
        subject: "benchmarks",
        message:
          "benchmarks reordered: judgements list benchmarks in rule-set order, but order never changes a score or rating",
      },
    ]);
  });
});

describe("diffRuleSets: none", () => {
  it("for the same document", () => {
    const diff = diffRuleSets(older, older);
    expect(diff.requiredBump).toBe("none");
    expect(diff.reasons).toEqual([]);
    expect(diff.from).toEqual(diff.to);
  });

  it("when only the version or key order differs", () => {
    const reordered = variant((d) => {
      const { levels, id, ...rest } = d.benchmarks[0];
      d.benchmarks[0] = { levels, ...rest, id };
    });
    const diff = diffRuleSets(older, reordered);
    expect(diff.requiredBump).toBe("none");
    expect(diff.from.hash).not.toBe(diff.to.hash);
  });

  it("leaves every section empty", () => {
    const diff = diffRuleSets(older, older);
    expect(diff.benchmarks).toEqual({ added: [], removed: [], changed: [], reordered: false });
    expect(diff.evidence).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.scoring).toEqual({
      limits: { added: [], removed: [], changed: [], reordered: false },
    });
    expect(diff.metadata).toEqual({});
  });
});

describe("diffRuleSets: details", () => {
  it("reports evidence changes with ranges and values", () => {
    const diff = diffWith((d) => {
      d.evidence["c.count"].max = 40;
      d.evidence["d.kind"].values = ["x", "z"];
      d.evidence["a.pct"].maxAgeDays = 30;
    });
    expect(diff.evidence.changed).toEqual([
      { path: "a.pct", changes: ["maxAgeDays"], maxAgeDays: { from: 365, to: 30 } },
      {
        path: "c.count",
        changes: ["range"],
        range: { from: { min: 0, max: 50 }, to: { min: 0, max: 40 } },
      },
      { path: "d.kind", changes: ["values"], values: { added: ["z"], removed: ["y"] } },
    ]);
    expect(diff.reasons.map((r) => r.message)).toEqual([
      'evidence field "a.pct": maxAgeDays changed from 365 to 30: staleness is only warned about, never changes a score',
      'evidence field "c.count": range narrowed [0, 50] → [0, 40]: some evidence valid before is now rejected',
      'evidence field "d.kind": values "y" removed: evidence using them, valid before, is now rejected',
    ]);
  });

  it("reports scoring and limit changes", () => {
    const diff = diffWith((d) => {
      d.scoring.rounding = "floor";
      d.scoring.limits[0].capAt = "inadequate";
    });
    expect(diff.scoring).toEqual({
      rounding: { from: "half-up", to: "floor" },
      limits: {
        added: [],
        removed: [],
        changed: [
          {
            id: "gov-low",
            changes: ["capAt"],
            capAt: { from: "requires-improvement", to: "inadequate" },
          },
        ],
        reordered: false,
      },
    });
  });

  it("reports metadata with defaults made explicit", () => {
    const diff = diffWith((d) => {
      d.status = "retired";
      d.effective.until = "2026-01-01";
    });
    expect(diff.metadata).toEqual({
      status: { from: "active", to: "retired" },
      effective: {
        from: { from: "2024-01-01", until: null },
        to: { from: "2024-01-01", until: "2026-01-01" },
      },
    });
  });

  it("treats a new field that only a limit reads as read by a scored condition", () => {
    const diff = diffWith((d) => {
      d.evidence["f.flag"] = { type: "boolean" };
      d.scoring.limits.push({
        id: "f",
        when: { "!": { var: "evidence.f.flag" } },
        capAt: "good",
        reason: "No F",
      });
    });
    expect(diff.evidence.added).toEqual([{ path: "f.flag", type: "boolean", readBy: ["limit f"] }]);
    expect(diff.reasons.map((r) => r.bump)).toEqual(["major", "major"]);
  });

  it("reports a changed id as major: two rule sets, not two versions", () => {
    const diff = diffWith((d) => {
      d.id = "other";
    });
    expect(diff.metadata.id).toEqual({ from: "demo", to: "other" });
    expect(diff.requiredBump).toBe("major");
  });

  it("notes a default-only rewrite of the effective window as a patch", () => {
    const diff = diffWith((d) => {
      d.effective.until = null;
    });
    expect(diff.metadata).toEqual({});
    expect(diff.requiredBump).toBe("patch");
  });

  it("describes removed benchmarks as they were", () => {
    const diff = diffWith((d) => d.benchmarks.splice(3, 1));
    expect(diff.benchmarks.removed).toEqual([
      { id: "P-1", title: "Kind is x", domain: "gov", status: "pilot", scored: false },
    ]);
  });
});
