import { describe, expect, it } from "vitest";
import { WellLedError } from "../src/errors.js";
import { hashRuleSet } from "../src/format/hash.js";
import { parseRuleSet } from "../src/format/parse.js";
import type { RuleSet } from "../src/format/schema.js";
import { RuleSetRegistry } from "../src/versioning/index.js";

interface Options {
  status?: RuleSet["status"];
  effective?: { from: string; until?: string | null };
  title?: string;
  id?: string;
}

function ruleSet(version: string, options: Options = {}): RuleSet {
  return parseRuleSet({
    format: 1,
    id: options.id ?? "demo",
    version,
    title: options.title ?? `Demo ${version}`,
    status: options.status ?? "active",
    ...(options.effective ? { effective: options.effective } : {}),
    evidence: { "a.flag": { type: "boolean" } },
    domains: [{ id: "d", title: "D" }],
    benchmarks: [{ id: "B-1", title: "Flag", domain: "d", levels: { good: { var: "a.flag" } } }],
  });
}

const caught = (fn: () => unknown): WellLedError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof WellLedError) return error;
  }
  throw new Error("expected a WellLedError");
};

describe("RuleSetRegistry.get", () => {
  const registry = new RuleSetRegistry([
    ruleSet("1.0.0"),
    ruleSet("1.2.0", { status: "retired" }),
    ruleSet("1.10.0"),
    ruleSet("2.0.0", { status: "proposed" }),
    ruleSet("3.0.0-rc.1"),
    ruleSet("3.0.0", { status: "draft" }),
  ]);
  const version = (...args: Parameters<RuleSetRegistry["get"]>) => registry.get(...args)?.version;

  it("returns the highest non-draft, non-prerelease version by default", () => {
    expect(version("demo")).toBe("2.0.0");
  });

  it("compares versions as semver, not as text", () => {
    expect(version("demo", "^1")).toBe("1.10.0");
    expect(version("demo", "<1.10.0")).toBe("1.2.0");
  });

  it("returns an exact version", () => {
    expect(version("demo", "1.0.0")).toBe("1.0.0");
  });

  it("includes drafts only when asked", () => {
    expect(version("demo", "3.0.0")).toBeUndefined();
    expect(version("demo", "3.0.0", { includeDrafts: true })).toBe("3.0.0");
    expect(version("demo", "*", { includeDrafts: true })).toBe("3.0.0");
  });

  it("matches prereleases when the range names one, or when asked", () => {
    expect(version("demo", "3.0.0-rc.1")).toBe("3.0.0-rc.1");
    expect(version("demo", ">=3.0.0-rc.0")).toBe("3.0.0-rc.1");
    expect(version("demo", "^3.0.0-0")).toBe("3.0.0-rc.1");
    expect(version("demo", "*", { includePrerelease: true })).toBe("3.0.0-rc.1");
  });

  it("returns undefined when nothing matches", () => {
    expect(version("demo", "^4")).toBeUndefined();
    expect(version("other")).toBeUndefined();
  });

  it("rejects a range that is not semver", () => {
    expect(caught(() => registry.get("demo", "latest")).code).toBe("invalid-range");
  });
});

describe("RuleSetRegistry.add", () => {
  it("returns the registry, and a second add of the same content is a no-op", () => {
    const registry = new RuleSetRegistry();
    const a = ruleSet("1.0.0");
    expect(registry.add(a).add(ruleSet("1.0.0"))).toBe(registry);
    expect(registry.list()).toHaveLength(1);
    expect(registry.get("demo", "1.0.0")).toBe(a);
  });

  it("refuses another document under the same id@version, naming both hashes", () => {
    const first = ruleSet("1.0.0");
    const second = ruleSet("1.0.0", { title: "Changed" });
    const registry = new RuleSetRegistry([first]);
    const error = caught(() => registry.add(second));
    expect(error.code).toBe("conflicting-version");
    expect(error.message).toContain(hashRuleSet(first));
    expect(error.message).toContain(hashRuleSet(second));
    expect(error.message).toMatch(
      /^Cannot add rule set demo@1\.0\.0: version 1\.0\.0 is already registered with hash sha256:/,
    );
  });

  it("treats versions that differ only in build metadata as the same version", () => {
    const registry = new RuleSetRegistry([ruleSet("1.0.0+a")]);
    expect(registry.has("demo", "1.0.0")).toBe(true);
    expect(caught(() => registry.add(ruleSet("1.0.0+b"))).code).toBe("conflicting-version");
  });

  it("rejects a version that is not semver", () => {
    const bad = { ...ruleSet("1.0.0"), version: "one" };
    expect(caught(() => new RuleSetRegistry().add(bad)).code).toBe("invalid-version");
  });
});

describe("RuleSetRegistry.resolve", () => {
  const registry = new RuleSetRegistry([
    ruleSet("1.0.0", { status: "retired", effective: { from: "2020-01-01", until: "2022-01-01" } }),
    ruleSet("1.1.0", { status: "retired", effective: { from: "2021-06-01", until: "2023-01-01" } }),
    ruleSet("2.0.0", { effective: { from: "2023-01-01", until: null } }),
    ruleSet("3.0.0", { status: "draft", effective: { from: "2024-01-01" } }),
    ruleSet("4.0.0", { status: "proposed" }),
  ]);
  const at = (asOf: string) => registry.resolve("demo", { asOf })?.version;

  it("finds the version whose window holds the date, retired or not", () => {
    expect(at("2020-01-01")).toBe("1.0.0");
    expect(at("2022-06-30")).toBe("1.1.0");
  });

  it("takes the highest version where windows overlap", () => {
    expect(at("2021-07-01")).toBe("1.1.0");
  });

  it("treats until as exclusive", () => {
    expect(at("2022-12-31")).toBe("1.1.0");
    expect(at("2023-01-01")).toBe("2.0.0");
  });

  it("treats a missing until as open-ended, and skips drafts", () => {
    expect(at("2099-12-31")).toBe("2.0.0");
  });

  it("never resolves a rule set that names no effective window", () => {
    expect(registry.list().find((s) => s.version === "4.0.0")?.effective).toBeUndefined();
    expect(at("2030-01-01")).toBe("2.0.0");
  });

  it("returns undefined before any version was in force, or for an unknown id", () => {
    expect(at("2019-12-31")).toBeUndefined();
    expect(registry.resolve("other", { asOf: "2024-01-01" })).toBeUndefined();
  });

  it("rejects a date that is not an ISO date", () => {
    expect(caught(() => at("2024-02-30")).code).toBe("invalid-date");
    expect(caught(() => at("31/03/2024")).code).toBe("invalid-date");
  });
});

describe("RuleSetRegistry.list, has, getByHash", () => {
  const a = ruleSet("1.10.0", { effective: { from: "2024-01-01" } });
  const registry = new RuleSetRegistry([
    ruleSet("1.9.0", { id: "zeta" }),
    a,
    ruleSet("1.9.0"),
    ruleSet("0.1.0", { status: "draft" }),
  ]);

  it("lists every version, drafts too, sorted by id then semver", () => {
    expect(registry.list().map((s) => `${s.id}@${s.version}`)).toEqual([
      "demo@0.1.0",
      "demo@1.9.0",
      "demo@1.10.0",
      "zeta@1.9.0",
    ]);
  });

  it("summarises each version", () => {
    expect(registry.list()[2]).toEqual({
      id: "demo",
      version: "1.10.0",
      status: "active",
      title: "Demo 1.10.0",
      effective: { from: "2024-01-01", until: null },
      hash: hashRuleSet(a),
    });
  });

  it("answers has by id and by version", () => {
    expect(registry.has("demo")).toBe(true);
    expect(registry.has("demo", "1.9.0")).toBe(true);
    expect(registry.has("demo", "2.0.0")).toBe(false);
    expect(registry.has("demo", "not a version")).toBe(false);
    expect(registry.has("other")).toBe(false);
  });

  it("finds a rule set by the hash a judgement records", () => {
    expect(registry.getByHash(hashRuleSet(a))).toBe(a);
    expect(registry.getByHash("sha256:0")).toBeUndefined();
  });

  it("keeps registries independent", () => {
    const other = new RuleSetRegistry();
    expect(other.list()).toEqual([]);
    expect(registry.list()).toHaveLength(4);
  });
});
