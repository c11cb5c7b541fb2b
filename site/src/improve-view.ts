import { h } from "./dom.js";
import { fieldLabel, valueText } from "./labels.js";
import {
  type EvidenceChange,
  type ImprovementPlan,
  type ImprovementStep,
  type JudgementRating,
  outcomeLabel,
  type Rating,
  ratingLabel,
  type RuleSet,
} from "./lib.js";

const TARGETS: readonly Rating[] = ["outstanding", "good", "requires-improvement", "inadequate"];

/** The rating one step better than `rating` (good for insufficient evidence), as a default target. */
export function nextTarget(rating: JudgementRating): Rating {
  const index = TARGETS.indexOf(rating as Rating);
  if (index < 0) return "good";
  return TARGETS[Math.max(0, index - 1)]!;
}

function changesTable(changes: readonly EvidenceChange[], ruleSet: RuleSet): HTMLTableElement {
  return h(
    "table",
    { class: "changes" },
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        h("th", { scope: "col" }, "Evidence"),
        h("th", { scope: "col" }, "Now"),
        h("th", { scope: "col" }, "Change to"),
      ),
    ),
    h(
      "tbody",
      {},
      ...changes.map((c) => {
        const field = ruleSet.evidence[c.path];
        return h(
          "tr",
          {},
          h(
            "th",
            { scope: "row" },
            fieldLabel(c.path, field),
            " ",
            h("code", { class: "path" }, c.path),
          ),
          h("td", {}, valueText(c.from, field)),
          h("td", {}, h("strong", {}, valueText(c.to, field))),
        );
      }),
    ),
  );
}

function stepItem(step: ImprovementStep, ruleSet: RuleSet): HTMLLIElement {
  if (step.kind === "limit") {
    return h(
      "li",
      { class: "step" },
      h("h3", {}, `Clear the limit ${step.limit}`),
      h("p", {}, `${step.reason} (caps the rating at ${ratingLabel(step.capAt).toLowerCase()}).`),
      changesTable(step.changes, ruleSet),
    );
  }
  return h(
    "li",
    { class: "step" },
    h(
      "h3",
      {},
      `${step.benchmark} ${step.title}: `,
      h("span", { class: "nowrap" }, `${outcomeLabel(step.from)} → ${outcomeLabel(step.to)}`),
    ),
    changesTable(step.changes, ruleSet),
    h("p", { class: "step-summary" }, step.summary),
    step.also.length > 0
      ? h(
          "p",
          { class: "hint" },
          "These changes also move ",
          step.also
            .map(
              (a) =>
                `${a.benchmark} (${outcomeLabel(a.from).toLowerCase()} → ${outcomeLabel(a.to).toLowerCase()})`,
            )
            .join(", "),
          ".",
        )
      : null,
  );
}

/** Renders an improvement plan; `onApply` receives every change of the plan. */
export function renderPlan(
  plan: ImprovementPlan,
  ruleSet: RuleSet,
  onApply: (changes: readonly EvidenceChange[]) => void,
): HTMLElement[] {
  const target = ratingLabel(plan.target).toLowerCase();
  const now = `${ratingLabel(plan.current.rating)}${plan.current.percent === null ? "" : ` (${plan.current.percent}%)`}`;
  if (!plan.reachable) {
    return [
      h(
        "p",
        { class: "plan-status unreachable" },
        h("strong", {}, "Not reachable: "),
        plan.reason ?? "no evidence change reaches the target.",
      ),
    ];
  }
  if (plan.steps.length === 0) {
    return [
      h(
        "p",
        { class: "plan-status" },
        `Nothing to do: the rating is already ${now.toLowerCase()}, at or above ${target}.`,
      ),
    ];
  }
  const changes = plan.steps.flatMap((s) => s.changes);
  const then = `${ratingLabel(plan.projected.rating)}${plan.projected.percent === null ? "" : ` (${plan.projected.percent}%)`}`;
  const steps = plan.steps.length === 1 ? "1 step" : `${plan.steps.length} steps`;
  const changeCount =
    changes.length === 1 ? "1 evidence change" : `${changes.length} evidence changes`;
  const apply = h(
    "button",
    { type: "button", class: "button" },
    `Apply ${changes.length === 1 ? "this change" : `these ${changes.length} changes`} to the evidence`,
  );
  apply.addEventListener("click", () => onApply(changes));
  return [
    h(
      "p",
      { class: "plan-status" },
      `From ${now} to ${then} in ${steps}, with ${changeCount}. Cheapest steps first.`,
    ),
    h("ol", { class: "steps" }, ...plan.steps.map((s) => stepItem(s, ruleSet))),
    h("div", { class: "actions" }, apply),
  ];
}
