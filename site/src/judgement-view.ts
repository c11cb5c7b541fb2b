import { domainChart, type Bands } from "./chart.js";
import { fieldId, h } from "./dom.js";
import { dateText, fieldLabel, sentenceCase, valueText } from "./labels.js";
import {
  type BenchmarkResult,
  type Judgement,
  outcomeLabel,
  ratingLabel,
  type RuleSet,
  scoreLabel,
} from "./lib.js";
import { traceTree } from "./trace-view.js";

function limitsText(judgement: Judgement): HTMLElement {
  const percent = judgement.percent === null ? "" : ` at ${judgement.percent}%`;
  const banded = `The percent alone gives ${ratingLabel(judgement.bandedRating).toLowerCase()}${percent}.`;
  if (judgement.limits.length === 0) return h("p", {}, banded, " No limit applies.");
  const capped = judgement.rating !== judgement.bandedRating;
  return h(
    "div",
    { class: "limits" },
    h(
      "p",
      {},
      banded,
      capped
        ? ` ${judgement.limits.length === 1 ? "A limit caps" : "Limits cap"} the rating:`
        : " These limits hold but do not lower it:",
    ),
    h(
      "ul",
      {},
      ...judgement.limits.map((l) =>
        h(
          "li",
          {},
          h("strong", {}, `At most ${ratingLabel(l.capAt).toLowerCase()}: `),
          l.reason,
          " ",
          h("code", {}, l.id),
        ),
      ),
    ),
  );
}

function warningsBlock(judgement: Judgement): HTMLElement | null {
  if (judgement.warnings.length === 0) return null;
  const n = judgement.warnings.length;
  return h(
    "details",
    { class: "warnings" },
    h("summary", {}, `${n} ${n === 1 ? "warning" : "warnings"} about the evidence`),
    h(
      "ul",
      {},
      ...judgement.warnings.map((w) => h("li", {}, h("code", {}, w.path), `: ${w.message}`)),
    ),
  );
}

function benchmarkBody(b: BenchmarkResult, ruleSet: RuleSet): HTMLElement {
  const read = Object.entries(b.values);
  const notes: string[] = [];
  if (b.status === "pilot") notes.push("Pilot benchmark: reported, never scored.");
  if (b.status === "deprecated")
    notes.push("Deprecated benchmark: still scored, may be removed later.");
  if (!b.scored && b.status !== "pilot") notes.push("Not scored in this judgement.");
  return h(
    "div",
    { class: "bm-body" },
    ...notes.map((n) => h("p", { class: "note" }, n)),
    read.length > 0
      ? h(
          "dl",
          { class: "values" },
          ...read.flatMap(([path, value]) => [
            h(
              "dt",
              {},
              fieldLabel(path, ruleSet.evidence[path]),
              " ",
              h("code", { class: "path" }, path),
            ),
            h(
              "dd",
              {},
              valueText(value, ruleSet.evidence[path]),
              b.stale.includes(path) ? " (stale)" : "",
            ),
          ]),
        )
      : null,
    b.missing.length > 0
      ? h(
          "p",
          {},
          "Missing evidence: ",
          ...b.missing.flatMap((p, i) => [i > 0 ? ", " : "", h("code", {}, p)]),
        )
      : null,
    h("p", { class: "trace-heading" }, "How the levels were tested"),
    b.trace ? traceTree(b.trace) : h("p", {}, "No trace available."),
  );
}

/** An evidence path as a link that moves focus to its form field (other paths as code). */
function pathLink(path: string): HTMLElement {
  const field = path.startsWith("evidence.") ? fieldId(path.slice("evidence.".length)) : undefined;
  const code = h("code", {}, path);
  return field && document.getElementById(field)
    ? h("a", { href: `#${field}`, "data-field": field }, code)
    : code;
}

/** Shows judgements: the rating (in a polite live region), limits, the chart and every benchmark. */
export function createJudgementView(parts: {
  detail: HTMLElement;
  benchmarks: HTMLElement;
  ratingName: HTMLElement;
  ratingPercent: HTMLElement;
}) {
  const { detail, benchmarks, ratingName, ratingPercent } = parts;
  const open = new Set<string>();

  const setRating = (name: string, percent: string, kind: string) => {
    // Touch the live region only when the words change, so screen readers announce changes once.
    if (ratingName.textContent !== name) ratingName.textContent = name;
    if (ratingPercent.textContent !== percent) ratingPercent.textContent = percent;
    ratingName.className = `rating-name rating-${kind}`;
    ratingName.dataset.rating = kind;
  };

  const benchmarkItem = (b: BenchmarkResult, ruleSet: RuleSet) => {
    const details = h(
      "details",
      {
        class: "benchmark",
        "data-benchmark": b.id,
        "data-outcome": b.outcome,
        open: open.has(b.id),
      },
      h(
        "summary",
        {},
        h(
          "span",
          { class: "bm-head" },
          h("span", { class: "bm-id" }, b.id),
          " ",
          h("span", { class: "bm-title" }, b.title),
          " ",
          h(
            "span",
            { class: `tag outcome-${b.outcome}` },
            outcomeLabel(b.outcome),
            b.status === "pilot" ? " · pilot" : "",
          ),
        ),
        h("span", { class: "bm-summary" }, b.summary),
      ),
    );
    if (open.has(b.id)) details.append(benchmarkBody(b, ruleSet));
    details.addEventListener("toggle", () => {
      if (details.open) {
        open.add(b.id);
        if (!details.querySelector(".bm-body")) details.append(benchmarkBody(b, ruleSet));
      } else open.delete(b.id);
    });
    return h("li", {}, details);
  };

  return {
    show(judgement: Judgement, ruleSet: RuleSet, bands: Bands): void {
      setRating(
        ratingLabel(judgement.rating),
        judgement.percent === null ? "" : `${judgement.percent}%`,
        judgement.rating,
      );
      const org = judgement.organisation;
      const who = [org.name ?? org.id ?? "Unnamed organisation", sentenceCase(org.type)].join(
        " · ",
      );
      const { applicable, evidenced } = judgement.coverage;
      detail.replaceChildren(
        h("p", { class: "org" }, who, ` · judged at ${dateText(judgement.asOf)}`),
        limitsText(judgement),
        h("p", {}, `${evidenced} of ${applicable} applicable benchmarks have their evidence.`),
        warningsBlock(judgement) ?? "",
        h(
          "p",
          { class: "stamp" },
          `Rule set ${judgement.ruleSet.id} ${judgement.ruleSet.version} · `,
          h("code", {}, judgement.ruleSet.hash),
        ),
        domainChart(judgement, bands),
      );
      const byDomain = judgement.domains.map((d) =>
        h(
          "section",
          { class: "domain", "aria-labelledby": `domain-${d.id}` },
          h(
            "h3",
            { id: `domain-${d.id}` },
            d.title,
            " ",
            h(
              "span",
              { class: "domain-score" },
              d.score === null ? "not assessed" : `scores ${d.score}: ${scoreLabel(d.score)}`,
            ),
          ),
          h(
            "ul",
            { class: "benchmarks" },
            ...judgement.benchmarks
              .filter((b) => b.domain === d.id)
              .map((b) => benchmarkItem(b, ruleSet)),
          ),
        ),
      );
      benchmarks.replaceChildren(...byDomain);
    },
    showProblems(title: string, problems: readonly { path: string; message: string }[]): void {
      setRating("No judgement", "", "none");
      detail.replaceChildren(
        h(
          "div",
          { class: "problems", role: "alert" },
          h("p", {}, h("strong", {}, title)),
          h("ul", {}, ...problems.map((p) => h("li", {}, pathLink(p.path), `: ${p.message}`))),
        ),
      );
      benchmarks.replaceChildren();
    },
  };
}

export type JudgementView = ReturnType<typeof createJudgementView>;
