import type { DomainResult } from "../evaluate/index.js";
import { domainScoreText } from "./_describe.js";
import { html, type SafeHtml } from "./_html.js";
import { COLOURS } from "./_html-style.js";
import { percentLabel, scoreLabel } from "./labels.js";

const WIDTH = 820;
const LEFT = 8;
const SCALE = 520;
const ROW = 54;
const TOP = 8;
const AXIS = 34;

function describe(domain: DomainResult): string {
  if (domain.score === null) return `${domain.title}: not assessed`;
  const gated = domain.gated ? ", gated" : "";
  return `${domain.title}: ${domain.score} of 4, ${scoreLabel(domain.score)} (${percentLabel(domain.percent)}${gated})`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function row(domain: DomainResult, index: number): SafeHtml {
  const y = TOP + index * ROW;
  const bar = domain.score === null ? 0 : (Math.min(4, Math.max(0, domain.score)) / 4) * SCALE;
  const value = `${domainScoreText(domain)}${domain.percent === null ? "" : ` · ${domain.percent}%`}${domain.gated ? " · gated" : ""}`;
  return html`<g>
<text x="${LEFT}" y="${y + 15}" font-size="15" font-weight="600" fill="${COLOURS.text}">${truncate(domain.title, 90)}</text>
${bar > 0 ? html`<rect x="${LEFT}" y="${y + 22}" width="${bar}" height="20" fill="${COLOURS.blue}"></rect>` : null}
<text x="${LEFT + bar + 8}" y="${y + 37}" font-size="14" fill="${COLOURS.text}">${value}</text>
</g>`;
}

/**
 * Draws domain scores as horizontal bars on a 0–4 scale, as an inline SVG whose accessible name
 * (`<title>` and `aria-label`) reads every score, so the chart says the same to everyone.
 */
export function domainChart(
  domains: readonly DomainResult[],
  id: string,
  organisation: string,
): SafeHtml {
  const height = TOP + domains.length * ROW + AXIS;
  const label = `Domain scores for ${organisation}, out of 4: ${domains.map(describe).join("; ")}.`;
  const ticks = [0, 1, 2, 3, 4].map((t) => {
    const x = LEFT + (t / 4) * SCALE;
    return html`<line x1="${x}" y1="${TOP}" x2="${x}" y2="${height - AXIS + 4}" stroke="${COLOURS.border}" stroke-width="1"></line>
<text x="${x}" y="${height - 10}" font-size="13" text-anchor="middle" fill="${COLOURS.secondary}">${t}</text>`;
  });
  return html`<svg class="chart" role="img" aria-label="${label}" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}">
<title id="${id}-title">${label}</title>
${ticks}
${domains.map(row)}
</svg>`;
}
