import type { JudgementRating } from "../evaluate/index.js";
import type { Outcome } from "../format/schema.js";

const RATING_LABELS: Record<JudgementRating, string> = {
  outstanding: "Outstanding",
  good: "Good",
  "requires-improvement": "Requires improvement",
  inadequate: "Inadequate",
  "insufficient-evidence": "Insufficient evidence",
};

const OUTCOME_LABELS: Record<Outcome, string> = {
  exceptional: "Exceptional",
  good: "Good",
  "some-shortfalls": "Some shortfalls",
  "significant-shortfalls": "Significant shortfalls",
  "not-applicable": "Not applicable",
  "not-evidenced": "Not evidenced",
};

const SCORE_LABELS = [
  "significant shortfalls",
  "some shortfalls",
  "good standard",
  "exceptional standard",
];

const WARNING_LABELS: Record<string, string> = {
  "stale-evidence": "stale evidence",
  "unknown-evidence": "unknown evidence field",
  "unknown-field": "unknown field",
  "unknown-provenance": "provenance for an unknown field",
  "provenance-after-as-of": "collected after the judgement date",
  "deprecated-benchmark": "deprecated benchmark",
};

/** Turns an unknown kebab-case code into words, so a newer judgement still reads sensibly. */
function humanise(code: string): string {
  const words = code.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Writes a rating code as a report shows it: capitalised words, as CQC writes ratings.
 *
 * @example
 * ```ts
 * ratingLabel("requires-improvement"); // "Requires improvement"
 * ```
 */
export function ratingLabel(rating: JudgementRating): string {
  return Object.hasOwn(RATING_LABELS, rating) ? RATING_LABELS[rating] : humanise(rating);
}

/**
 * Writes a benchmark outcome code as capitalised words.
 *
 * @example
 * ```ts
 * outcomeLabel("not-evidenced"); // "Not evidenced"
 * ```
 */
export function outcomeLabel(outcome: Outcome): string {
  return Object.hasOwn(OUTCOME_LABELS, outcome) ? OUTCOME_LABELS[outcome] : humanise(outcome);
}

/**
 * Describes a score on CQC's 1–4 scale in lower-case words; `null` (not assessed or not scored)
 * reads "not assessed".
 *
 * @example
 * ```ts
 * scoreLabel(2); // "some shortfalls"
 * scoreLabel(4); // "exceptional standard"
 * ```
 */
export function scoreLabel(score: number | null): string {
  if (score === null) return "not assessed";
  return SCORE_LABELS[score - 1] ?? `score ${score}`;
}

/**
 * Describes a warning code in lower-case words, e.g. `stale-evidence` → "stale evidence".
 *
 * @example
 * ```ts
 * warningLabel("unknown-evidence"); // "unknown evidence field"
 * ```
 */
export function warningLabel(code: string): string {
  return Object.hasOwn(WARNING_LABELS, code) ? WARNING_LABELS[code]! : humanise(code).toLowerCase();
}

/**
 * Writes a percent for a report: `59%`, or an em dash when there is none.
 *
 * @example
 * ```ts
 * percentLabel(null); // "—"
 * ```
 */
export function percentLabel(percent: number | null): string {
  return percent === null ? "—" : `${percent}%`;
}

/**
 * Shortens a `sha256:<hex>` content hash to its first 12 hex digits for display; the full hash
 * stays in JSON and CSV output.
 *
 * @example
 * ```ts
 * shortHash("sha256:9f86d081884c7d65..."); // "sha256:9f86d081884c"
 * ```
 */
export function shortHash(hash: string): string {
  const match = /^([a-z0-9-]+:)?([0-9a-f]+)$/i.exec(hash);
  if (!match) return hash;
  return `${match[1] ?? ""}${(match[2] ?? "").slice(0, 12)}`;
}
