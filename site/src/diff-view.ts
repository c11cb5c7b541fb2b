import { h } from "./dom.js";
import { type DiffSection, diffRuleSets, formatDiff, type RuleSet } from "./lib.js";
import { fillRuleSetSelect, type RuleSetEntry } from "./rule-sets.js";

const SECTIONS: readonly [DiffSection, string][] = [
  ["metadata", "About the rule set"],
  ["organisationTypes", "Organisation types"],
  ["sources", "Sources"],
  ["evidence", "Evidence fields"],
  ["domains", "Quality statements (domains)"],
  ["benchmarks", "Benchmarks"],
  ["scoring", "Scoring and limits"],
];

const BUMP_WORDS = {
  major: "Major: can change a judgement",
  minor: "Minor: cannot change a judgement of valid evidence",
  patch: "Patch: wording only",
  none: "None",
} as const;

/**
 * Renders the difference between two rule-set versions: the version step it needs, then every
 * change, section by section, with the step each one needs; the plain-text form is one click away.
 */
export function renderDiff(older: RuleSet, newer: RuleSet): HTMLElement[] {
  const diff = diffRuleSets(older, newer);
  const text = formatDiff(diff, "text");
  const headline = text.split("\n")[0] ?? "";
  if (diff.reasons.length === 0) return [h("p", { class: "diff-headline" }, headline)];
  const sections = SECTIONS.map(([section, title]) => {
    const reasons = diff.reasons.filter((r) => r.section === section);
    if (reasons.length === 0) return null;
    return h(
      "details",
      { class: "diff-section", open: reasons.length <= 12 },
      h(
        "summary",
        {},
        `${title}: ${reasons.length} ${reasons.length === 1 ? "change" : "changes"}`,
      ),
      h(
        "ul",
        {},
        ...reasons.map((r) =>
          h(
            "li",
            {},
            h("span", { class: `tag bump-${r.bump}`, title: BUMP_WORDS[r.bump] }, r.bump),
            " ",
            r.message,
          ),
        ),
      ),
    );
  });
  return [
    h("p", { class: "diff-headline" }, headline),
    h(
      "p",
      { class: "hint" },
      `Needs a ${diff.requiredBump} version step. ${BUMP_WORDS.major}; ${BUMP_WORDS.minor.toLowerCase()}; ${BUMP_WORDS.patch.toLowerCase()}.`,
    ),
    ...sections.filter((s) => s !== null),
    h(
      "details",
      { class: "diff-text" },
      h("summary", {}, "As plain text (what ", h("code", {}, "well-led diff"), " prints)"),
      h("pre", {}, text),
    ),
  ];
}

/** The comparison panel: two version selects (oldest and newest first) and the difference. */
export function createDiffPanel(
  parts: { older: HTMLSelectElement; newer: HTMLSelectElement; output: HTMLElement },
  entries: () => readonly RuleSetEntry[],
) {
  const { older, newer, output } = parts;
  const show = () => {
    const from = entries().find((e) => e.key === older.value);
    const to = entries().find((e) => e.key === newer.value);
    if (from && to) output.replaceChildren(...renderDiff(from.ruleSet, to.ruleSet));
  };
  older.addEventListener("change", show);
  newer.addEventListener("change", show);
  return {
    /** Lists the rule sets again (one was loaded), keeping the choices. */
    refresh(): void {
      const all = entries();
      fillRuleSetSelect(older, all, older.value || all[0]!.key);
      fillRuleSetSelect(newer, all, newer.value || all.at(-1)!.key);
      show();
    },
  };
}
