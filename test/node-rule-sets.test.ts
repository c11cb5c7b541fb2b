import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { RuleSetError } from "../src/errors.js";
import {
  FileError,
  formatIssue,
  listCasesFiles,
  listRuleSetFiles,
  loadRuleSetDirectory,
  loadRuleSetFile,
  readCasesFile,
} from "../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "well-led-node-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const minimal = (version: string, threshold = 95) => ({
  format: 1,
  id: "node-test",
  version,
  title: "Rule set for the file helpers",
  status: "active",
  evidence: { "managers.withRoleTargetsPct": { type: "percent" } },
  domains: [{ id: "governance", title: "Governance" }],
  benchmarks: [
    {
      id: "LM-01",
      title: "Targets",
      domain: "governance",
      levels: { good: { ">=": [{ var: "managers.withRoleTargetsPct" }, threshold] } },
    },
  ],
});

function write(path: string, value: unknown): string {
  const full = join(dir, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, typeof value === "string" ? value : JSON.stringify(value));
  return full;
}

describe("loadRuleSetFile", () => {
  it("loads and checks the built-in rule sets", async () => {
    const ruleSet = await loadRuleSetFile("rules/well-led/2.0.0.json");
    expect(ruleSet).toMatchObject({ id: "well-led", version: "2.0.0" });
  });

  it("names the file in every issue of an invalid rule set", async () => {
    const bad = {
      ...minimal("1.0.0"),
      benchmarks: [
        { id: "LM-01", title: "T", domain: "nowhere", levels: { good: { var: "undeclared" } } },
      ],
    };
    const path = write("bad.json", bad);
    const error = (await loadRuleSetFile(path).catch((e: unknown) => e)) as RuleSetError;
    expect(error).toBeInstanceOf(RuleSetError);
    expect(error.message).toContain(path);
    expect(error.issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of error.issues) expect(issue).toMatchObject({ file: path });
    expect(error.issues.map((i) => i.path)).toContain("benchmarks[0].domain");
  });

  it("reports text that is not JSON as an issue at $", async () => {
    const path = write("broken.json", "{ nope");
    await expect(loadRuleSetFile(path)).rejects.toMatchObject({
      issues: [{ file: path, path: "$", code: "invalid-json" }],
    });
  });

  it("throws a FileError for a missing file or a directory", async () => {
    await expect(loadRuleSetFile(join(dir, "missing.json"))).rejects.toBeInstanceOf(FileError);
    await expect(loadRuleSetFile(join(dir, "missing.json"))).rejects.toMatchObject({
      code: "file-not-found",
    });
    await expect(loadRuleSetFile(dir)).rejects.toMatchObject({
      code: "file-unreadable",
      issues: [{ message: "is a directory, not a file" }],
    });
  });
});

describe("loadRuleSetDirectory", () => {
  it("loads every *.json below the directory except cases documents", async () => {
    const root = join(dir, "tree");
    write("tree/node-test/1.0.0.json", minimal("1.0.0"));
    write("tree/node-test/1.1.0.json", minimal("1.1.0"));
    write("tree/node-test/1.1.0.cases.json", { ruleSet: "node-test@1.1.0", cases: [] });
    expect(await listRuleSetFiles(root)).toEqual([
      join(root, "node-test/1.0.0.json"),
      join(root, "node-test/1.1.0.json"),
    ]);
    expect(await listCasesFiles(root)).toEqual([join(root, "node-test/1.1.0.cases.json")]);
    const registry = await loadRuleSetDirectory(root);
    expect(registry.list().map((s) => `${s.id}@${s.version}`)).toEqual([
      "node-test@1.0.0",
      "node-test@1.1.0",
    ]);
  });

  it("loads the repository's rules/ directory", async () => {
    const registry = await loadRuleSetDirectory("rules");
    expect(registry.get("well-led", "^1")?.version).toBe("1.0.0");
  });

  it("lists the problems of every file, and a version held twice with different content", async () => {
    const root = join(dir, "conflict");
    const first = write("conflict/a.json", minimal("1.0.0"));
    const second = write("conflict/b.json", minimal("1.0.0", 90));
    const third = write("conflict/c.json", { format: 1 });
    const error = (await loadRuleSetDirectory(root).catch((e: unknown) => e)) as RuleSetError;
    expect(error).toBeInstanceOf(RuleSetError);
    const files = new Set(error.issues.map((i) => (i as { file?: string }).file));
    expect(files).toEqual(new Set([second, third]));
    expect(error.issues.find((i) => (i as { file?: string }).file === second)?.code).toBe(
      "conflicting-version",
    );
    expect(readFileSync(first, "utf8")).toContain("node-test");
  });

  it("throws file-not-found for a missing directory", async () => {
    await expect(loadRuleSetDirectory(join(dir, "nowhere"))).rejects.toMatchObject({
      code: "file-not-found",
    });
  });
});

describe("readCasesFile", () => {
  it("reads a cases document", async () => {
    const cases = {
      ruleSet: "well-led@2.0.0",
      cases: [
        {
          name: "one",
          input: { organisation: { type: "acute" }, evidence: {} },
          expect: { rating: "good" },
        },
      ],
    };
    const path = write("ok.cases.json", cases);
    expect(await readCasesFile(path)).toEqual(cases);
  });

  it("names the file and path of every problem with its shape", async () => {
    const path = write("bad.cases.json", { cases: [{ name: "", input: 3, expect: {} }] });
    const error = (await readCasesFile(path).catch((e: unknown) => e)) as FileError;
    expect(error).toBeInstanceOf(FileError);
    expect(error.code).toBe("invalid-file");
    expect(error.issues.every((i) => i.file === path)).toBe(true);
    expect(error.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(["ruleSet", "cases[0].input"]),
    );
  });
});

describe("formatIssue", () => {
  it("writes where, the path and the message on one line, leaving out a whole-document path", () => {
    expect(
      formatIssue({
        file: "batch.csv",
        row: 12,
        path: "evidence.nss.engagement",
        code: "invalid-cell",
        message: "is not a number",
      }),
    ).toBe("batch.csv:row 12: evidence.nss.engagement: is not a number");
    expect(
      formatIssue({
        file: "orgs.jsonl",
        line: 3,
        path: "$",
        code: "invalid-json",
        message: "not valid JSON",
      }),
    ).toBe("orgs.jsonl:line 3: not valid JSON");
    expect(
      formatIssue({
        file: "orgs.json",
        index: 2,
        path: "organisation.type",
        code: "x",
        message: "m",
      }),
    ).toBe("orgs.json[2]: organisation.type: m");
    expect(formatIssue({ path: "version", code: "x", message: "m" })).toBe("version: m");
  });
});
