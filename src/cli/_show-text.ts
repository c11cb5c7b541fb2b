import {
  type Benchmark,
  type RuleSet,
  hashRuleSet,
  organisationTypes,
  resolveScoring,
} from "../format/index.js";
import { wrap } from "../reports/_wrap.js";
import { compactJson, logicText } from "./_logic-text.js";

const LEVELS = ["exceptional", "good", "some-shortfalls"] as const;
const words = (code: string) => code.replaceAll("-", " ");

/** Levels as formulas, one line each: `good: a >= 95`. */
function levelLines(b: Benchmark, indent: string, width: number): string[] {
  return LEVELS.flatMap((level) => {
    const logic = b.levels[level];
    return logic === undefined
      ? []
      : wrap(`${words(level)}: ${logicText(logic)}`, width, indent, `${indent}    `);
  });
}

function flags(b: Benchmark): string {
  const parts = [
    b.status ?? "active",
    `weight ${b.weight ?? 1}`,
    ...(b.gate === true ? ["gate"] : []),
  ];
  return parts.join(", ");
}

function effective(ruleSet: RuleSet): string {
  const e = ruleSet.effective;
  return e === undefined
    ? "no effective dates"
    : `effective ${e.from} to ${e.until ?? "open"} (end exclusive)`;
}

/** A rule set's overview: metadata, domains with their benchmarks and levels as formulas, scoring and limits. */
export function ruleSetOverview(ruleSet: RuleSet, width: number): string {
  const scoring = resolveScoring(ruleSet);
  const bands = Object.entries(scoring.bands)
    .map(([rating, min]) => `${words(rating)} ≥ ${min}%`)
    .join(", ");
  const lines = [
    `${ruleSet.id}@${ruleSet.version}  ${ruleSet.title}`,
    `${ruleSet.status} · ${effective(ruleSet)} · ${hashRuleSet(ruleSet)}`,
    ...wrap(`Organisation types: ${organisationTypes(ruleSet).join(", ")}`, width, "", "  "),
    ...(ruleSet.description ? ["", ...wrap(ruleSet.description, width)] : []),
    "",
    `Domains and benchmarks (${ruleSet.domains.length} domains, ${ruleSet.benchmarks.length} benchmarks)`,
  ];
  for (const domain of ruleSet.domains) {
    lines.push("", ...wrap(`${domain.id}: ${domain.title}`, width, "  ", "    "));
    for (const b of ruleSet.benchmarks.filter((x) => x.domain === domain.id)) {
      lines.push(...wrap(`${b.id}  ${b.title} (${flags(b)})`, width, "    ", "      "));
      if (b.appliesTo !== undefined)
        lines.push(...wrap(`applies to: ${logicText(b.appliesTo)}`, width, "      ", "          "));
      lines.push(...levelLines(b, "      ", width));
    }
  }
  lines.push(
    "",
    "Scoring",
    ...wrap(
      `model ${scoring.model}; bands ${bands}, below: inadequate; rounding ${scoring.rounding}; missing evidence ${scoring.missingEvidence}; at least ${scoring.minScoredPerDomain} scored benchmark per domain`,
      width,
      "  ",
      "  ",
    ),
  );
  if (scoring.limits.length > 0) {
    lines.push("", "Limits");
    for (const l of scoring.limits)
      lines.push(
        ...wrap(
          `${l.id}: when ${logicText(l.when)}, the rating is at most ${words(l.capAt)}. ${l.reason}`,
          width,
          "  ",
          "    ",
        ),
      );
  }
  return `${lines.join("\n")}\n`;
}

/** One benchmark in full: its place in the rule set, applicability, levels as pretty-printed JsonLogic, rationale and sources. */
export function benchmarkDetail(ruleSet: RuleSet, b: Benchmark, width: number): string {
  const domain = ruleSet.domains.find((d) => d.id === b.domain);
  const sources = new Map((ruleSet.sources ?? []).map((s) => [s.id, s]));
  const lines = [
    `${b.id}  ${b.title}`,
    `Rule set: ${ruleSet.id}@${ruleSet.version}`,
    `Domain: ${b.domain}${domain === undefined ? "" : ` (${domain.title})`}`,
    `Status: ${b.status ?? "active"}${b.status === "pilot" ? " (reported, never scored)" : ""}`,
    `Weight: ${b.weight ?? 1}`,
    `Gate: ${b.gate === true ? "yes (a score of 1 here forces its domain to 1)" : "no"}`,
    `Applies to: ${b.appliesTo === undefined ? "every organisation type" : logicText(b.appliesTo)}`,
    ...(b.requires === undefined ? [] : [`Requires: ${b.requires.join(", ")}`]),
    ...(b.description ? ["", ...wrap(b.description, width)] : []),
    "",
    "Levels (tried in this order; none true: significant shortfalls)",
  ];
  for (const level of LEVELS) {
    const logic = b.levels[level];
    if (logic === undefined) continue;
    lines.push(
      "",
      ...wrap(`${words(level)}: ${logicText(logic)}`, width, "  ", "      "),
      `    ${compactJson(logic, width, "    ")}`,
    );
    const template = b.explanations?.[level];
    if (template !== undefined)
      lines.push(...wrap(`explanation: ${template}`, width, "    ", "      "));
  }
  if (b.rationale) lines.push("", "Rationale", ...wrap(b.rationale, width, "  "));
  if (b.sources !== undefined && b.sources.length > 0) {
    lines.push("", "Sources");
    for (const id of b.sources) {
      const s = sources.get(id);
      const detail =
        s === undefined ? "" : [s.title, s.publisher, s.published].filter(Boolean).join(", ");
      lines.push(...wrap(`${id}: ${detail}${s?.url ? ` <${s.url}>` : ""}`, width, "  ", "    "));
    }
  }
  return `${lines.join("\n")}\n`;
}
