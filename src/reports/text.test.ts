import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate, type Judgement } from "../evaluate/index.js";
import { parseRuleSet } from "../format/index.js";
import { hostile, northfield, riverside } from "./_fixtures.js";
import { formatText } from "./text.js";
import { wrap } from "./_wrap.js";

const file = new URL("../../test/fixtures/small-rule-set.json", import.meta.url);
const ruleSet = parseRuleSet(JSON.parse(readFileSync(file, "utf8")));

// biome-ignore lint/suspicious/noControlCharactersInRegex: the tests look for ANSI escapes
const ANSI = /\u001b\[\d+m/g;
const plain = (text: string) => text.replace(ANSI, "");

describe("formatText", () => {
  it("reads as a summary an analyst or board member can scan", () => {
    expect(formatText(northfield)).toMatchInlineSnapshot(`
      "Northfield Hospitals NHS Trust
      Organisation  RXX · acute

      Rating        Requires improvement (71%)
                    Banded good (71%), capped at requires improvement by: A quality statement scored 1
      Rule set      well-led@2.0.0 (sha256:3f1c9a0b7e2d)
      As of         2025-03-31
      Coverage      4 of 5 applicable benchmarks evidenced

      Domains
        Shared direction and culture                 4 · exceptional standard     92%
        Freedom to speak up                          1 · significant shortfalls   63%
                                                     gated: a gate benchmark scored 1
        Governance, management and sustainability    3 · good standard            75%
        Workforce equality, diversity and inclusion  not assessed                   —

      Benchmarks
        Shared direction and culture
          ★ LM-02  Staff know how their role contributes to the strategy: exceptional
                   92% of staff know how their role contributes to the organisation's strategy, which
                   meets exceptional (at least 90%).

        Freedom to speak up
          ✗ LM-21  A Freedom to Speak Up guardian is in post: significant shortfalls
                   There is no Freedom to Speak Up guardian in post; good needs one in post.
          ✓ LM-06  Compassionate leadership: good
                   The compassionate leadership score is 7.4 out of 10; exceptional needs at least 7.8.

        Governance, management and sustainability
          ! LM-01  Managers have role-relevant performance targets: some shortfalls
                   81% of line managers have role-relevant targets; good needs at least 95%.
          ? LM-13  Board has had an external well-led review in the last three years: not evidenced
                   Not evidenced: the date of the last external well-led review is missing.

        Workforce equality, diversity and inclusion
          ✓ LM-30  Workplace democracy: staff elect a board member: good (pilot, not scored)
                   Staff elected a member of the board in the last two years.
          – LM-31  Primary care networks have an equality lead: not applicable
                   Not applicable to acute organisations.

      Warnings (2)
        - evidence.managers.withRoleTargetsPct: collected more than 400 days before the date of the
          judgement; it is still used (stale evidence)
        - evidence.board.meetsMonthly: not declared by well-led@2.0.0, so it is ignored (unknown evidence
          field)
      "
    `);
  });

  it("says when there is no rating", () => {
    expect(formatText(riverside)).toMatchInlineSnapshot(`
      "Riverside Surgery
      Organisation  Y0001 · primary-care

      Rating        Insufficient evidence: no domain could be assessed
      Rule set      well-led@2.0.0 (sha256:3f1c9a0b7e2d)
      As of         2025-03-31
      Coverage      0 of 1 applicable benchmark evidenced

      Domains
        Shared direction and culture  not assessed     —
        Freedom to speak up           not assessed     —

      Benchmarks
        Shared direction and culture
          ? LM-02  Staff know how their role contributes to the strategy: not evidenced
                   Not evidenced: the share of staff who know how their role contributes is missing.
      "
    `);
  });

  it("uses no colour unless asked, and colours outcomes and headings when asked", () => {
    expect(formatText(northfield)).not.toContain("\u001b[");
    const coloured = formatText(northfield, { color: true });
    expect(coloured).toContain("\u001b[1mDomains\u001b[22m");
    expect(coloured).toContain("\u001b[31msignificant shortfalls\u001b[39m");
    expect(coloured).toContain("\u001b[32mexceptional\u001b[39m");
    expect(coloured).toContain("\u001b[33msome shortfalls\u001b[39m");
    expect(plain(coloured)).toBe(formatText(northfield));
  });

  it.each([40, 60, 80, 100, 140])(
    "wraps every line to width %i with no trailing spaces",
    (width) => {
      const text = formatText(northfield, { width, color: true });
      for (const line of text.split("\n")) {
        const visible = plain(line);
        // only a single word longer than the width (here a warning's path) may overflow
        if (visible.trim().replace(/^- /, "").includes(" "))
          expect([...visible].length).toBeLessThanOrEqual(width);
        expect(line).toBe(line.trimEnd());
      }
    },
  );

  it("indents wrapped summaries under the benchmark title", () => {
    const text = formatText(northfield, { width: 60 });
    expect(text).toContain(
      [
        "    ★ LM-02  Staff know how their role contributes to the",
        "             strategy: exceptional",
        "             92% of staff know how their role contributes to",
      ].join("\n"),
    );
  });

  it("keeps line breaks inside a summary as separate, indented lines", () => {
    const text = formatText(hostile);
    expect(text).toContain(
      "             Line one\n             line | two <script>alert(1)</script>\n",
    );
  });

  it("renders a judgement produced by evaluate", () => {
    const judgement = evaluate(ruleSet, {
      organisation: { name: "Westgate Mental Health NHS Trust", type: "mental-health" },
      asOf: "2025-03-31",
      evidence: { managers: { withRoleTargetsPct: 96 }, ftsu: { guardianInPost: true } },
    });
    const text = formatText(judgement);
    expect(text).toMatch(/^Westgate Mental Health NHS Trust\nOrganisation {2}mental-health\n/);
    expect(text).toContain("Rule set      small-test@1.0.0 (sha256:");
    expect(text).toContain("LM-06");
  });
});

describe("formatText with limits and odd judgements", () => {
  it("says when limits held but did not lower the rating", () => {
    const judgement = evaluate(ruleSet, {
      organisation: { id: "RXX", name: "Northfield", type: "acute" },
      asOf: "2025-03-31",
      evidence: {
        managers: { withRoleTargetsPct: 81 },
        ftsu: { guardianInPost: false },
        regulatory: { openWarningNotices: 1 },
      },
    });
    expect(judgement.rating).toBe("inadequate");
    expect(formatText(judgement)).toContain(
      [
        "Rating        Inadequate (38%)",
        "              Limits met, no effect on the rating: A quality statement scored 1 (caps at requires",
        "              improvement); An open warning notice (caps at inadequate)",
      ].join("\n"),
    );
  });

  it("names an organisation without a name or id, and keeps benchmarks of unlisted domains", () => {
    const odd: Judgement = {
      ...northfield,
      organisation: { type: "acute" },
      domains: [],
      benchmarks: northfield.benchmarks.slice(0, 1),
      warnings: [{ code: "unknown-field", path: "", message: "an odd warning with no path" }],
    };
    expect(formatText(odd)).toMatchInlineSnapshot(`
      "Unnamed organisation
      Organisation  acute

      Rating        Requires improvement (71%)
                    Banded good (71%), capped at requires improvement by: A quality statement scored 1
      Rule set      well-led@2.0.0 (sha256:3f1c9a0b7e2d)
      As of         2025-03-31
      Coverage      4 of 5 applicable benchmarks evidenced

      Benchmarks
        shared-direction
          ★ LM-02  Staff know how their role contributes to the strategy: exceptional
                   92% of staff know how their role contributes to the organisation's strategy, which
                   meets exceptional (at least 90%).

      Warnings (1)
        - an odd warning with no path (unknown field)
      "
    `);
  });
});

describe("wrap", () => {
  it("breaks at spaces with a hanging indent and keeps over-long words whole", () => {
    expect(wrap("aaa bbb ccc", 7, "- ", "  ")).toEqual(["- aaa", "  bbb", "  ccc"]);
    expect(wrap("averyveryverylongword x", 10, "", "  ")).toEqual(["averyveryverylongword", "  x"]);
    expect(wrap("", 10, "label  ")).toEqual(["label"]);
  });
});
