import type { Judgement } from "../evaluate/index.js";
import {
  benchmarkNote,
  bandedSentence,
  coverageSentence,
  domainScoreText,
  GATED_NOTE,
  limitSentence,
  organisationName,
  ratingSentence,
  ruleSetName,
} from "./_describe.js";
import { outcomeLabel, percentLabel, warningLabel } from "./labels.js";

/**
 * Escapes text for Markdown (CommonMark and GitHub tables): backslash-escapes the characters that
 * start emphasis, links, code, HTML or a table cell, and writes line breaks as `<br>`, so an
 * organisation name or summary always shows as the text it is.
 *
 * @example
 * ```ts
 * escapeMarkdown("a | b <c>"); // "a \\| b \\<c\\>"
 * ```
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|&~]/g, "\\$&").replace(/\r\n|\r|\n/g, "<br>");
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)];
}

function summaryTable(judgement: Judgement): string[] {
  const { id, type } = judgement.organisation;
  const rows: string[][] = [
    ["Organisation", escapeMarkdown(organisationName(judgement))],
    ...(id === undefined ? [] : [["Organisation id", escapeMarkdown(id)]]),
    ["Organisation type", escapeMarkdown(type)],
    ["Rating", `**${escapeMarkdown(ratingSentence(judgement))}**`],
  ];
  rows.push(
    ["Banded rating", escapeMarkdown(bandedSentence(judgement))],
    ["Rule set", `\`${ruleSetName(judgement)}\``],
    ["Hash", `\`${judgement.ruleSet.hash}\``],
    ["As of", escapeMarkdown(judgement.asOf)],
    ["Coverage", coverageSentence(judgement)],
  );
  return table(["Judgement", ""], rows);
}

function domainTable(judgement: Judgement): string[] {
  return table(
    ["Domain", "Score", "Percent", "Note"],
    judgement.domains.map((d) => [
      escapeMarkdown(d.title),
      domainScoreText(d),
      percentLabel(d.percent),
      d.gated ? GATED_NOTE : "",
    ]),
  );
}

function benchmarkTable(judgement: Judgement): string[] {
  const titles = new Map(judgement.domains.map((d) => [d.id, d.title]));
  return table(
    ["ID", "Benchmark", "Domain", "Outcome", "Score", "Summary"],
    judgement.benchmarks.map((b) => {
      const note = benchmarkNote(b);
      return [
        `\`${b.id}\``,
        escapeMarkdown(b.title),
        escapeMarkdown(titles.get(b.domain) ?? b.domain),
        `${outcomeLabel(b.outcome)}${note === null ? "" : ` (${note})`}`,
        b.score === null ? "—" : String(b.score),
        escapeMarkdown(b.summary),
      ];
    }),
  );
}

function list(items: readonly string[]): string[] {
  return items.length === 0 ? ["None."] : items.map((item) => `- ${item}`);
}

/**
 * Writes a judgement as a Markdown document (GitHub-flavoured tables): a heading naming the
 * organisation, a summary table (rating, banded rating, rule set, hash, coverage), a domain
 * table, a benchmark table with each summary sentence, then limits and warnings; every text from
 * the judgement is escaped.
 *
 * @example
 * ```ts
 * await writeFile("northfield.md", formatMarkdown(judgement));
 * ```
 */
export function formatMarkdown(judgement: Judgement): string {
  const limits = judgement.limits.map((l) => `**${l.id}**: ${escapeMarkdown(limitSentence(l))}`);
  const warnings = judgement.warnings.map(
    (w) =>
      `${w.path ? `\`${w.path.replaceAll("`", "'")}\`: ` : ""}${escapeMarkdown(w.message)} (${warningLabel(w.code)})`,
  );
  const sections = [
    [`# Well-led judgement: ${escapeMarkdown(organisationName(judgement))}`],
    summaryTable(judgement),
    ["## Domains", "", ...domainTable(judgement)],
    ["## Benchmarks", "", ...benchmarkTable(judgement)],
    ["## Limits", "", ...list(limits)],
    ["## Warnings", "", ...list(warnings)],
  ];
  return `${sections.map((lines) => lines.join("\n")).join("\n\n")}\n`;
}
