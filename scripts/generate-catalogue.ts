/**
 * Writes docs/benchmarks.md, the benchmark catalogue, from the rule-set files in rules/well-led/.
 * Run: `npx tsx scripts/generate-catalogue.ts`. `test/rules.test.ts` fails when the page is stale.
 *
 * Level thresholds are put into words by the library's own summary machinery (the same analysis
 * that writes a judgement's "good needs at least 95%" sentences); a condition it cannot word
 * faithfully is shown as a formula instead.
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import semverCompare from "semver/functions/compare.js";
import semverValid from "semver/functions/valid.js";
import { logicText } from "../src/cli/_logic-text.js";
import { analyseCondition } from "../src/explain/_analyse.js";
import { describeField } from "../src/explain/_field.js";
import { formatDate } from "../src/explain/_format.js";
import { renderRequirement } from "../src/explain/_render.js";
import { pathsRead } from "../src/explain/_paths.js";
import {
  type Benchmark,
  type RuleSet,
  diffRuleSets,
  formatDiff,
  hashRuleSet,
  organisationTypes,
  parseRuleSet,
  resolveScoring,
} from "../src/index.js";
import { compileLogic, truthy } from "../src/logic/index.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
/** The page this script writes. */
export const CATALOGUE = join(root, "docs", "benchmarks.md");
const RULES = join(root, "rules", "well-led");

/**
 * The SMF report's five recommendations and the well-led 2.0.0 benchmarks whose
 * rationale names them. Recommendation 2 (benchmarks CQC can use) is answered by the rule set as
 * a whole; the benchmarks listed are those whose rationale cites it.
 */
export const SMF_RECOMMENDATIONS: readonly {
  readonly number: number;
  readonly text: string;
  readonly benchmarks: readonly string[];
}[] = [
  {
    number: 1,
    text: "Broaden CQC's well-led assessment to review management practices, training and leadership pipelines in detail.",
    benchmarks: ["LM-01", "LM-02", "LM-09", "LM-10", "LM-11", "LM-16", "LM-17", "LM-29", "LM-39"],
  },
  {
    number: 2,
    text: "Establish benchmarks for judging good leadership and management that CQC can use for well-led.",
    benchmarks: ["LM-01", "LM-02", "LM-05", "LM-16", "LM-39"],
  },
  {
    number: 3,
    text: "Mandate in-work leadership and management training across the NHS, primary care included.",
    benchmarks: ["LM-08"],
  },
  {
    number: 4,
    text: "NHS England to set a compulsory national excellence framework of minimum in-work leadership and management training.",
    benchmarks: ["LM-08", "LM-09"],
  },
  {
    number: 5,
    text: "Pilot workplace democracy in under-performing trusts.",
    benchmarks: ["LM-37"],
  },
];

/** Every well-led rule-set file, parsed, oldest version first. */
export function loadCatalogueRuleSets(): RuleSet[] {
  return readdirSync(RULES)
    .filter((name) => name.endsWith(".json") && !name.endsWith(".cases.json"))
    .map((name) => name.slice(0, -".json".length))
    .filter((version) => semverValid(version) === version)
    .sort(semverCompare)
    .map((version) =>
      parseRuleSet(JSON.parse(readFileSync(join(RULES, `${version}.json`), "utf8"))),
    );
}

// ---------------------------------------------------------------------------------------------
// Words

const LEVELS = [
  ["exceptional", "Exceptional (4)"],
  ["good", "Good (3)"],
  ["some-shortfalls", "Some shortfalls (2)"],
] as const;

const longDate = formatDate;

const words = (code: string) => code.replaceAll("-", " ");
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** Escapes text for a Markdown table cell or paragraph. */
const md = (text: string) => text.replace(/[\\|*_<[\]]/g, "\\$&");
const code = (text: string) => `\`${text.replaceAll("`", "'")}\``;

function joinList(items: readonly string[], conjunction = "and"): string {
  return items.length <= 1
    ? (items[0] ?? "")
    : `${items.slice(0, -1).join(", ")} ${conjunction} ${items.at(-1)}`;
}

/** Sets every declared field to NaN, so a threshold worked out from other fields reads as a phrase rather than a number. */
function blankData(ruleSet: RuleSet): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const path of Object.keys(ruleSet.evidence)) {
    const parts = path.split(".");
    let node = data;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = Number.NaN;
  }
  return data;
}

function lookupFor(ruleSet: RuleSet) {
  return (path: string) =>
    Object.hasOwn(ruleSet.evidence, path) || path === "organisation.type"
      ? describeField(path, ruleSet.evidence[path])
      : undefined;
}

/** A condition in words ("at least 95% of line managers with …"), or as a formula when it cannot be worded faithfully. */
function conditionText(ruleSet: RuleSet, logic: unknown, mode: "needs" | "with"): string {
  const requirement = analyseCondition(logic, lookupFor(ruleSet));
  const text =
    requirement === null
      ? null
      : renderRequirement(requirement, { data: blankData(ruleSet), short: false, mode });
  return text === null ? code(logicText(logic)) : md(text);
}

/** "Acute, mental health, community and ambulance organisations" and any condition on evidence. */
function appliesText(ruleSet: RuleSet, b: Benchmark): string {
  if (b.appliesTo === undefined) return "every organisation type";
  const logic = b.appliesTo as Record<string, unknown>;
  const parts = Array.isArray(logic.and) ? (logic.and as unknown[]) : [logic];
  const onType = parts.filter((p) => pathsRead(p).every((path) => path === "organisation.type"));
  const onEvidence = parts.filter((p) => !onType.includes(p));
  const types = organisationTypes(ruleSet);
  const run = compileLogic({ and: onType });
  const applicable = types.filter((type) => truthy(run({ organisation: { type } })));
  const excluded = types.filter((type) => !applicable.includes(type));
  let text = `${joinList(applicable.map(words))} organisations`;
  if (onType.length > 0 && excluded.length > 0)
    text += ` (not ${joinList(excluded.map(words), "or")})`;
  if (onEvidence.length > 0)
    text += ` with ${conditionText(ruleSet, onEvidence.length === 1 ? onEvidence[0] : { and: onEvidence }, "with")}`;
  return text;
}

function flags(b: Benchmark): string {
  const status =
    b.status === "pilot"
      ? "Pilot: reported, never scored"
      : b.status === "deprecated"
        ? "Deprecated: still scored, flagged"
        : "Active";
  const gate =
    b.gate === true
      ? "gate: significant shortfalls here score its quality statement 1"
      : "not a gate";
  return `${status} · weight ${b.weight ?? 1} · ${gate}`;
}

function sourceLine(ruleSet: RuleSet, id: string): string {
  const s = (ruleSet.sources ?? []).find((x) => x.id === id);
  if (s === undefined) return `- ${code(id)}`;
  const title = s.url ? `[${md(s.title)}](${s.url})` : md(s.title);
  const details = [s.publisher && md(s.publisher), s.published && longDate(s.published)].filter(
    Boolean,
  );
  return `- ${title}${details.length > 0 ? `. ${details.join(", ")}` : ""}.`;
}

// ---------------------------------------------------------------------------------------------
// Sections

function anchor(ruleSet: RuleSet, id?: string): string {
  return `${ruleSet.id}-${ruleSet.version.replaceAll(".", "-")}${id === undefined ? "" : `-${id.toLowerCase()}`}`;
}

function changeAnchor(older: RuleSet, newer: RuleSet): string {
  return `from-${anchor(older)}-to-${newer.version.replaceAll(".", "-")}`;
}

function benchmarkSection(ruleSet: RuleSet, b: Benchmark): string[] {
  const fields = b.requires ?? [...new Set(Object.values(b.levels).flatMap((l) => pathsRead(l)))];
  const labels = fields.map((p) => md(ruleSet.evidence[p]?.label ?? p));
  const rows = LEVELS.flatMap(([level, name]) => {
    const logic = b.levels[level];
    return logic === undefined
      ? []
      : [`- **${name}** needs ${conditionText(ruleSet, logic, "needs")}.`];
  });
  const onlyGood = b.levels["some-shortfalls"] === undefined && b.levels.exceptional === undefined;
  return [
    `<a id="${anchor(ruleSet, b.id)}"></a>`,
    "",
    `#### ${b.id} ${md(b.title)}`,
    "",
    `${flags(b)}. Applies to ${appliesText(ruleSet, b)}.`,
    "",
    ...(b.description ? [md(b.description), ""] : []),
    ...rows,
    `- **Significant shortfalls (1)** when ${onlyGood ? "good is not met" : "none of the levels above is met"}.`,
    `- **Not evidenced** when any of these is missing: ${labels.join("; ")}.`,
    ...(b.appliesTo === undefined ? [] : ["- **Not applicable** to any other organisation."]),
    "",
    ...(b.rationale ? [`**Rationale.** ${md(b.rationale)}`, ""] : []),
    "**Sources.**",
    "",
    ...(b.sources ?? []).map((id) => sourceLine(ruleSet, id)),
    "",
  ];
}

function scoringSection(ruleSet: RuleSet): string[] {
  const s = resolveScoring(ruleSet);
  const { outstanding, good } = s.bands;
  const ri = s.bands["requires-improvement"];
  const rounding =
    s.rounding === "half-up"
      ? "rounded half up to a whole percent"
      : "rounded down to a whole percent";
  return [
    "### How it is scored",
    "",
    s.model === "statement"
      ? `Each benchmark scores 4 (exceptional), 3 (good), 2 (some shortfalls) or 1 (significant shortfalls). A quality statement's percent is its benchmarks' weighted scores out of the maximum, ${rounding}, and its score is banded as below; a gate benchmark at significant shortfalls scores its statement 1. ${s.minScoredPerDomain <= 1 ? "A statement with no scored benchmark" : `A statement with fewer than ${s.minScoredPerDomain} scored benchmarks`} is not assessed. The key question's percent is the assessed statements' scores out of 4 each, ${rounding}, banded the same way.`
      : `The overall percent is every scored benchmark's weighted score out of the maximum, ${rounding}, banded as below.`,
    "",
    s.missingEvidence === "not-evidenced"
      ? "Missing evidence never passes a threshold: a benchmark missing any evidence it needs is not evidenced and left out of the score. Pilot benchmarks are reported but never scored. If no statement can be assessed, the rating is insufficient evidence and no limit applies."
      : "Missing evidence never passes a threshold: a benchmark missing any evidence it needs scores 1. Pilot benchmarks are reported but never scored.",
    "",
    "| Rating | Percent |",
    "|---|---|",
    `| Outstanding | ${outstanding}% or more |`,
    `| Good | ${good}% to ${outstanding - 1}% |`,
    `| Requires improvement | ${ri}% to ${good - 1}% |`,
    `| Inadequate | below ${ri}% |`,
    "",
    "### Limits",
    "",
    "Every limit that holds is reported; the rating becomes the lowest cap among them if that is below the banded rating. Conditions read the judgement's summary: `counts.1` is the number of assessed statements scoring 1 (`counts.2` scoring 2), `evidence.…` an evidence field.",
    "",
    "| Limit | Holds when | Rating at most | Why |",
    "|---|---|---|---|",
    ...s.limits.map(
      (l) =>
        `| ${code(l.id)} | ${code(logicText(l.when))} | ${capitalise(words(l.capAt))} | ${md(l.reason)} |`,
    ),
    "",
  ];
}

function versionSection(ruleSet: RuleSet): string[] {
  const e = ruleSet.effective;
  const effective =
    e === undefined
      ? "no effective dates"
      : `in force from ${longDate(e.from)}${e.until ? ` until ${longDate(e.until)} (exclusive)` : ", with no end date"}`;
  const pilots = ruleSet.benchmarks.filter((b) => b.status === "pilot").length;
  const counts = `${ruleSet.domains.length} quality statements, ${ruleSet.benchmarks.length} benchmarks${pilots === 0 ? "" : ` (${pilots} of them pilots)`}`;
  const out = [
    `<a id="${anchor(ruleSet)}"></a>`,
    "",
    `## ${ruleSet.id} ${ruleSet.version}`,
    "",
    `*${md(ruleSet.title)}*`,
    "",
    `Status **${ruleSet.status}**, ${effective}. ${counts}. Organisation types: ${joinList(organisationTypes(ruleSet).map(words))}. Content hash ${code(hashRuleSet(ruleSet))}.`,
    "",
    ...(ruleSet.description ? [md(ruleSet.description), ""] : []),
    ...scoringSection(ruleSet),
  ];
  for (const domain of ruleSet.domains) {
    const members = ruleSet.benchmarks.filter((b) => b.domain === domain.id);
    out.push(`### ${md(domain.title)} (${code(domain.id)})`, "");
    if (domain.description) out.push(md(domain.description), "");
    out.push(
      `Benchmarks: ${members.map((b) => `[${b.id}](#${anchor(ruleSet, b.id)})`).join(", ")}.`,
      "",
    );
    for (const b of members) out.push(...benchmarkSection(ruleSet, b));
  }
  out.push(
    `### Sources of ${ruleSet.id} ${ruleSet.version}`,
    "",
    "Every source the benchmarks cite, with what the rule set takes from it and how far it was checked.",
    "",
  );
  for (const source of ruleSet.sources ?? [])
    out.push(`${sourceLine(ruleSet, source.id)}${source.note ? ` ${md(source.note)}` : ""}`);
  out.push("");
  return out;
}

/** "2.0.0 keeps every 1.0.0 benchmark unchanged", or what it changes and removes. */
function keptText(diff: ReturnType<typeof diffRuleSets>, from: string, to: string): string {
  const { changed, removed } = diff.benchmarks;
  if (changed.length === 0 && removed.length === 0)
    return `${to} keeps every ${from} benchmark unchanged`;
  const parts = [
    ...(changed.length > 0 ? [`changes ${joinList(changed.map((b) => b.id))}`] : []),
    ...(removed.length > 0 ? [`removes ${joinList(removed.map((b) => b.id))}`] : []),
  ];
  return `${to} ${parts.join(", ")}`;
}

function changeSection(older: RuleSet, newer: RuleSet): string[] {
  const diff = diffRuleSets(older, newer);
  const added = diff.benchmarks.added;
  // The section heading replaces the report's own title line; its other headings move down a level.
  const demoted = formatDiff(diff, "markdown")
    .trimEnd()
    .split("\n")
    .filter((line) => !line.startsWith("## "))
    .map((line) => (line.startsWith("#") ? `#${line}` : line));
  const out = [
    `<a id="${changeAnchor(older, newer)}"></a>`,
    "",
    `## From ${older.version} to ${newer.version}: the SMF proposal as a change set`,
    "",
    `${keptText(diff, older.version, newer.version)} and adds ${added.length} benchmark${added.length === 1 ? "" : "s"} (${added.filter((b) => b.scored).length} scored, ${added.filter((b) => !b.scored).length} pilot). The change set below is what ${code(`well-led diff ${older.id}@${older.version} ${newer.id}@${newer.version}`)} prints (${code("diffRuleSets")} and ${code('formatDiff(diff, "markdown")')}).`,
    "",
    ...demoted,
    "",
  ];
  if (newer.version === "2.0.0") {
    const byId = new Map(newer.benchmarks.map((b) => [b.id, b]));
    out.push(
      "### SMF recommendations and the benchmarks that implement them",
      "",
      'The recommendations of "A picture of health?" (Social Market Foundation with the Chartered Management Institute, 3 July 2023), each with the 2.0.0 benchmarks whose rationale cites it.',
      "",
      "| Recommendation | Benchmarks |",
      "|---|---|",
      ...SMF_RECOMMENDATIONS.map(({ number, text, benchmarks }) => {
        const list = benchmarks.map((id) => {
          const b = byId.get(id);
          const pilot = b?.status === "pilot" && !/pilot/i.test(b.title) ? " (pilot)" : "";
          return `[${id}](#${anchor(newer, id)}) ${md(b?.title ?? "(missing)")}${pilot}`;
        });
        return `| ${number}. ${md(text)} | ${list.join("<br>")} |`;
      }),
      "",
      "Recommendation 2 is also answered by the rule set as a whole: every benchmark in it is a measurable standard CQC could use for well-led.",
      "",
    );
  }
  return out;
}

/** The text of docs/benchmarks.md for these rule sets (oldest first). */
export function renderCatalogue(ruleSets: readonly RuleSet[]): string {
  const out = [
    "# Benchmark catalogue",
    "",
    "<!-- Generated by scripts/generate-catalogue.ts from rules/well-led/*.json; do not edit. Run `npx tsx scripts/generate-catalogue.ts`. -->",
    "",
    "Every benchmark of every version of the built-in `well-led` rule set: what it measures, what each level needs, why, and where the figures come from. Each benchmark's levels are tried from the top; the first one met gives the outcome, and if none is met the outcome is significant shortfalls. Thresholds marked as design choices in a rationale are this project's, not published regulation.",
    "",
    "Versions:",
    "",
    ...ruleSets.map((r) => `- [${r.id} ${r.version}](#${anchor(r)}): ${md(r.title)} (${r.status})`),
    ...ruleSets
      .slice(1)
      .map(
        (r, i) =>
          `- [From ${ruleSets[i]!.version} to ${r.version}](#${changeAnchor(ruleSets[i]!, r)}): the changes, and the SMF recommendations they implement`,
      ),
    "",
  ];
  for (const ruleSet of ruleSets) out.push(...versionSection(ruleSet));
  for (let i = 1; i < ruleSets.length; i++)
    out.push(...changeSection(ruleSets[i - 1]!, ruleSets[i]!));
  return `${out
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trimEnd()}\n`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeFileSync(CATALOGUE, renderCatalogue(loadCatalogueRuleSets()));
  console.log(`wrote ${CATALOGUE}`);
}
