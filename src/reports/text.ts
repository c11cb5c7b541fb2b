import type {
  BenchmarkResult,
  DomainResult,
  Judgement,
  JudgementRating,
} from "../evaluate/index.js";
import type { Outcome } from "../format/schema.js";
import {
  benchmarkNote,
  capSentence,
  coverageSentence,
  domainScoreText,
  GATED_NOTE,
  groupBenchmarks,
  organisationDetails,
  organisationName,
  otherLimitsSentence,
  ratingSentence,
  ruleSetName,
} from "./_describe.js";
import { visibleWidth, wrap } from "./_wrap.js";
import { outcomeLabel, percentLabel, shortHash, warningLabel } from "./labels.js";

/** Options of {@link formatText}. */
export interface TextOptions {
  /** Use ANSI colours and bold headings (default false); the caller decides, e.g. from TTY and NO_COLOR. */
  readonly color?: boolean | undefined;
  /** Wrap lines to this many columns (default 100, at least 40). */
  readonly width?: number | undefined;
}

type Paint = (code: number, text: string) => string;
type Tone = 31 | 32 | 33 | 0;
const BOLD = 1;

const MARKERS: Record<Outcome, [string, Tone]> = {
  exceptional: ["★", 32],
  good: ["✓", 32],
  "some-shortfalls": ["!", 33],
  "significant-shortfalls": ["✗", 31],
  "not-applicable": ["–", 0],
  "not-evidenced": ["?", 0],
};

const RATING_TONES: Record<JudgementRating, Tone> = {
  outstanding: 32,
  good: 32,
  "requires-improvement": 33,
  inadequate: 31,
  "insufficient-evidence": 0,
};

const SCORE_TONES: readonly Tone[] = [31, 33, 32, 32];
const LABEL_WIDTH = 14;

function painter(color: boolean): Paint {
  if (!color) return (_code, text) => text;
  return (code, text) => {
    if (code === 0) return text;
    const end = code === BOLD ? 22 : 39;
    return `\u001b[${code}m${text}\u001b[${end}m`;
  };
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - visibleWidth(text)));
}

function header(judgement: Judgement, paint: Paint, width: number): string[] {
  const row = (label: string, value: string) =>
    wrap(value, width, padEnd(`${label}`, LABEL_WIDTH), " ".repeat(LABEL_WIDTH));
  const notes = [capSentence(judgement), otherLimitsSentence(judgement)]
    .filter((note) => note !== null)
    .flatMap((note) => wrap(note, width, " ".repeat(LABEL_WIDTH)));
  const rating = row(
    "Rating",
    paint(BOLD, paint(RATING_TONES[judgement.rating] ?? 0, ratingSentence(judgement))),
  );
  const { hash } = judgement.ruleSet;
  return [
    ...wrap(paint(BOLD, organisationName(judgement)), width),
    ...row("Organisation", organisationDetails(judgement)),
    "",
    ...rating,
    ...notes,
    ...row("Rule set", `${ruleSetName(judgement)} (${shortHash(hash)})`),
    ...row("As of", judgement.asOf),
    ...row("Coverage", coverageSentence(judgement)),
  ];
}

function domainLines(domains: readonly DomainResult[], paint: Paint, width: number): string[] {
  const scoreWidth = Math.max(...domains.map((d) => domainScoreText(d).length));
  const room = width - 2 - 2 - scoreWidth - 2 - 4;
  const titleWidth = Math.min(Math.max(...domains.map((d) => visibleWidth(d.title))), room);
  const stacked = titleWidth < 16;
  const under = stacked ? "    " : " ".repeat(2 + titleWidth + 2);
  return domains.flatMap((domain) => {
    const tone = domain.score === null ? 0 : (SCORE_TONES[domain.score - 1] ?? 0);
    const score = paint(tone, domainScoreText(domain));
    const percent = percentLabel(domain.percent);
    const gated = domain.gated ? wrap(GATED_NOTE, width, under) : [];
    if (stacked) {
      return [...wrap(domain.title, width, "  "), `${under}${score}, ${percent}`, ...gated];
    }
    const [first = "", ...more] = wrap(domain.title, titleWidth);
    return [
      `  ${padEnd(first, titleWidth)}  ${padEnd(score, scoreWidth)}  ${percent.padStart(4)}`,
      ...more.map((line) => `  ${line}`),
      ...gated,
    ];
  });
}

function benchmarkLines(
  benchmark: BenchmarkResult,
  idWidth: number,
  paint: Paint,
  width: number,
): string[] {
  const [symbol, tone] = MARKERS[benchmark.outcome] ?? ["·", 0];
  const note = benchmarkNote(benchmark);
  const outcome = paint(tone, outcomeLabel(benchmark.outcome).toLowerCase());
  const title = `${benchmark.title}: ${outcome}${note === null ? "" : ` (${note})`}`;
  const indent = " ".repeat(4 + 2 + idWidth + 2);
  return [
    ...wrap(title, width, `    ${paint(tone, symbol)} ${padEnd(benchmark.id, idWidth)}  `, indent),
    ...wrap(benchmark.summary, width, indent),
  ];
}

function section(title: string, paint: Paint, lines: readonly string[]): string[] {
  return lines.length === 0 ? [] : ["", paint(BOLD, title), ...lines];
}

/**
 * Writes a judgement as a plain-text summary for a terminal or an e-mail: who was judged, the
 * rating and what capped it, each domain's score, every benchmark with its outcome and
 * explanation grouped by domain, coverage and warnings. Lines are wrapped to `width` with a
 * hanging indent and never end in spaces; colour is off unless `color: true`.
 *
 * @example
 * ```ts
 * const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
 * console.log(formatText(judgement, { color: useColor, width: process.stdout.columns }));
 * ```
 */
export function formatText(judgement: Judgement, options: TextOptions = {}): string {
  const width = Math.max(40, Math.floor(options.width ?? 100));
  const paint = painter(options.color === true);
  const idWidth = Math.max(0, ...judgement.benchmarks.map((b) => visibleWidth(b.id)));
  const groups = groupBenchmarks(judgement).filter((g) => g.benchmarks.length > 0);
  const benchmarks = groups.flatMap((group, index) => [
    ...(index === 0 ? [] : [""]),
    ...wrap(group.title, width, "  "),
    ...group.benchmarks.flatMap((b) => benchmarkLines(b, idWidth, paint, width)),
  ]);
  const warnings = judgement.warnings.flatMap((w) =>
    wrap(
      `${w.path ? `${w.path}: ` : ""}${w.message} (${warningLabel(w.code)})`,
      width,
      "  - ",
      "    ",
    ),
  );
  const lines = [
    ...header(judgement, paint, width),
    ...section("Domains", paint, domainLines(judgement.domains, paint, width)),
    ...section("Benchmarks", paint, benchmarks),
    ...section(`Warnings (${judgement.warnings.length})`, paint, warnings),
  ];
  return `${lines.map((line) => line.trimEnd()).join("\n")}\n`;
}
