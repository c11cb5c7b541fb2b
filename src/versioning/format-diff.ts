import { plural } from "./_compare.js";
import type { DiffSection, ListChange, RuleSetDiff } from "./types.js";

const SECTIONS: readonly [DiffSection, string][] = [
  ["metadata", "Metadata"],
  ["organisationTypes", "Organisation types"],
  ["sources", "Sources"],
  ["evidence", "Evidence"],
  ["domains", "Domains"],
  ["benchmarks", "Benchmarks"],
  ["scoring", "Scoring"],
];

interface Counted {
  readonly added: readonly unknown[];
  readonly removed: readonly unknown[];
  readonly changed?: readonly unknown[];
}

function counts(parts: string[], noun: string, c: Counted | ListChange): void {
  const nouns = noun.endsWith("s") ? noun : `${noun}s`;
  const one = noun.endsWith("s") ? noun.slice(0, -1) : noun;
  if (c.added.length > 0) parts.push(`${plural(c.added.length, one, nouns)} added`);
  if (c.removed.length > 0) parts.push(`${plural(c.removed.length, one, nouns)} removed`);
  const changed = "changed" in c ? c.changed : undefined;
  if (changed && changed.length > 0) parts.push(`${plural(changed.length, one, nouns)} changed`);
}

/** The changes in brief: "12 benchmarks added, 3 benchmarks changed, scoring changed". */
function tally(diff: RuleSetDiff): string[] {
  const parts: string[] = [];
  const meta = diff.metadata;
  for (const key of ["id", "title", "description", "status"] as const)
    if (meta[key]) parts.push(`${key} changed`);
  if (meta.effective) parts.push("effective window changed");
  counts(parts, "organisation type", diff.organisationTypes);
  counts(parts, "source", diff.sources);
  counts(parts, "evidence field", diff.evidence);
  counts(parts, "domain", diff.domains);
  counts(parts, "benchmark", diff.benchmarks);
  if (diff.benchmarks.reordered) parts.push("benchmarks reordered");
  const { limits, ...settings } = diff.scoring;
  const changedSettings = Object.keys(settings);
  if (changedSettings.length > 0) parts.push(`scoring ${changedSettings.join(", ")} changed`);
  counts(parts, "limit", limits);
  if (parts.length === 0 && diff.reasons.length > 0)
    parts.push(plural(diff.reasons.length, "other change"));
  return parts;
}

/** The summary: "well-led 1.0.0 → 2.0.0" and "requires a major version (12 benchmarks added, …)". */
function summarise(diff: RuleSetDiff): { label: string; verdict: string } {
  const { from, to, requiredBump } = diff;
  const label =
    from.id === to.id
      ? `${from.id} ${from.version} → ${to.version}`
      : `${from.id}@${from.version} → ${to.id}@${to.version}`;
  if (requiredBump === "none") return { label, verdict: "no changes besides the version number" };
  return { label, verdict: `requires a ${requiredBump} version (${tally(diff).join(", ")})` };
}

/** Escapes Markdown outside `code spans`, which messages use for JSON. */
const escapeMarkdown = (text: string) =>
  text
    .split(/(`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[\\*_<>[\]|#]/g, "\\$&")))
    .join("");

/**
 * Renders a rule-set diff as a readable report: a summary line naming the required version step
 * and what changed, the two content hashes, then one line per change, grouped by section, each
 * with the step it needs. The same text the command line's `well-led diff` prints.
 *
 * @param diff - from {@link diffRuleSets}
 * @param format - `text` (plain, indented) or `markdown` (headings and bullet lists)
 * @example
 * ```ts
 * console.log(formatDiff(diffRuleSets(v1, v2), "markdown"));
 * ```
 */
export function formatDiff(diff: RuleSetDiff, format: "text" | "markdown" = "text"): string {
  const md = format === "markdown";
  const { label, verdict } = summarise(diff);
  const capitalised = `${verdict.charAt(0).toUpperCase()}${verdict.slice(1)}`;
  const lines: string[] = md
    ? [
        `## ${escapeMarkdown(label)}`,
        "",
        `${escapeMarkdown(capitalised)}.`,
        "",
        `\`${diff.from.hash}\` → \`${diff.to.hash}\``,
      ]
    : [`${label}: ${verdict}`, `  ${diff.from.hash} → ${diff.to.hash}`];
  for (const [section, heading] of SECTIONS) {
    const reasons = diff.reasons.filter((r) => r.section === section);
    if (reasons.length === 0) continue;
    lines.push("", md ? `### ${heading}` : heading, ...(md ? [""] : []));
    for (const r of reasons)
      lines.push(
        md ? `- **${r.bump}** ${escapeMarkdown(r.message)}` : `  ${r.bump.padEnd(5)}  ${r.message}`,
      );
  }
  return `${lines.join("\n")}\n`;
}
