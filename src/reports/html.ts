import type { BenchmarkResult, Judgement } from "../evaluate/index.js";
import {
  benchmarkNote,
  capSentence,
  coverageSentence,
  domainScoreText,
  GATED_NOTE,
  groupBenchmarks,
  limitSentence,
  organisationName,
  otherLimitsSentence,
  ruleSetName,
} from "./_describe.js";
import { html, SafeHtml } from "./_html.js";
import { domainChart } from "./_html-chart.js";
import { STYLE } from "./_html-style.js";
import { outcomeLabel, percentLabel, ratingLabel, warningLabel } from "./labels.js";

/** Options of {@link formatHtml}. */
export interface HtmlOptions {
  /** The page's `<title>` and `<h1>`; default "Well-led judgement: <organisation>", or "Well-led judgements" for several. */
  readonly title?: string | undefined;
}

const MARKERS: Readonly<Record<string, string>> = {
  exceptional: "★",
  good: "✓",
  "some-shortfalls": "!",
  "significant-shortfalls": "✗",
  "not-applicable": "–",
  "not-evidenced": "?",
};

/** A heading of the given level (capped at 6), for sections whose depth depends on the page. */
function h(level: number, content: string | SafeHtml, id?: string): SafeHtml {
  const tag = new SafeHtml(`h${Math.min(6, level)}`);
  return id === undefined
    ? html`<${tag}>${content}</${tag}>`
    : html`<${tag} id="${id}">${content}</${tag}>`;
}

function ratingCard(j: Judgement): SafeHtml {
  const notes = [capSentence(j), otherLimitsSentence(j)].filter((n) => n !== null);
  const percent = j.percent === null ? "No percent: no domain could be assessed" : `${j.percent}%`;
  return html`<div class="card rating rating--${j.rating}">
<p class="rating__label">Rating</p>
<p class="rating__value">${ratingLabel(j.rating)}</p>
<p class="rating__percent">${percent}</p>
${notes.map((n) => html`<p class="rating__note">${n}</p>\n`)}</div>`;
}

function facts(j: Judgement): SafeHtml {
  const { id, type } = j.organisation;
  const rows: [string, string | SafeHtml][] = [
    ["Organisation", organisationName(j)],
    ...(id === undefined ? [] : [["Organisation id", id] as [string, string]]),
    ["Organisation type", type],
    ["As of", j.asOf],
    ["Rule set", html`<code>${ruleSetName(j)}</code>`],
    ["Content hash", html`<code>${j.ruleSet.hash}</code>`],
    ["Coverage", coverageSentence(j)],
  ];
  return html`<dl class="card facts">
${rows.map(([term, value]) => html`<dt>${term}</dt><dd>${value}</dd>\n`)}</dl>`;
}

function outcome(b: BenchmarkResult): SafeHtml {
  const note = benchmarkNote(b);
  return html`<span class="outcome outcome--${b.outcome}"><span aria-hidden="true">${MARKERS[b.outcome] ?? "·"}</span> ${outcomeLabel(b.outcome)}</span>${note === null ? null : html`<span class="note">${note}</span>`}`;
}

function domainTable(j: Judgement, level: number, key: string): SafeHtml {
  const name = organisationName(j);
  return html`${h(level, "Domain scores")}
<div class="card">${domainChart(j.domains, `${key}-chart`, name)}</div>
<table>
<caption>Domain scores for ${name}</caption>
<thead><tr><th scope="col">Domain</th><th scope="col">Score</th><th scope="col" class="number">Percent</th></tr></thead>
<tbody>
${j.domains.map(
  (d) =>
    html`<tr><th scope="row">${d.title}</th><td>${domainScoreText(d)}${d.gated ? html`<span class="note">${GATED_NOTE}</span>` : null}</td><td class="number">${percentLabel(d.percent)}</td></tr>\n`,
)}</tbody>
</table>`;
}

function benchmarkTable(j: Judgement, level: number): SafeHtml {
  const groups = groupBenchmarks(j).filter((g) => g.benchmarks.length > 0);
  return html`${h(level, "Benchmarks")}
<table>
<caption>Benchmarks for ${organisationName(j)}, by domain</caption>
<thead><tr><th scope="col">ID</th><th scope="col">Benchmark</th><th scope="col">Outcome</th><th scope="col" class="number">Score</th><th scope="col">Summary</th></tr></thead>
${groups.map(
  (g) => html`<tbody>
<tr><th scope="rowgroup" colspan="5">${g.title}${g.domain === undefined ? null : html` (${domainScoreText(g.domain)})`}</th></tr>
${g.benchmarks.map(
  (b) =>
    html`<tr><td><code class="id">${b.id}</code></td><th scope="row">${b.title}</th><td>${outcome(b)}</td><td class="number">${b.score === null ? "—" : b.score}</td><td class="summary">${b.summary}</td></tr>\n`,
)}</tbody>
`,
)}</table>`;
}

function list(items: readonly (string | SafeHtml)[], empty: string): SafeHtml {
  if (items.length === 0) return html`<p>${empty}</p>`;
  return html`<ul class="plain">
${items.map((item) => html`<li>${item}</li>\n`)}</ul>`;
}

function judgementBody(j: Judgement, level: number, key: string): SafeHtml {
  const limits = j.limits.map((l) => html`<code>${l.id}</code>: ${limitSentence(l)}`);
  const warnings = j.warnings.map(
    (w) =>
      html`${w.path ? html`<code>${w.path}</code>: ` : null}${w.message} <span class="note">${warningLabel(w.code)}</span>`,
  );
  return html`${ratingCard(j)}
${facts(j)}
${domainTable(j, level, key)}
${benchmarkTable(j, level)}
${h(level, "Limits")}
${list(limits, "No limit applied.")}
${h(level, "Warnings")}
${list(warnings, "No warnings.")}`;
}

function indexTable(judgements: readonly Judgement[]): SafeHtml {
  return html`${h(2, "Organisations", "index")}
<table>
<caption>Ratings of ${judgements.length} organisations</caption>
<thead><tr><th scope="col">Organisation</th><th scope="col">Type</th><th scope="col">Rating</th><th scope="col" class="number">Percent</th></tr></thead>
<tbody>
${judgements.map(
  (j, i) =>
    html`<tr><th scope="row"><a href="#org-${i + 1}">${organisationName(j)}</a></th><td>${j.organisation.type}</td><td>${ratingLabel(j.rating)}</td><td class="number">${percentLabel(j.percent)}</td></tr>\n`,
)}</tbody>
</table>`;
}

function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body>
<header class="banner"><div class="wrap"><p>Well-led report</p></div></header>
<main class="wrap">
${body}
</main>
</body>
</html>
`.value;
}

/**
 * Writes one or more judgements as a single self-contained HTML page: inline styles only, no
 * scripts, fonts, images or links outside the page, so it can be e-mailed or archived as is. Each
 * judgement shows its rating prominently, a bar chart of domain scores (inline SVG with an
 * accessible name), the domain and benchmark tables, limits and warnings; several judgements get
 * an index table linking to a section each. Every text from the judgement is escaped.
 *
 * @example
 * ```ts
 * await writeFile("report.html", formatHtml(judgements, { title: "Well-led: North region, 2025" }));
 * ```
 */
export function formatHtml(
  judgements: Judgement | readonly Judgement[],
  options: HtmlOptions = {},
): string {
  const list = Array.isArray(judgements)
    ? (judgements as readonly Judgement[])
    : [judgements as Judgement];
  const only = list.length === 1 ? list[0] : undefined;
  if (only !== undefined) {
    const title = options.title ?? `Well-led judgement: ${organisationName(only)}`;
    return page(title, html`<h1>${title}</h1>\n${judgementBody(only, 2, "org-1")}`);
  }
  const title = options.title ?? "Well-led judgements";
  const sections = list.map(
    (
      j,
      i,
    ) => html`<section class="organisation" id="org-${i + 1}" aria-labelledby="org-${i + 1}-heading">
${h(2, organisationName(j), `org-${i + 1}-heading`)}
${judgementBody(j, 3, `org-${i + 1}`)}
<p class="back"><a href="#index">Back to the list of organisations</a></p>
</section>`,
  );
  const empty = list.length === 0 ? html`<p>No judgements to report.</p>` : indexTable(list);
  return page(title, html`<h1>${title}</h1>\n${empty}\n${sections}`);
}
