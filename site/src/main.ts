import examples from "virtual:well-led-examples";
import { debounce } from "./debounce.js";
import { byId, h } from "./dom.js";
import { createDiffPanel } from "./diff-view.js";
import { createEvidenceForm, type EvidenceForm } from "./evidence-form.js";
import { downloadJson, fileNameFor, isEvidenceDocument, readJsonFile } from "./files.js";
import { createJudgementView } from "./judgement-view.js";
import { createPlanPanel } from "./plan-panel.js";
import { sentenceCase } from "./labels.js";
import {
  builtInRuleSets,
  type EvidenceChange,
  type EvidenceDocument,
  isEvidenceError,
  type Judgement,
  safeParseRuleSet,
} from "./lib.js";
import {
  createEntry,
  fillRuleSetSelect,
  type RuleSetEntry,
  ruleSetInfo,
  ruleSetIssues,
} from "./rule-sets.js";

const ui = {
  ruleSet: byId("rule-set", HTMLSelectElement),
  ruleSetFile: byId("rule-set-file", HTMLInputElement),
  ruleSetErrors: byId("rule-set-errors", HTMLDivElement),
  ruleSetInfo: byId("rule-set-info", HTMLDivElement),
  example: byId("example", HTMLSelectElement),
  evidenceFile: byId("evidence-file", HTMLInputElement),
  save: byId("save-evidence", HTMLButtonElement),
  evidenceStatus: byId("evidence-status", HTMLParagraphElement),
  form: byId("evidence-form", HTMLFormElement),
};
const view = createJudgementView({
  detail: byId("judgement", HTMLElement),
  benchmarks: byId("benchmarks", HTMLDivElement),
  ratingName: byId("rating-name", HTMLSpanElement),
  ratingPercent: byId("rating-percent", HTMLSpanElement),
});
const plan = createPlanPanel(
  {
    output: byId("plan", HTMLDivElement),
    target: byId("target-rating", HTMLSelectElement),
    message: byId("plan-message", HTMLParagraphElement),
  },
  (changes) => applyChanges(changes),
);

const diff = createDiffPanel(
  {
    older: byId("diff-older", HTMLSelectElement),
    newer: byId("diff-newer", HTMLSelectElement),
    output: byId("diff", HTMLDivElement),
  },
  () => entries,
);
const entries: RuleSetEntry[] = builtInRuleSets().map((r) => createEntry(r, "built-in"));
let current = entries.at(-1)!;
const firstExample = examples.find((e) => e.file === "northfield-acute.json") ?? examples[0];
let base: EvidenceDocument = structuredClone(
  firstExample?.document ?? { organisation: { type: "acute" }, evidence: {} },
);
let form: EvidenceForm | undefined;

function evaluateNow(): void {
  if (!form) return;
  const { document, problems } = form.read(base);
  let judgement: Judgement;
  if (problems.length > 0) {
    form.markInvalid(new Set(problems.map((p) => p.path.replace(/^evidence\./, ""))));
    view.showProblems("The evidence cannot be judged until these are fixed:", problems);
    plan.clear();
    return;
  }
  try {
    judgement = current.evaluator.evaluate(document);
  } catch (error) {
    if (!isEvidenceError(error)) throw error;
    form.markInvalid(new Set(error.issues.map((i) => i.path.replace(/^evidence\./, ""))));
    view.showProblems("The evidence does not fit this rule set:", error.issues);
    plan.clear();
    return;
  }
  form.markInvalid(new Set());
  view.show(judgement, current.ruleSet, current.bands);
  plan.update(current, document, judgement.rating);
}
const evaluateSoon = debounce(evaluateNow, 200);

function applyChanges(changes: readonly EvidenceChange[]): void {
  form?.apply(changes);
  evaluateNow();
  const rating = byId("rating-name", HTMLSpanElement).textContent ?? "";
  const percent = byId("rating-percent", HTMLSpanElement).textContent;
  plan.applied(changes.length, `${rating}${percent ? ` (${percent})` : ""}`);
}

function useRuleSet(entry: RuleSetEntry): void {
  if (form) base = form.read(base).document;
  current = entry;
  ui.ruleSet.value = entry.key;
  ui.ruleSetInfo.replaceChildren(ruleSetInfo(entry));
  form = createEvidenceForm(entry.ruleSet);
  ui.form.replaceChildren(form.element);
  showUnfit(form.fill(base));
  evaluateNow();
}

function showUnfit(paths: readonly string[]): void {
  ui.evidenceStatus.textContent =
    paths.length === 0
      ? ""
      : `These values do not fit their fields and are not shown: ${paths.join(", ")}.`;
}

function useEvidence(document: EvidenceDocument, message: string): void {
  base = structuredClone(document);
  if (!form) return;
  showUnfit(form.fill(base));
  if (ui.evidenceStatus.textContent === "") ui.evidenceStatus.textContent = message;
  evaluateNow();
}

function refreshSelects(): void {
  fillRuleSetSelect(ui.ruleSet, entries, current.key);
  diff.refresh();
}

async function loadRuleSetFile(file: File): Promise<void> {
  ui.ruleSetErrors.replaceChildren();
  // A string is parsed as JSON by the library, which reports syntax errors with their position.
  const result = safeParseRuleSet(await file.text());
  if (!result.success) {
    ui.ruleSetErrors.replaceChildren(ruleSetIssues(file.name, result.error.issues));
    return;
  }
  const entry = createEntry(result.ruleSet, file.name);
  const existing = entries.findIndex((e) => e.key === entry.key);
  if (existing >= 0) entries.splice(existing, 1);
  entries.push(entry);
  refreshSelects();
  useRuleSet(entry);
  ui.ruleSetErrors.replaceChildren(
    h(
      "p",
      { class: "status", role: "status" },
      `Loaded ${entry.ruleSet.id} ${entry.ruleSet.version} from ${file.name}.`,
    ),
  );
}

function wire(): void {
  ui.example.replaceChildren(
    ...examples.map((e) =>
      h(
        "option",
        { value: e.file },
        `${e.document.organisation.name ?? e.file} (${sentenceCase(e.document.organisation.type)})`,
      ),
    ),
  );
  if (firstExample) ui.example.value = firstExample.file;
  refreshSelects();

  ui.ruleSet.addEventListener("change", () => {
    const entry = entries.find((e) => e.key === ui.ruleSet.value);
    if (entry) useRuleSet(entry);
  });
  ui.ruleSetFile.addEventListener("change", () => {
    const file = ui.ruleSetFile.files?.[0];
    if (file) void loadRuleSetFile(file);
  });
  ui.example.addEventListener("change", () => {
    const example = examples.find((e) => e.file === ui.example.value);
    if (example)
      useEvidence(
        example.document,
        `Showing ${example.document.organisation.name ?? example.file}.`,
      );
  });
  ui.evidenceFile.addEventListener("change", async () => {
    const file = ui.evidenceFile.files?.[0];
    if (!file) return;
    try {
      const value = await readJsonFile(file);
      if (!isEvidenceDocument(value))
        throw new Error(
          `${file.name} is not an evidence document: it needs an "organisation" with a "type", and an "evidence" object.`,
        );
      useEvidence(value, `Loaded ${file.name}.`);
    } catch (error) {
      ui.evidenceStatus.textContent = (error as Error).message;
    }
  });
  ui.save.addEventListener("click", () => {
    if (!form) return;
    const { document } = form.read(base);
    downloadJson(
      fileNameFor(document.organisation.id ?? document.organisation.name, ".evidence.json"),
      document,
    );
  });
  ui.form.addEventListener("input", () => evaluateSoon());
  ui.form.addEventListener("change", () => evaluateSoon());
  ui.form.addEventListener("submit", (event) => {
    event.preventDefault();
    evaluateSoon.now();
  });
  document.addEventListener("click", (event) => {
    // Links to evidence fields move focus into the field, not just scroll to it.
    const link = (event.target as Element | null)?.closest?.("a[data-field]");
    const target = link ? document.getElementById(link.getAttribute("data-field") ?? "") : null;
    if (target) {
      event.preventDefault();
      target.focus();
    }
  });
}

wire();
useRuleSet(current);
