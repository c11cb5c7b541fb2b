import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as reports from "./index.js";

describe("reports entry", () => {
  it("exports the renderers and wording helpers", () => {
    expect(Object.keys(reports).sort()).toEqual([
      "CSV_FIXED_COLUMNS",
      "csvColumns",
      "csvField",
      "csvHeader",
      "escapeMarkdown",
      "formatCsv",
      "formatCsvRow",
      "formatHtml",
      "formatMarkdown",
      "formatText",
      "outcomeLabel",
      "percentLabel",
      "ratingLabel",
      "scoreLabel",
      "shortHash",
      "warningLabel",
    ]);
  });

  it("is browser-safe: no module outside the tests imports a node: built-in", () => {
    const dir = new URL("./", import.meta.url);
    const sources = readdirSync(dir).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(sources.length).toBeGreaterThan(5);
    for (const name of sources) {
      expect(readFileSync(new URL(name, dir), "utf8"), name).not.toMatch(/from\s+["']node:/);
    }
  });
});
