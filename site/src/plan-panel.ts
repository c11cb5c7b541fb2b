import { debounce } from "./debounce.js";
import { h } from "./dom.js";
import { createPlanClient } from "./improve-client.js";
import { nextTarget, renderPlan } from "./improve-view.js";
import type { EvidenceChange, EvidenceDocument, JudgementRating, Rating } from "./lib.js";
import type { RuleSetEntry } from "./rule-sets.js";

/**
 * The improvement-plan panel: works out a plan (in a worker) a moment after the evidence stops
 * changing, for the target the user chose, or one rating better than the current one.
 */
export function createPlanPanel(
  parts: { output: HTMLElement; target: HTMLSelectElement; message: HTMLElement },
  onApply: (changes: readonly EvidenceChange[]) => void,
) {
  const { output, target, message } = parts;
  const client = createPlanClient(new URL("improve-worker.js", import.meta.url));
  let chosen: Rating | undefined;
  let latest: { entry: RuleSetEntry; document: EvidenceDocument } | undefined;

  const request = debounce(async () => {
    const asked = latest;
    if (!asked) return;
    const { entry, document } = asked;
    const answer = await client.request({
      hash: entry.evaluator.hash,
      ruleSet: entry.ruleSet,
      document,
      target: target.value as Rating,
    });
    // A newer request, or no judgement at all, replaced this one meanwhile.
    if (!answer || latest !== asked) return;
    output.removeAttribute("aria-busy");
    if (answer.ok) output.replaceChildren(...renderPlan(answer.plan, entry.ruleSet, onApply));
    else
      output.replaceChildren(
        h("p", { class: "plan-status unreachable" }, `No plan: ${answer.message}`),
      );
  }, 400);

  const start = () => {
    output.setAttribute("aria-busy", "true");
    output.replaceChildren(h("p", { class: "plan-status" }, "Working out a plan…"));
    request();
  };

  target.addEventListener("change", () => {
    chosen = target.value as Rating;
    if (latest) start();
  });

  return {
    /** Plans for this evidence, judged `rating` now. */
    update(entry: RuleSetEntry, document: EvidenceDocument, rating: JudgementRating): void {
      target.value = chosen ?? nextTarget(rating);
      latest = { entry, document };
      start();
    },
    /** Shows no plan (the evidence cannot be judged). */
    clear(): void {
      latest = undefined;
      output.removeAttribute("aria-busy");
      output.replaceChildren(
        h("p", { class: "plan-status" }, "No plan until the evidence can be judged."),
      );
    },
    /** Says what applying a plan did, and keeps focus there (the button is about to be replaced). */
    applied(count: number, ratingText: string): void {
      const changes = count === 1 ? "1 change" : `${count} changes`;
      message.textContent = `Applied ${changes} to the evidence. The rating is now ${ratingText}.`;
      message.focus();
    },
  };
}
