import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseRuleSet } from "../src/format/index.js";
import { type EvidenceRecord, FileError, readEvidenceFile } from "../src/node/index.js";

const dir = mkdtempSync(join(tmpdir(), "well-led-node-evidence-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ruleSet = parseRuleSet({
  format: 1,
  id: "csv-test",
  version: "1.0.0",
  title: "Rule set for reading evidence files",
  status: "active",
  evidence: {
    "managers.withRoleTargetsPct": { type: "percent" },
    "nss.score": { type: "number", min: 0, max: 10 },
    "staff.count": { type: "count" },
    "board.meetings": { type: "integer" },
    "ftsu.guardianInPost": { type: "boolean" },
    "board.lastReview": { type: "date" },
    "cqc.lastRating": { type: "enum", values: ["good", "requires-improvement"] },
    "notes.text": { type: "string" },
  },
  domains: [{ id: "governance", title: "Governance" }],
  benchmarks: [
    {
      id: "LM-01",
      title: "Targets",
      domain: "governance",
      levels: { good: { ">=": [{ var: "managers.withRoleTargetsPct" }, 95] } },
    },
  ],
});

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

async function read(path: string): Promise<EvidenceRecord[]> {
  const records: EvidenceRecord[] = [];
  for await (const record of readEvidenceFile(path, { ruleSet })) records.push(record);
  return records;
}

const doc = (id: string) => ({
  organisation: { id, type: "acute" },
  evidence: { managers: { withRoleTargetsPct: 90 } },
});

describe("readEvidenceFile: JSON", () => {
  it("reads one document, with the file as its source", async () => {
    const path = file("one.json", JSON.stringify(doc("A")));
    expect(await read(path)).toEqual([{ source: { file: path }, document: doc("A") }]);
  });

  it("reads an array of documents, each with its index, and rejects a non-object element", async () => {
    const path = file("many.json", `\uFEFF${JSON.stringify([doc("A"), 42, doc("C")])}`);
    const records = await read(path);
    expect(records.map((r) => r.source)).toEqual([
      { file: path, index: 0 },
      { file: path, index: 1 },
      { file: path, index: 2 },
    ]);
    expect(records[1]?.error?.issues).toEqual([
      {
        path: "$",
        code: "not-a-document",
        message: "expected an evidence document (a JSON object)",
      },
    ]);
    expect(records[2]?.document).toEqual(doc("C"));
  });

  it("throws a FileError naming the file for text that is not JSON, without quoting it", async () => {
    const path = file("broken.json", '{"organisation": SECRET}');
    const error = await read(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FileError);
    expect((error as FileError).code).toBe("invalid-file");
    expect((error as FileError).issues[0]).toMatchObject({
      file: path,
      path: "$",
      code: "invalid-json",
    });
    expect((error as FileError).message).not.toContain("SECRET");
  });

  it("throws file-not-found for a missing file and unsupported-format for an unknown extension", async () => {
    await expect(read(join(dir, "missing.json"))).rejects.toMatchObject({
      code: "file-not-found",
      file: join(dir, "missing.json"),
    });
    await expect(read(file("evidence.xlsx", ""))).rejects.toMatchObject({
      code: "unsupported-format",
    });
  });
});

describe("readEvidenceFile: JSON Lines", () => {
  it("streams one document a line, skips blank lines and reports a bad line by number", async () => {
    const path = file(
      "batch.jsonl",
      `${JSON.stringify(doc("A"))}\r\n\n{"oops": SECRET\n${JSON.stringify(doc("D"))}\n`,
    );
    const records = await read(path);
    expect(records.map((r) => r.source.line)).toEqual([1, 3, 4]);
    expect(records[0]?.document).toEqual(doc("A"));
    expect(records[1]?.error?.issues[0]).toMatchObject({ path: "$", code: "invalid-json" });
    expect(JSON.stringify(records[1]?.error)).not.toContain("SECRET");
    expect(records[2]?.document).toEqual(doc("D"));
  });

  it("reads .ndjson too", async () => {
    const path = file("batch.ndjson", `${JSON.stringify(doc("A"))}\n`);
    expect((await read(path)).map((r) => r.document)).toEqual([doc("A")]);
  });

  it("throws file-not-found for a missing file", async () => {
    await expect(read(join(dir, "missing.jsonl"))).rejects.toMatchObject({
      code: "file-not-found",
    });
  });
});

describe("readEvidenceFile: CSV", () => {
  const header =
    "organisation.id,organisation.name,organisation.type,asOf,managers.withRoleTargetsPct,nss.score,staff.count,board.meetings,ftsu.guardianInPost,board.lastReview,cqc.lastRating,notes.text";

  it("types each cell by its declaration and leaves empty cells missing", async () => {
    const path = file(
      "typed.csv",
      `${header}\r\nRX1,"Northfield, Hospitals ""NHS"" Trust",acute,2025-03-31,81%,7.25,1200,-2,Yes,2024-11-01,good,"two\nlines"\r\nRX2,Southgate,community,,,,,,0,,,\r\n`,
    );
    const records = await read(path);
    expect(records).toEqual([
      {
        source: { file: path, row: 2 },
        document: {
          organisation: { id: "RX1", name: 'Northfield, Hospitals "NHS" Trust', type: "acute" },
          asOf: "2025-03-31",
          evidence: {
            managers: { withRoleTargetsPct: 81 },
            nss: { score: 7.25 },
            staff: { count: 1200 },
            board: { meetings: -2, lastReview: "2024-11-01" },
            ftsu: { guardianInPost: true },
            cqc: { lastRating: "good" },
            notes: { text: "two\nlines" },
          },
        },
      },
      {
        source: { file: path, row: 3 },
        document: {
          organisation: { id: "RX2", name: "Southgate", type: "community" },
          evidence: { ftsu: { guardianInPost: false } },
        },
      },
    ]);
  });

  it.each([
    ["true", true],
    ["FALSE", false],
    ["yes", true],
    ["No", false],
    ["1", true],
    ["0", false],
  ])("reads the boolean %s", async (cell, value) => {
    const path = file(
      `bool-${cell}.csv`,
      `organisation.id,organisation.type,ftsu.guardianInPost\nRX1,acute,${cell}\n`,
    );
    expect((await read(path))[0]?.document?.evidence).toEqual({ ftsu: { guardianInPost: value } });
  });

  it("reports every unreadable cell of a row by row and column, without its value, and reads the next row", async () => {
    const path = file(
      "bad.csv",
      "organisation.id,organisation.type,managers.withRoleTargetsPct,staff.count,ftsu.guardianInPost,board.lastReview,asOf\n" +
        "RX1,acute,SECRET1,1.5,maybe,31/03/2025,2025-02-30\n" +
        "RX2,acute,90,,,,\n",
    );
    const [bad, good] = await read(path);
    expect(bad?.source).toEqual({ file: path, row: 2 });
    expect(bad?.document).toBeUndefined();
    expect(bad?.error?.issues).toEqual([
      {
        path: "evidence.managers.withRoleTargetsPct",
        code: "invalid-cell",
        message:
          'column C "managers.withRoleTargetsPct" is not a percentage (expected a number from 0 to 100)',
      },
      {
        path: "evidence.staff.count",
        code: "invalid-cell",
        message: 'column D "staff.count" is not a whole number',
      },
      {
        path: "evidence.ftsu.guardianInPost",
        code: "invalid-cell",
        message:
          'column E "ftsu.guardianInPost" is not a yes/no value (expected true, false, yes, no, 1 or 0)',
      },
      {
        path: "evidence.board.lastReview",
        code: "invalid-cell",
        message: 'column F "board.lastReview" is not a date (expected YYYY-MM-DD)',
      },
      {
        path: "asOf",
        code: "invalid-date",
        message: 'column G "asOf" is not a date (expected YYYY-MM-DD)',
      },
    ]);
    expect(JSON.stringify(bad?.error?.issues)).not.toMatch(/SECRET|maybe|31\/03/);
    expect(good).toEqual({
      source: { file: path, row: 3 },
      document: {
        organisation: { id: "RX2", type: "acute" },
        evidence: { managers: { withRoleTargetsPct: 90 } },
      },
    });
  });

  it("rejects a row without an organisation type, or with more cells than columns", async () => {
    const path = file(
      "shape.csv",
      "organisation.id,organisation.type\nRX1,\nRX2,acute,extra\nRX3,acute,,\n",
    );
    const records = await read(path);
    expect(records[0]?.error?.issues[0]).toMatchObject({
      path: "organisation.type",
      code: "missing-organisation-type",
    });
    expect(records[1]?.error?.issues[0]).toMatchObject({ code: "extra-cells" });
    expect(records[2]?.document).toEqual({
      organisation: { id: "RX3", type: "acute" },
      evidence: {},
    });
  });

  it("carries undeclared columns as text, for the evaluator to warn about, and reads provenance columns", async () => {
    const path = file(
      "extra.csv",
      "organisation.id,organisation.type,region.name,provenance.managers.withRoleTargetsPct.collected,provenance.managers.withRoleTargetsPct.source\nRX1,acute,North,2024-11-01,HR audit\n",
    );
    expect((await read(path))[0]?.document).toEqual({
      organisation: { id: "RX1", type: "acute" },
      evidence: { region: { name: "North" } },
      provenance: {
        "managers.withRoleTargetsPct": { collected: "2024-11-01", source: "HR audit" },
      },
    });
  });

  it("throws a FileError for an unusable header, listing every problem", async () => {
    const path = file(
      "header.csv",
      "organisation.id,managers.withRoleTargetsPct,managers.withRoleTargetsPct,,a..b,nss,nss.x\nRX1\n",
    );
    const error = (await read(path).catch((e: unknown) => e)) as FileError;
    expect(error).toBeInstanceOf(FileError);
    expect(error.issues.map((i) => [i.row, i.code])).toEqual([
      [1, "duplicate-column"],
      [1, "invalid-column"],
      [1, "invalid-column"],
      [1, "missing-column"],
      [1, "conflicting-columns"],
    ]);
  });

  it("reports malformed CSV by row without quoting it, and goes on", async () => {
    const path = file(
      "quotes.csv",
      'organisation.id,organisation.type\nRX1,acute\nRX2,ac"SECRET\nRX3,acute\n',
    );
    const records = await read(path);
    expect(
      records.map((r) => [r.source.row, r.document?.organisation.id, r.error?.issues[0]?.message]),
    ).toEqual([
      [2, "RX1", undefined],
      [
        3,
        undefined,
        "not valid CSV: a quote appears inside an unquoted cell (quote the cell and double the quote)",
      ],
      [4, "RX3", undefined],
    ]);
    expect(JSON.stringify(records[1]?.error?.issues)).not.toContain("SECRET");
  });

  it("needs the rule set to type cells", async () => {
    const path = file("norules.csv", "organisation.id,organisation.type\n");
    const iterate = async () => {
      for await (const _ of readEvidenceFile(path)) void _;
    };
    await expect(iterate()).rejects.toMatchObject({ code: "unsupported-format" });
  });

  it("streams a large file a row at a time", async () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `RX${i},acute,${i % 101}`);
    const path = file(
      "large.csv",
      `organisation.id,organisation.type,managers.withRoleTargetsPct\n${rows.join("\n")}\n`,
    );
    let count = 0;
    let last: EvidenceRecord | undefined;
    for await (const record of readEvidenceFile(path, { ruleSet })) {
      count += 1;
      last = record;
    }
    expect(count).toBe(20_000);
    expect(last?.source.row).toBe(20_001);
  });
});
