import { describe, expect, it } from "vitest";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import {
  checkVersionBump,
  diffRuleSets,
  formatDiff,
  versionStep,
} from "../src/versioning/index.js";

// biome-ignore lint/suspicious/noExplicitAny: tests edit raw documents freely
type Doc = any;

const base: Doc = {
  format: 1,
  id: "demo",
  version: "1.0.0",
  title: "Demo",
  status: "active",
  evidence: { "a.pct": { type: "percent", label: "A percent" }, "b.flag": { type: "boolean" } },
  domains: [{ id: "gov", title: "Governance" }],
  benchmarks: [
    {
      id: "B-1",
      title: "A is high",
      domain: "gov",
      levels: { good: { ">=": [{ var: "a.pct" }, 90] } },
    },
    { id: "B-2", title: "Flag set", domain: "gov", levels: { good: { var: "b.flag" } } },
  ],
};

function version(v: string, edit: (doc: Doc) => void = () => {}): RuleSet {
  const doc = structuredClone(base);
  doc.version = v;
  edit(doc);
  return parseRuleSet(doc);
}

const v1 = version("1.0.0");
const threshold = (d: Doc) => {
  d.benchmarks[0].levels.good[">="][1] = 85;
};
const pilot = (d: Doc) =>
  d.benchmarks.push({
    id: "P-1",
    title: "Pilot",
    domain: "gov",
    status: "pilot",
    levels: { good: { var: "b.flag" } },
  });
const retitle = (d: Doc) => {
  d.benchmarks[1].title = "The flag is set";
};

describe("versionStep", () => {
  it.each([
    ["1.0.0", "2.0.0", "major"],
    ["1.0.0", "1.1.0", "minor"],
    ["1.0.0", "1.0.1", "patch"],
    ["1.0.0", "1.0.0+build", "none"],
    ["1.0.0", "0.9.0", "none"],
    ["1.0.0", "2.0.0-rc.1", "major"],
    ["1.0.0", "1.1.0-rc.1", "minor"],
    ["1.0.0", "1.0.1-rc.1", "patch"],
    ["2.0.0-rc.1", "2.0.0-rc.2", "major"],
    ["2.0.0-rc.1", "2.0.0", "major"],
    ["1.1.0-rc.1", "1.1.0", "minor"],
    ["1.0.1-rc.1", "1.0.1-rc.2", "patch"],
  ])("%s → %s is %s", (from, to, step) => {
    expect(versionStep(from, to)).toBe(step);
  });
});

describe("checkVersionBump", () => {
  it("accepts a step at least as large as required", () => {
    expect(checkVersionBump(v1, version("2.0.0", threshold))).toEqual([]);
    expect(checkVersionBump(v1, version("1.1.0", pilot))).toEqual([]);
    expect(checkVersionBump(v1, version("2.0.0", pilot))).toEqual([]);
    expect(checkVersionBump(v1, version("1.0.1", retitle))).toEqual([]);
    expect(checkVersionBump(v1, v1)).toEqual([]);
  });

  it("reports a step smaller than required, with the reasons", () => {
    expect(
      checkVersionBump(
        v1,
        version("1.1.0", (d) => {
          threshold(d);
          pilot(d);
          retitle(d);
        }),
      ),
    ).toEqual([
      {
        code: "insufficient-bump",
        required: "major",
        actual: "minor",
        message:
          'demo 1.0.0 → 1.1.0 is a minor step, but the changes require a major version: B-1: level conditions changed (good `{">=":[{"var":"a.pct"},90]}` → `{">=":[{"var":"a.pct"},85]}`): the same evidence can now get a different outcome',
      },
    ]);
    expect(
      checkVersionBump(v1, version("1.0.1", pilot)).map((i) => [i.code, i.required, i.actual]),
    ).toEqual([["insufficient-bump", "minor", "patch"]]);
  });

  it("counts the changes it does not show", () => {
    const many = version("1.0.1", (d) => {
      for (const n of [3, 4, 5, 6, 7])
        d.benchmarks.push({
          id: `B-${n}`,
          title: "New",
          domain: "gov",
          levels: { good: { var: "b.flag" } },
        });
    });
    expect(checkVersionBump(v1, many)[0]?.message).toMatch(/; and 2 more changes$/);
  });

  it("considers prereleases", () => {
    expect(checkVersionBump(v1, version("2.0.0-rc.1", threshold))).toEqual([]);
    expect(checkVersionBump(version("2.0.0-rc.1"), version("2.0.0-rc.2", threshold))).toEqual([]);
    expect(checkVersionBump(v1, version("1.0.1-rc.1", pilot))[0]?.code).toBe("insufficient-bump");
  });

  it("reports a version that is not greater", () => {
    expect(checkVersionBump(v1, version("0.9.0", retitle))).toEqual([
      {
        code: "version-not-greater",
        required: "patch",
        actual: "none",
        message: "demo 1.0.0 → 0.9.0: the newer version must be greater than 1.0.0",
      },
    ]);
    expect(checkVersionBump(v1, version("1.0.0", retitle))[0]).toMatchObject({
      code: "version-not-greater",
      required: "patch",
      actual: "none",
    });
  });

  it("reports rule sets with different ids", () => {
    const other = version("1.1.0", (d) => {
      d.id = "other";
    });
    expect(checkVersionBump(v1, other).map((i) => i.code)).toEqual([
      "different-id",
      "insufficient-bump",
    ]);
  });

  it("accepts a diff already made", () => {
    const diff = diffRuleSets(v1, version("1.0.1", threshold));
    expect(checkVersionBump(diff)).toEqual(checkVersionBump(v1, version("1.0.1", threshold)));
  });
});

describe("formatDiff", () => {
  const diff = diffRuleSets(
    v1,
    version("2.0.0", (d) => {
      threshold(d);
      pilot(d);
      retitle(d);
      d.evidence["a.pct"].label = "Share of A";
      d.status = "proposed";
    }),
  );

  it("renders text", () => {
    expect(formatDiff(diff, "text").replace(/sha256:\w+/g, "sha256:…")).toMatchInlineSnapshot(`
      "demo 1.0.0 → 2.0.0: requires a major version (status changed, 1 evidence field changed, 1 benchmark added, 2 benchmarks changed)
        sha256:… → sha256:…

      Metadata
        minor  status changed from active to proposed: this changes which version a registry offers, not how evidence is judged

      Evidence
        patch  evidence field "a.pct": label reworded: text only

      Benchmarks
        minor  P-1 added as a pilot benchmark in "gov": reported, never scored
        major  B-1: level conditions changed (good \`{">=":[{"var":"a.pct"},90]}\` → \`{">=":[{"var":"a.pct"},85]}\`): the same evidence can now get a different outcome
        patch  B-2: title reworded: text only
      "
    `);
  });

  it("renders markdown", () => {
    expect(formatDiff(diff, "markdown").replace(/sha256:\w+/g, "sha256:…")).toMatchInlineSnapshot(`
      "## demo 1.0.0 → 2.0.0

      Requires a major version (status changed, 1 evidence field changed, 1 benchmark added, 2 benchmarks changed).

      \`sha256:…\` → \`sha256:…\`

      ### Metadata

      - **minor** status changed from active to proposed: this changes which version a registry offers, not how evidence is judged

      ### Evidence

      - **patch** evidence field "a.pct": label reworded: text only

      ### Benchmarks

      - **minor** P-1 added as a pilot benchmark in "gov": reported, never scored
      - **major** B-1: level conditions changed (good \`{">=":[{"var":"a.pct"},90]}\` → \`{">=":[{"var":"a.pct"},85]}\`): the same evidence can now get a different outcome
      - **patch** B-2: title reworded: text only
      "
    `);
  });

  it("says when nothing but the version changed", () => {
    expect(formatDiff(diffRuleSets(v1, version("1.0.1"))).split("\n")[0]).toBe(
      "demo 1.0.0 → 1.0.1: no changes besides the version number",
    );
  });
});
