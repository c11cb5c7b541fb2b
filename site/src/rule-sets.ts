import type { Bands } from "./chart.js";
import { h } from "./dom.js";
import { dateText, sentenceCase } from "./labels.js";
import {
  createEvaluator,
  type Evaluator,
  type Issue,
  resolveScoring,
  type RuleSet,
} from "./lib.js";

/** A rule set the page can use: built in, or loaded from a file; compiled once when added. */
export interface RuleSetEntry {
  readonly key: string;
  readonly label: string;
  readonly ruleSet: RuleSet;
  readonly evaluator: Evaluator;
  readonly bands: Bands;
}

/** Compiles a parsed rule set once (`createEvaluator`) for every later evaluation. */
export function createEntry(ruleSet: RuleSet, origin: string): RuleSetEntry {
  const evaluator = createEvaluator(ruleSet, { explain: "full" });
  return {
    key: `${origin}:${ruleSet.id}@${ruleSet.version}:${evaluator.hash}`,
    label: `${ruleSet.id} ${ruleSet.version} (${ruleSet.status}${origin === "built-in" ? "" : `, from ${origin}`})`,
    ruleSet,
    evaluator,
    bands: resolveScoring(ruleSet).bands,
  };
}

/** Fills a select with the entries, keeping the chosen key when it is still there. */
export function fillRuleSetSelect(
  select: HTMLSelectElement,
  entries: readonly RuleSetEntry[],
  chosen: string,
): void {
  select.replaceChildren(...entries.map((e) => h("option", { value: e.key }, e.label)));
  select.value = chosen;
}

/** A short description of the chosen rule set: title, status, size, effective dates and hash. */
export function ruleSetInfo(entry: RuleSetEntry): HTMLElement {
  const { ruleSet } = entry;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const size = [
    count(ruleSet.benchmarks.length, "benchmark", "benchmarks"),
    count(ruleSet.domains.length, "quality statement", "quality statements"),
    count(Object.keys(ruleSet.evidence).length, "evidence field", "evidence fields"),
  ].join(", ");
  const from = ruleSet.effective
    ? ` Effective from ${dateText(ruleSet.effective.from)}${ruleSet.effective.until ? ` until ${dateText(ruleSet.effective.until)}` : ""}.`
    : "";
  return h(
    "div",
    { class: "rule-set-info" },
    h("p", { class: "rule-set-title" }, ruleSet.title),
    h("p", {}, `${sentenceCase(ruleSet.status)}. ${size}.${from}`),
    ruleSet.description
      ? h(
          "details",
          { class: "about" },
          h("summary", {}, "About this rule set"),
          h("p", {}, ruleSet.description),
        )
      : null,
    h("p", { class: "stamp" }, "Content hash ", h("code", {}, entry.evaluator.hash)),
  );
}

/** The problems of a rule-set file that did not load, each with its JSON path. */
export function ruleSetIssues(fileName: string, issues: readonly Issue[]): HTMLElement {
  const count = `${issues.length} ${issues.length === 1 ? "problem" : "problems"}`;
  return h(
    "div",
    { class: "problems", role: "alert" },
    h(
      "p",
      {},
      h(
        "strong",
        {},
        `${fileName} is not a valid rule set (${count}). The rule set in use has not changed.`,
      ),
    ),
    h(
      "ul",
      { class: "issues" },
      ...issues.map((i) =>
        h(
          "li",
          {},
          h("code", { class: "issue-path" }, i.path),
          " ",
          h("span", { class: "issue-message" }, i.message),
        ),
      ),
    ),
  );
}
