import { describe, expect, it } from "vitest";
import { hostile, northfield, riverside } from "./_fixtures.js";
import { escapeMarkdown, formatMarkdown } from "./markdown.js";

function tableRows(markdown: string): string[] {
  return markdown.split("\n").filter((line) => line.startsWith("|"));
}

/** Splits a table row into cells at pipes that are not backslash-escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

describe("formatMarkdown", () => {
  it("has a heading, summary, domain and benchmark tables, limits and warnings", () => {
    const md = formatMarkdown(northfield);
    expect(md.split("\n").filter((l) => l.startsWith("#"))).toEqual([
      "# Well-led judgement: Northfield Hospitals NHS Trust",
      "## Domains",
      "## Benchmarks",
      "## Limits",
      "## Warnings",
    ]);
    expect(md).toContain("| Rating | **Requires improvement (71%)** |");
    expect(md).toContain(
      "| Banded rating | Good (71%), before limits; capped at requires improvement by: A quality statement scored 1 |",
    );
    expect(md).toContain(
      "| Freedom to speak up | 1 · significant shortfalls | 63% | gated: a gate benchmark scored 1 |",
    );
    expect(md).toContain(
      "| `LM-01` | Managers have role-relevant performance targets | Governance, management and sustainability | Some shortfalls | 2 | 81% of line managers have role-relevant targets; good needs at least 95%. |",
    );
    expect(md).toContain("| Good (pilot, not scored) |");
    expect(md).toContain(
      "- **no-statement-at-1**: A quality statement scored 1 (caps at requires improvement)",
    );
    expect(md).toContain("- `evidence.managers.withRoleTargetsPct`: collected more than 400 days");
    expect(md.endsWith("\n")).toBe(true);
  });

  it("keeps every table row to its column count when texts contain pipes and line breaks", () => {
    const md = formatMarkdown(hostile);
    const rows = tableRows(md);
    const counts = rows.map((row) => cells(row).length);
    expect(counts).toEqual([...Array(11).fill(2), ...Array(6).fill(4), ...Array(9).fill(6)]);
    expect(md).toContain("| Pipes \\| and \\<b\\>tags\\</b\\> |");
    expect(md).toContain("| Line one<br>line \\| two \\<script\\>alert(1)\\</script\\> |");
    expect(md).not.toMatch(/(?<!\\)<(img|script|b|em)\b/);
  });

  it("escapes the organisation name in the heading and the summary table", () => {
    const md = formatMarkdown(hostile);
    expect(md).toContain(
      "# Well-led judgement: \\<img src=x onerror=alert(1)\\> \\& \"Sons\", 'Ltd'",
    );
    expect(md).toContain("| Organisation id | =cmd\\|' /C calc'!A0 |");
  });

  it("says when there are no limits or warnings, and when there is no rating", () => {
    const md = formatMarkdown(riverside);
    expect(md).toContain("| Rating | **Insufficient evidence: no domain could be assessed** |");
    expect(md).toContain("| Banded rating | Insufficient evidence |");
    expect(md).toContain("## Limits\n\nNone.\n\n## Warnings\n\nNone.\n");
  });
});

describe("escapeMarkdown", () => {
  it("escapes characters that would change the rendering", () => {
    expect(escapeMarkdown("a | b")).toBe("a \\| b");
    expect(escapeMarkdown("*x* _y_ `z` [l](u) <t> &amp; ~~s~~ \\")).toBe(
      "\\*x\\* \\_y\\_ \\`z\\` \\[l\\](u) \\<t\\> \\&amp; \\~\\~s\\~\\~ \\\\",
    );
    expect(escapeMarkdown("one\r\ntwo\nthree")).toBe("one<br>two<br>three");
  });
});
