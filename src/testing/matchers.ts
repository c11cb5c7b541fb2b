import type { Judgement, JudgementRating } from "../evaluate/index.js";
import type { Outcome } from "../format/schema.js";

/** What a matcher returns, in the shape Vitest and Jest expect. */
export interface MatcherResult {
  /** Whether the assertion held (before `.not` is applied). */
  pass: boolean;
  /** The failure message, quoting the benchmark's summary or the limit's reason. */
  message: () => string;
  /** What the judgement has, for the runner's diff. */
  actual?: unknown;
  /** What the assertion expected, for the runner's diff. */
  expected?: unknown;
}

interface MatcherContext {
  readonly isNot?: boolean;
}

function isJudgement(value: unknown): value is Judgement {
  return (
    typeof value === "object" &&
    value !== null &&
    Array.isArray((value as Judgement).benchmarks) &&
    Array.isArray((value as Judgement).domains) &&
    typeof (value as Judgement).rating === "string"
  );
}

/** Misuse is thrown rather than failed, so that `.not` cannot turn it into a pass. */
function assertJudgement(name: string, value: unknown): asserts value is Judgement {
  if (!isJudgement(value))
    throw new TypeError(
      `${name} expects a judgement returned by evaluate(), got ${describeValue(value)}`,
    );
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object that is not a judgement" : typeof value;
}

function percentText(percent: number | null): string {
  return percent === null ? "no percent" : `${percent}%`;
}

function expected(ctx: MatcherContext, what: string): string {
  return `expected the judgement ${ctx.isNot ? "not " : ""}${what}`;
}

function limitsLine(j: Judgement): string {
  return j.limits.length === 0
    ? "no limits applied"
    : `limits: ${j.limits.map((l) => `${l.id} (${l.reason})`).join("; ")}`;
}

/**
 * Custom matchers for judgements, for `expect.extend(wellLedMatchers)` in Vitest or Jest.
 * Failure messages quote the summary of the benchmark or the reason of the limit concerned.
 * Misuse throws instead of failing, so `.not` cannot hide it: a value that is not a judgement,
 * or a benchmark or domain id the judgement does not have.
 *
 * @example
 * ```ts
 * import { expect } from "vitest";
 * import { wellLedMatchers } from "well-led/testing";
 * expect.extend(wellLedMatchers);
 * expect(judgement).toHaveBenchmarkOutcome("LM-01", "good");
 * ```
 */
export const wellLedMatchers = {
  /** Passes when the judgement's rating (after limits) is `rating`. */
  toHaveRating(this: MatcherContext, received: unknown, rating: JudgementRating): MatcherResult {
    assertJudgement("toHaveRating", received);
    const pass = received.rating === rating;
    return {
      pass,
      actual: received.rating,
      expected: rating,
      message: () =>
        `${expected(this, `to have rating ${rating}`)}, but it is ${received.rating} (${percentText(received.percent)}, banded ${received.bandedRating}; ${limitsLine(received)})`,
    };
  },
  /** Passes when benchmark `id` has outcome `outcome`. */
  toHaveBenchmarkOutcome(
    this: MatcherContext,
    received: unknown,
    id: string,
    outcome: Outcome,
  ): MatcherResult {
    assertJudgement("toHaveBenchmarkOutcome", received);
    const result = received.benchmarks.find((b) => b.id === id);
    if (result === undefined)
      throw new Error(
        `toHaveBenchmarkOutcome: the judgement has no benchmark ${id} (rule set ${received.ruleSet.id}@${received.ruleSet.version})`,
      );
    return {
      pass: result.outcome === outcome,
      actual: result.outcome,
      expected: outcome,
      message: () =>
        `${expected(this, `to have ${id} ${outcome}`)}, but it is ${result.outcome}: ${result.summary}`,
    };
  },
  /** Passes when domain `id` has score `score` (null: not assessed). */
  toHaveDomainScore(
    this: MatcherContext,
    received: unknown,
    id: string,
    score: number | null,
  ): MatcherResult {
    assertJudgement("toHaveDomainScore", received);
    const domain = received.domains.find((d) => d.id === id);
    if (domain === undefined)
      throw new Error(
        `toHaveDomainScore: the judgement has no domain ${id} (rule set ${received.ruleSet.id}@${received.ruleSet.version})`,
      );
    const lines = received.benchmarks
      .filter((b) => b.domain === id)
      .map((b) => `  ${b.id} ${b.outcome}: ${b.summary}`)
      .join("\n");
    return {
      pass: domain.score === score,
      actual: domain.score,
      expected: score,
      message: () =>
        `${expected(this, score === null ? `to leave ${id} not assessed` : `to score ${score} on ${id}`)}, but ${domain.score === null ? "it was not assessed" : `it scored ${domain.score} (${percentText(domain.percent)}${domain.gated ? ", gated" : ""})`}:\n${lines}`,
    };
  },
  /** Passes when limit `limitId` applied to the judgement. */
  toBeCappedBy(this: MatcherContext, received: unknown, limitId: string): MatcherResult {
    assertJudgement("toBeCappedBy", received);
    const limit = received.limits.find((l) => l.id === limitId);
    return {
      pass: limit !== undefined,
      actual: received.limits.map((l) => l.id),
      expected: limitId,
      message: () =>
        limit
          ? `${expected(this, `to be capped by ${limitId}`)}, but it was: ${limit.reason} (capped at ${limit.capAt})`
          : `${expected(this, `to be capped by ${limitId}`)}, but ${received.limits.length === 0 ? "no limit applied" : `only ${limitsLine(received).slice("limits: ".length)} applied`} (rating ${received.rating}, ${percentText(received.percent)})`,
    };
  },
};

/**
 * The matchers' types, for augmenting your test runner's `Assertion` interface:
 * `declare module "vitest" { interface Assertion<T> extends WellLedMatchers<T> {} }`.
 */
export interface WellLedMatchers<R = unknown> {
  /** Asserts the judgement's rating after limits. */
  toHaveRating(rating: JudgementRating): R;
  /** Asserts one benchmark's outcome. */
  toHaveBenchmarkOutcome(id: string, outcome: Outcome): R;
  /** Asserts one domain's score (null: not assessed). */
  toHaveDomainScore(id: string, score: number | null): R;
  /** Asserts that a limit applied. */
  toBeCappedBy(limitId: string): R;
}
