import { h, svg } from "./dom.js";
import { type DomainResult, type Judgement, scoreLabel } from "./lib.js";

/** Rating bands as minimum percents, for the marker lines. */
export interface Bands {
  readonly outstanding: number;
  readonly good: number;
  readonly "requires-improvement": number;
}

function bar(domain: DomainResult, bands: Bands): SVGSVGElement {
  const percent = Math.max(0, Math.min(100, domain.percent ?? 0));
  const scoreClass = domain.score === null ? "score-none" : `score-${domain.score}`;
  const markers = [bands["requires-improvement"], bands.good, bands.outstanding].map((x) =>
    svg("line", {
      class: "band",
      x1: x,
      x2: x,
      y1: 0,
      y2: 10,
      "vector-effect": "non-scaling-stroke",
    }),
  );
  return svg(
    "svg",
    {
      class: "bar",
      viewBox: "0 0 100 10",
      preserveAspectRatio: "none",
      "aria-hidden": "true",
      focusable: "false",
    },
    svg("rect", { class: "bar-track", x: 0, y: 0, width: 100, height: 10 }),
    svg("rect", { class: `bar-fill ${scoreClass}`, x: 0, y: 0, width: percent, height: 10 }),
    ...markers,
  );
}

function valueText(domain: DomainResult): string {
  if (domain.status === "not-assessed") return "Not assessed";
  const gate = domain.gated ? ", forced by a gate" : "";
  return `${domain.percent ?? "—"}% · ${scoreLabel(domain.score)} (${domain.score}${gate})`;
}

/**
 * A bar chart of the domain (quality statement) percents, in inline SVG built with DOM calls;
 * every bar's value is also written as text beside it, so the chart reads without colour.
 */
export function domainChart(judgement: Judgement, bands: Bands): HTMLElement {
  const captionText = `Each bar is the percent of points a quality statement scored. Marks at ${bands["requires-improvement"]}%, ${bands.good}% and ${bands.outstanding}% are the thresholds for requires improvement, good and outstanding.`;
  return h(
    "figure",
    { class: "chart", "aria-labelledby": "chart-title" },
    h(
      "figcaption",
      {},
      h("h3", { id: "chart-title" }, "Quality statement scores"),
      h("p", { class: "hint" }, captionText),
    ),
    h(
      "ul",
      { class: "chart-rows" },
      ...judgement.domains.map((d) =>
        h(
          "li",
          { class: "chart-row" },
          h("span", { class: "chart-label" }, d.title),
          bar(d, bands),
          h("span", { class: "chart-value" }, valueText(d)),
        ),
      ),
    ),
  );
}
