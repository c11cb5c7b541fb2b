import { describe, expect, it } from "vitest";
import { escapeHtml } from "./_html.js";
import { COLOURS, TEXT_PAIRS } from "./_html-style.js";
import { hostile, northfield, riverside } from "./_fixtures.js";
import { formatHtml } from "./html.js";

function headings(page: string): number[] {
  return [...page.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));
}

function expectHeadingsInOrder(page: string) {
  const levels = headings(page);
  expect(levels.filter((l) => l === 1)).toHaveLength(1);
  expect(levels[0]).toBe(1);
  levels.forEach((level, i) => {
    if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
  });
}

function expectSelfContained(page: string) {
  expect(page).not.toMatch(/<script/i);
  expect(page).not.toMatch(/<link/i);
  expect(page).not.toMatch(/<(img|iframe|object|embed)\b/i);
  expect(page).not.toMatch(/\b(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
  expect(page).not.toMatch(/url\(/i);
  expect(page).not.toMatch(/@import/i);
  for (const [, target] of page.matchAll(/href="([^"]*)"/g)) expect(target).toMatch(/^#/);
}

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe("formatHtml", () => {
  const page = formatHtml(northfield);

  it("is one self-contained, accessible page", () => {
    expect(page.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(page).toContain('<meta charset="utf-8">');
    expect(page.match(/<style>/g)).toHaveLength(1);
    expectSelfContained(page);
    expectHeadingsInOrder(page);
    expect(page).toContain("<h1>Well-led judgement: Northfield Hospitals NHS Trust</h1>");
  });

  it("shows the rating prominently with the limit that capped it", () => {
    expect(page).toContain('<div class="card rating rating--requires-improvement">');
    expect(page).toContain('<p class="rating__value">Requires improvement</p>');
    expect(page).toContain(
      '<p class="rating__note">Banded good (71%), capped at requires improvement by: A quality statement scored 1</p>',
    );
  });

  it("draws domain scores as an SVG chart with an accessible name", () => {
    const svg = /<svg[^>]*>[\s\S]*?<\/svg>/.exec(page)?.[0] ?? "";
    expect(svg).toContain('role="img"');
    const label =
      "Domain scores for Northfield Hospitals NHS Trust, out of 4: Shared direction and culture: 4 of 4, exceptional standard (92%); Freedom to speak up: 1 of 4, significant shortfalls (63%, gated); Governance, management and sustainability: 3 of 4, good standard (75%); Workforce equality, diversity and inclusion: not assessed.";
    expect(svg).toContain(`aria-label="${label}"`);
    expect(svg).toContain(`>${label}</title>`);
    expect(svg.match(/<rect /g)).toHaveLength(3);
  });

  it("has captioned tables with scoped headers and writes every outcome in words", () => {
    expect(page.match(/<table>/g)).toHaveLength(2);
    expect(page.match(/<caption>/g)).toHaveLength(2);
    expect(page).toContain('<th scope="col">Outcome</th>');
    expect(page).toContain(
      '<th scope="rowgroup" colspan="5">Governance, management and sustainability (3 · good standard)</th>',
    );
    expect(page).toContain(
      '<tr><td><code class="id">LM-01</code></td><th scope="row">Managers have role-relevant performance targets</th><td><span class="outcome outcome--some-shortfalls"><span aria-hidden="true">!</span> Some shortfalls</span></td><td class="number">2</td><td class="summary">81% of line managers have role-relevant targets; good needs at least 95%.</td></tr>',
    );
    expect(page).toContain('<span class="note">pilot, not scored</span>');
    expect(page).toContain(
      "<li><code>no-statement-at-1</code>: A quality statement scored 1 (caps at requires improvement)</li>",
    );
    expect(page).toContain(
      "<code>evidence.board.meetsMonthly</code>: not declared by well-led@2.0.0, so it is ignored",
    );
  });

  it("escapes every text taken from the judgement", () => {
    const hostilePage = formatHtml(hostile, { title: "Report <for> \"board\" & 'staff'" });
    expectSelfContained(hostilePage);
    expect(hostilePage).not.toContain("<img");
    expect(hostilePage).not.toContain("onerror=alert(1)>");
    expect(hostilePage).not.toContain("<b>tags");
    expect(hostilePage).not.toContain("<em>markup");
    expect(hostilePage.match(/<script/g)).toBeNull();
    expect(hostilePage).toContain(
      "&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Sons&quot;, &#39;Ltd&#39;",
    );
    expect(hostilePage).toContain(
      "<title>Report &lt;for&gt; &quot;board&quot; &amp; &#39;staff&#39;</title>",
    );
    expect(hostilePage).toContain(
      `aria-label="Domain scores for ${escapeHtml(hostile.organisation.name!)}, out of 4:`,
    );
  });

  it("says when there are no limits or warnings, and when there is no rating", () => {
    const empty = formatHtml(riverside);
    expect(empty).toContain('<p class="rating__value">Insufficient evidence</p>');
    expect(empty).toContain("No percent: no domain could be assessed");
    expect(empty).toContain("<p>No limit applied.</p>");
    expect(empty).toContain("<p>No warnings.</p>");
    expect(empty).not.toContain("<rect ");
  });

  it("puts several organisations on one page with an index linking to each", () => {
    const batch = formatHtml([northfield, riverside, hostile]);
    expectSelfContained(batch);
    expectHeadingsInOrder(batch);
    expect(batch).toContain("<h1>Well-led judgements</h1>");
    expect(batch).toContain(
      '<tr><th scope="row"><a href="#org-2">Riverside Surgery</a></th><td>primary-care</td><td>Insufficient evidence</td><td class="number">—</td></tr>',
    );
    for (const n of [1, 2, 3]) {
      expect(batch).toContain(
        `<section class="organisation" id="org-${n}" aria-labelledby="org-${n}-heading">`,
      );
    }
    expect(batch.match(/<h2 id="org-\d-heading">/g)).toHaveLength(3);
    expect(batch.match(/<h3>Domain scores<\/h3>/g)).toHaveLength(3);
    const ids = [...batch.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(batch.match(/<svg /g)).toHaveLength(3);
  });

  it("accepts a one-element array as a single judgement, and an empty array", () => {
    expect(formatHtml([northfield])).toBe(page);
    const none = formatHtml([]);
    expectHeadingsInOrder(none);
    expect(none).toContain("<p>No judgements to report.</p>");
  });

  it("sets text only in colour pairs with at least 4.5:1 contrast", () => {
    for (const [fg, bg] of TEXT_PAIRS)
      expect(contrast(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(COLOURS.blue, COLOURS.white)).toBeGreaterThan(3); // bars against the page
  });
});
