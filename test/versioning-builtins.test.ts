import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { OUTPUT, findRuleSetFiles, renderDocumentsModule } from "../scripts/generate-builtins.js";
import { hashRuleSet } from "../src/format/hash.js";
import { builtInRuleSets, defaultRegistry } from "../src/rules/index.js";
import { checkVersionBump, diffRuleSets, formatDiff } from "../src/versioning/index.js";

describe("built-in rule sets", () => {
  it("src/rules/_documents.ts is fresh: run `npx tsx scripts/generate-builtins.ts` if this fails", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(renderDocumentsModule(findRuleSetFiles()));
  });

  it("bundles every rule-set file in rules/, in id and version order, and no cases files", () => {
    const files = findRuleSetFiles();
    expect(builtInRuleSets().map((r) => `${r.id}/${r.version}.json`)).toEqual(
      files.map((f) => f.path),
    );
    expect(files.every((f) => !f.path.endsWith(".cases.json"))).toBe(true);
  });

  it("returns frozen rule sets equal to the files on disk, freshly each call", () => {
    const first = builtInRuleSets();
    const second = builtInRuleSets();
    expect(first).not.toBe(second);
    for (const [i, ruleSet] of first.entries()) {
      const onDisk = JSON.parse(
        readFileSync(`rules/${ruleSet.id}/${ruleSet.version}.json`, "utf8"),
      );
      expect(Object.isFrozen(ruleSet)).toBe(true);
      expect(hashRuleSet(ruleSet)).toBe(hashRuleSet(onDisk));
      expect(hashRuleSet(second[i]!)).toBe(hashRuleSet(ruleSet));
    }
  });

  it("builds a registry of all of them", () => {
    const registry = defaultRegistry();
    expect(registry.list().map((s) => `${s.id}/${s.version}.json`)).toEqual(
      findRuleSetFiles().map((f) => f.path),
    );
    expect(defaultRegistry()).not.toBe(registry);
  });

  it("steps each version far enough for what changed (the versioning policy holds for our own rules)", () => {
    const all = builtInRuleSets();
    for (const [i, newer] of all.entries()) {
      const older = all[i - 1];
      if (older === undefined || older.id !== newer.id) continue;
      const diff = diffRuleSets(older, newer);
      expect(checkVersionBump(diff), formatDiff(diff)).toEqual([]);
    }
  });

  it("shows well-led 2.0.0 as a major change set over 1.0.0", () => {
    const registry = defaultRegistry();
    const v1 = registry.get("well-led", "1.0.0");
    const v2 = registry.get("well-led", "2.0.0");
    expect(v1 && v2).toBeDefined();
    const diff = diffRuleSets(v1!, v2!);
    expect(diff.requiredBump).toBe("major");
    expect(formatDiff(diff).split("\n")[0]).toMatch(
      /^well-led 1\.0\.0 → 2\.0\.0: requires a major version \(.*benchmarks? added/,
    );
  });
});
