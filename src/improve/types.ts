import type { JudgementRating } from "../evaluate/judgement.js";
import type { Outcome, Rating } from "../format/schema.js";

/**
 * A value an evidence field can hold: a number, a boolean, an enum value, an ISO date or a string.
 *
 * @example
 * ```ts
 * const values: EvidenceValue[] = [95, true, "requires-improvement", "2024-11-01"];
 * ```
 */
export type EvidenceValue = string | number | boolean;

/**
 * Options of {@link suggestImprovements}: the rating to reach and, optionally, the date to judge at
 * (as for `evaluate`: the document's `asOf`, else today in UTC).
 *
 * @example
 * ```ts
 * const options: SuggestOptions = { target: "good", asOf: "2025-03-31" };
 * ```
 */
export interface SuggestOptions {
  /** The rating the plan must reach (or better). */
  readonly target: Rating;
  /** The date to judge at; overrides the document's `asOf`. */
  readonly asOf?: string | undefined;
}

/**
 * One change to one evidence field: `from` is the current value, or `null` when the evidence is
 * missing and the change provides it.
 *
 * @example
 * ```ts
 * const change: EvidenceChange = { path: "managers.withRoleTargetsPct", from: 81, to: 95 };
 * ```
 */
export interface EvidenceChange {
  readonly path: string;
  readonly from: EvidenceValue | null;
  readonly to: EvidenceValue;
}

/**
 * A benchmark whose outcome a step's changes also move, although the step is named after
 * another benchmark (the two needed the same field, so they were merged into one step).
 *
 * @example
 * ```ts
 * const moved: MergedBenchmark = { benchmark: "LM-06", title: "…", from: "some-shortfalls", to: "good" };
 * ```
 */
export interface MergedBenchmark {
  readonly benchmark: string;
  readonly title: string;
  readonly from: Outcome;
  readonly to: Outcome;
}

/**
 * A step that moves one benchmark to a better outcome: the evidence changes that make it, and
 * the benchmark's summary sentence at its new outcome (from re-evaluating with the whole plan).
 *
 * @example
 * ```ts
 * const step: BenchmarkStep = {
 *   kind: "benchmark", benchmark: "LM-01", title: "…", domain: "governance",
 *   from: "some-shortfalls", to: "good", cost: 0.14,
 *   changes: [{ path: "managers.withRoleTargetsPct", from: 81, to: 95 }],
 *   summary: "…", also: [],
 * };
 * ```
 */
export interface BenchmarkStep {
  readonly kind: "benchmark";
  readonly benchmark: string;
  readonly title: string;
  readonly domain: string;
  /** The outcome now (`not-evidenced` when the step provides missing evidence). */
  readonly from: Outcome;
  /** The outcome once every change of the plan is applied. */
  readonly to: Outcome;
  /** The size of the step's changes, each relative to its field's range (0–1 each); steps are ranked by it. */
  readonly cost: number;
  /** At least one change; no evidence path appears in two steps of a plan. */
  readonly changes: readonly EvidenceChange[];
  readonly summary: string;
  /** Other benchmarks these changes also move, merged into this step because they read the same fields. */
  readonly also: readonly MergedBenchmark[];
}

/**
 * A step that changes evidence only a limit reads (for example open warning notices), so that
 * the limit no longer caps the rating.
 *
 * @example
 * ```ts
 * const step: LimitStep = {
 *   kind: "limit", limit: "warning-notice", reason: "An open warning notice", capAt: "inadequate",
 *   cost: 1, changes: [{ path: "regulatory.openWarningNotices", from: 1, to: 0 }],
 * };
 * ```
 */
export interface LimitStep {
  readonly kind: "limit";
  readonly limit: string;
  readonly reason: string;
  readonly capAt: Rating;
  readonly cost: number;
  readonly changes: readonly EvidenceChange[];
}

/**
 * One step of an improvement plan: a benchmark level change, or (rarely) the clearing of a limit
 * that reads evidence no benchmark improved by the plan reads.
 *
 * @example
 * ```ts
 * for (const step of plan.steps) console.log(step.kind === "benchmark" ? step.benchmark : step.limit);
 * ```
 */
export type ImprovementStep = BenchmarkStep | LimitStep;

/**
 * A rating with its percent, as a judgement reports them (`insufficient-evidence` and a null
 * percent when no domain can be assessed).
 *
 * @example
 * ```ts
 * const now: RatingAndPercent = { rating: "requires-improvement", percent: 53 };
 * ```
 */
export interface RatingAndPercent {
  readonly rating: JudgementRating;
  readonly percent: number | null;
}

/**
 * What it would take to reach a target rating: the steps (cheapest first), the rating now and
 * the rating once every change is applied; or `reachable: false` and the reason.
 *
 * @example
 * ```ts
 * const plan: ImprovementPlan = suggestImprovements(ruleSet, input, { target: "good" });
 * if (!plan.reachable) console.log(plan.reason);
 * ```
 */
export interface ImprovementPlan {
  readonly target: Rating;
  readonly reachable: boolean;
  /** Why the target cannot be reached; present only when `reachable` is false. */
  readonly reason?: string;
  readonly current: RatingAndPercent;
  /** The judgement with every change applied (equal to `current` when there are no steps). */
  readonly projected: RatingAndPercent;
  readonly steps: readonly ImprovementStep[];
}
