import { compareText } from "./_compare-words.js";
import type { Comparison, FieldInfo, FieldKind } from "./_field.js";
import { formatLoose, formatNumber, isMissing, NOT_PROVIDED } from "./_format.js";
import { singularUnit, withArticle, withThe } from "./_words.js";

type Phrasing = Omit<FieldInfo, "path" | "segments" | "label" | "type">;
type NumericType = "percent" | "number" | "integer" | "count";

const MEASURE_WORDS = new Set(
  "score sub-score subscore median mean average rate ratio index percentage proportion share gap level total age reduction increase decrease change growth figure value rating count number year time duration length spend cost budget margin surplus deficit headcount turnover balance".split(
    " ",
  ),
);
const HEAD_BREAK =
  / (?:of|who|with|for|that|between|in|on|to|from|per|across|among|by|against|at|since) /;
const POPULATION = /^((?:\S+ ){0,2}\S+) (with|who) (.+)$/;
const NOT_A_POPULATION = /(ed|ing)$|^(line|along|together|compliant|comply|in|on|of)$/;
const SINCE = /^(?:the )?(time|months|days|weeks|years) since (.+)$/i;
const CLAUSE = / (?:was|were|is|are|has|have|had) /;
const FREQUENCY = /^(?:a|an|per|each|every) \S/;

/** The last word of a label's head noun phrase ("management practice score for x" → "score"). */
function headWord(label: string): string {
  const head = label.split(HEAD_BREAK)[0] ?? label;
  const word = (head.split(" ").pop() ?? "").toLowerCase();
  return MEASURE_WORDS.has(word) ? word : (word.split("-").pop() ?? word);
}

/** Unit formatting shared by every numeric kind. */
function units(type: NumericType, unit: string | undefined) {
  const percent = type === "percent" || unit === "%";
  const outOf = unit === undefined ? null : /^(?:points? )?out of (\S+)$/.exec(unit);
  const format = (value: unknown): string => {
    if (isMissing(value)) return NOT_PROVIDED;
    if (typeof value !== "number") return formatLoose(value);
    const n = formatNumber(value);
    if (percent) return `${n}%`;
    if (outOf !== null) return `${n} out of ${outOf[1]}`;
    if (unit === undefined) return n;
    return `${n} ${value === 1 ? singularUnit(unit) : unit}`;
  };
  const brief = (value: unknown): string =>
    outOf !== null && typeof value === "number" ? formatNumber(value) : format(value);
  const delta = (value: number): string => {
    const n = formatNumber(value);
    const one = value === 1;
    if (percent) return `${n} percentage point${one ? "" : "s"}`;
    if (outOf !== null || unit?.startsWith("point")) return `${n} point${one ? "" : "s"}`;
    return format(value);
  };
  return { format, brief, delta };
}

function classify(label: string, type: NumericType, unit: string | undefined): FieldKind {
  if (SINCE.test(label) && (unit !== undefined || !/^(?:the )?time/i.test(label))) return "since";
  if (MEASURE_WORDS.has(headWord(label))) return "measure";
  if (type === "percent") {
    const match = POPULATION.exec(label);
    const last = match?.[1]?.split(" ").pop() ?? "";
    return match !== null && !NOT_A_POPULATION.test(last) ? "population" : "share";
  }
  if (unit === undefined || unit === "%") return type === "number" ? "amount" : "count";
  const noun = (unit.split(" ")[0] ?? "").toLowerCase();
  const stem = noun.replace(/s$/, "");
  return stem.length > 1 && label.toLowerCase().includes(stem) ? "count" : "amount";
}

/** Phrasing of percent, number, integer and count fields. */
export function numericPhrasing(
  label: string,
  type: NumericType,
  unit: string | undefined,
): Phrasing {
  const since = SINCE.exec(label);
  const kind = classify(label, type, unit);
  const sinceUnit = unit ?? since?.[1]?.toLowerCase();
  const { format, brief, delta } = units(type, kind === "since" ? sinceUnit : unit);
  const missingClause = `no figure was provided for ${label}`;
  const missing = (v: unknown) => (isMissing(v) ? missingClause : `${label}: ${formatLoose(v)}`);
  const common = { numeric: true, format, brief, delta };
  const text = (values: readonly number[]) => values.map(format);

  switch (kind) {
    case "population": {
      const [, people = "", link, rest = ""] = POPULATION.exec(label) ?? [];
      const verb = link === "with" ? `have ${rest}` : rest;
      return {
        ...common,
        kind,
        observe: (v) => {
          if (typeof v !== "number") return missing(v);
          if (v === 100) return `all ${people} ${verb} (100%)`;
          if (v === 0) return `no ${people} ${verb} (0%)`;
          return `${format(v)} of ${people} ${verb}`;
        },
        subject: `the share of ${label}`,
        literalNeed: (op, values) =>
          op === "!=" ? undefined : `${compareText(op, text(values), "number")} of ${label}`,
      };
    }
    case "share":
      return {
        ...common,
        kind,
        observe: (v) =>
          typeof v === "number" ? `the share of ${label} is ${format(v)}` : missing(v),
        subject: `the share of ${label}`,
        literalNeed: (op, values) =>
          op === "!=" ? undefined : `${compareText(op, text(values), "number")} of ${label}`,
      };
    case "since": {
      const what = since?.[2] ?? label;
      const clause = CLAUSE.test(` ${what} `);
      return {
        ...common,
        kind,
        observe: (v) => {
          if (typeof v !== "number") return missing(v);
          const ago =
            v === 0 && sinceUnit !== undefined
              ? `less than ${withArticle(singularUnit(sinceUnit))} ago`
              : `${format(v)} ago`;
          return clause ? `${what} ${ago}` : `${withThe(what)} was ${ago}`;
        },
        subject: /^(?:the )?time since/i.test(label) ? withThe(label) : `the time since ${what}`,
        literalNeed: (op, values) => {
          if (!clause) return sinceNeed(withThe(what), op, values, format);
          const last = /^(.+?) (?:was|were) last (.+)$/.exec(what);
          return last === null ? undefined : sinceNeed(`${last[1]} ${last[2]}`, op, values, format);
        },
      };
    }
    case "count": {
      const rest = unit === undefined ? "" : unit.split(" ").slice(1).join(" ");
      const covered = rest !== "" && label.includes(rest.split(" ").slice(0, 2).join(" "));
      const tail = FREQUENCY.test(rest) && !covered ? ` ${rest}` : "";
      return {
        ...common,
        kind,
        observe: (v) =>
          typeof v === "number"
            ? `the number of ${label} is ${formatNumber(v)}${tail}`
            : missing(v),
        subject: `the number of ${label}`,
        literalNeed: (op, values) => countNeed(`${label}${tail}`, op, values),
      };
    }
    default:
      return {
        ...common,
        kind,
        observe: (v) => (typeof v === "number" ? `${withThe(label)} is ${format(v)}` : missing(v)),
        subject: kind === "measure" ? withThe(label) : label,
      };
  }
}

function countNeed(things: string, op: Comparison, values: readonly number[]): string | undefined {
  const [a = 0, b = 0] = values;
  if ((op === "==" || op === "<=") && a === 0) return `no ${things}`;
  if (op === "<" && a === 1) return `no ${things}`;
  if ((op === ">=" && a === 1) || (op === ">" && a === 0)) return `one or more ${things}`;
  if (op === "!=") return undefined;
  const numbers = op === "between" || op === "strictly-between" ? [a, b] : [a];
  return `${compareText(
    op,
    numbers.map((n) => formatNumber(n)),
    "count",
  )} ${things}`;
}

function sinceNeed(
  what: string,
  op: Comparison,
  values: readonly number[],
  format: (v: unknown) => string,
): string | undefined {
  const [a = 0, b = 0] = values;
  switch (op) {
    case "<=":
      return `${what} within the last ${format(a)}`;
    case "<":
      return `${what} less than ${format(a)} ago`;
    case ">=":
      return `${what} at least ${format(a)} ago`;
    case ">":
      return `${what} more than ${format(a)} ago`;
    case "==":
      return `${what} exactly ${format(a)} ago`;
    case "between":
      return `${what} between ${formatNumber(a)} and ${format(b)} ago`;
    default:
      return undefined;
  }
}
