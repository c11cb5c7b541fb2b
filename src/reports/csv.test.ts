import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { evaluate } from "../evaluate/index.js";
import { parseRuleSet } from "../format/index.js";
import { hostile, northfield, riverside } from "./_fixtures.js";
import {
  CSV_FIXED_COLUMNS,
  csvColumns,
  csvField,
  csvHeader,
  formatCsv,
  formatCsvRow,
} from "./csv.js";

const file = new URL("../../test/fixtures/small-rule-set.json", import.meta.url);
const ruleSet = parseRuleSet(JSON.parse(readFileSync(file, "utf8")));

describe("csvField", () => {
  it("quotes per RFC 4180 only when needed", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField("a,b")).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField("cr\rhere")).toBe('"cr\rhere"');
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
    expect(csvField(71)).toBe("71");
  });

  it("defuses text a spreadsheet would run as a formula, but not plain numbers", () => {
    expect(csvField("=1+1")).toBe("'=1+1");
    expect(csvField("+44 20")).toBe("'+44 20");
    expect(csvField("-cmd")).toBe("'-cmd");
    expect(csvField("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvField("\tx")).toBe("'\tx");
    expect(csvField("\rx")).toBe('"\'\rx"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
    expect(csvField("-3")).toBe("-3");
    expect(csvField(-3.5)).toBe("-3.5");
    expect(csvField("+7")).toBe("+7");
    expect(csvField("-1e5")).toBe("-1e5");
    expect(csvField("-1+2")).toBe("'-1+2");
  });
});

describe("judgement CSV", () => {
  it("derives the columns from the rule set", () => {
    expect(csvColumns(ruleSet)).toEqual([
      ...CSV_FIXED_COLUMNS,
      "domain:governance",
      "domain:speak-up",
      "benchmark:LM-01",
      "benchmark:LM-21",
      "benchmark:LM-06",
    ]);
    expect(csvHeader(ruleSet)).toBe(
      "organisation.id,organisation.name,organisation.type,asOf,rating,percent,bandedRating,limits,ruleSet,hash,domain:governance,domain:speak-up,benchmark:LM-01,benchmark:LM-21,benchmark:LM-06\r\n",
    );
  });

  it("writes one row per organisation with codes, scores and outcomes", () => {
    expect(formatCsvRow(northfield, northfield)).toBe(
      `RXX,Northfield Hospitals NHS Trust,acute,2025-03-31,requires-improvement,71,good,no-statement-at-1,well-led@2.0.0,${northfield.ruleSet.hash},4,1,3,,exceptional,significant-shortfalls,good,some-shortfalls,not-evidenced,good,not-applicable\r\n`,
    );
  });

  it("gives every row of a batch the same columns, even when a judgement lacks some", () => {
    const csv = formatCsv([northfield, riverside, hostile]);
    const rows: string[][] = parse(csv, { relax_column_count: false });
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    expect(header).toEqual(csvColumns(northfield));
    for (const row of rows) expect(row).toHaveLength(header.length);
    const riversideRow = Object.fromEntries(header.map((h, i) => [h, rows[2]![i]]));
    expect(riversideRow).toMatchObject({
      rating: "insufficient-evidence",
      percent: "",
      limits: "",
      "domain:governance": "",
      "benchmark:LM-02": "not-evidenced",
      "benchmark:LM-01": "",
    });
  });

  it("round-trips hostile text through a CSV parser, defused", () => {
    const rows: string[][] = parse(formatCsv([hostile]), {});
    expect(rows[1]!.slice(0, 3)).toEqual([
      "'=cmd|' /C calc'!A0",
      "<img src=x onerror=alert(1)> & \"Sons\", 'Ltd'",
      "acute",
    ]);
  });

  it("lines up judgements from different rule-set versions against the union of their columns", () => {
    const judgement = evaluate(ruleSet, {
      organisation: { id: "RXY", name: "Westgate", type: "mental-health" },
      asOf: "2025-03-31",
      evidence: {
        managers: { withRoleTargetsPct: 96 },
        ftsu: { guardianInPost: true },
        nss: { compassionateLeadership: 7.1 },
      },
    });
    const csv = formatCsv([judgement, northfield], [ruleSet, northfield]);
    const rows: string[][] = parse(csv, {});
    expect(rows[0]).toContain("benchmark:LM-13");
    expect(rows[0]!.filter((c) => c === "benchmark:LM-01")).toHaveLength(1);
    const row = Object.fromEntries(rows[0]!.map((h, i) => [h, rows[1]![i]]));
    expect(row).toMatchObject({
      "organisation.id": "RXY",
      ruleSet: "small-test@1.0.0",
      "domain:governance": "3",
      "benchmark:LM-01": "good",
      "benchmark:LM-06": "some-shortfalls",
      "benchmark:LM-13": "",
    });
  });

  it("streams: header and rows written separately make the same document", () => {
    const streamed =
      csvHeader(ruleSet) + [northfield, riverside].map((j) => formatCsvRow(j, ruleSet)).join("");
    expect(streamed).toBe(formatCsv([northfield, riverside], ruleSet));
    expect(streamed.split("\r\n")).toHaveLength(4);
  });
});
