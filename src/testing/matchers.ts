import type { Judgement } from "../evaluate/index.js";

/** What a matcher returns, in the shape Vitest and Jest expect. */
export interface MatcherResult {
  pass: boolean;
  message: () => string;
  actual?: unknown;
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

function notAJudgement(name: string): MatcherResult {
  return { pass: false, message: () => `${name} expects a judgement returned by evaluate()` };
}

function expected(ctx: MatcherContext, what: string): string {
  return `expected the judgement ${ctx.isNot ? "not " : ""}${what}`;
}

function limitsLine(j: Judgement): string {
  return j.limits.length === 0 ? "no limits applied" : `limits: ${j.limits.map((l) => `${l.id} (${l.reason})`).join("; ")}`;
}

/**
 * Custom matchers for judgements, for `expect.extend(wellLedMatchers)` in Vitest or Jest.
 * Failure messages quote the summary of the benchmark or the reason of the limit concerned.
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
  toHaveRating(this: MatcherContext, received: unknown, rating: string): MatcherResult {
    if (!isJudgement(received)) return notAJudgement("toHaveRating");
    const pass = received.rating === rating;
    return {
      pass,
      actual: received.rating,
      expected: rating,
      message: () =>
        `${expected(this, `to have rating ${rating}`)}, but it is ${received.rating} (${received.percent ?? "no"}%, banded ${received.bandedRating}; ${limitsLine(received)})`,
    };
  },
  /** Passes when benchmark `id` has outcome `outcome`. */
  toHaveBenchmarkOutcome(this: MatcherContext, received: unknown, id: string, outcome: string): MatcherResult {
    if (!isJudgement(received)) return notAJudgement("toHaveBenchmarkOutcome");
    const result = received.benchmarks.find((b) => b.id === id);
    if (result === undefined)
      return { pass: false, message: () => `the judgement has no benchmark ${id} (rule set ${received.ruleSet.id}@${received.ruleSet.version})` };
    return {
      pass: result.outcome === outcome,
      actual: result.outcome,
      expected: outcome,
      message: () => `${expected(this, `to have ${id} ${outcome}`)}, but it is ${result.outcome}: ${result.summary}`,
    };
  },
  /** Passes when domain `id` has score `score` (null: not assessed). */
  toHaveDomainScore(this: MatcherContext, received: unknown, id: string, score: number | null): MatcherResult {
    if (!isJudgement(received)) return notAJudgement("toHaveDomainScore");
    const domain = received.domains.find((d) => d.id === id);
    if (domain === undefined) return { pass: false, message: () => `the judgement has no domain ${id}` };
    const lines = received.benchmarks
      .filter((b) => b.domain === id)
      .map((b) => `  ${b.id} ${b.outcome}: ${b.summary}`)
      .join("\n");
    return {
      pass: domain.score === score,
      actual: domain.score,
      expected: score,
      message: () =>
        `${expected(this, `to score ${score ?? "not assessed"} on ${id}`)}, but it scored ${domain.score ?? "not assessed"} (${domain.percent ?? "no"}%${domain.gated ? ", gated" : ""}):\n${lines}`,
    };
  },
  /** Passes when limit `limitId` applied to the judgement. */
  toBeCappedBy(this: MatcherContext, received: unknown, limitId: string): MatcherResult {
    if (!isJudgement(received)) return notAJudgement("toBeCappedBy");
    const limit = received.limits.find((l) => l.id === limitId);
    return {
      pass: limit !== undefined,
      actual: received.limits.map((l) => l.id),
      expected: limitId,
      message: () =>
        limit
          ? `${expected(this, `to be capped by ${limitId}`)}, but it was: ${limit.reason} (capped at ${limit.capAt})`
          : `${expected(this, `to be capped by ${limitId}`)}, but ${limitsLine(received)}`,
    };
  },
};

/**
 * The matchers' types, for augmenting your test runner's `Assertion` interface:
 * `declare module "vitest" { interface Assertion<T> extends WellLedMatchers<T> {} }`.
 */
export interface WellLedMatchers<R = unknown> {
  toHaveRating(rating: string): R;
  toHaveBenchmarkOutcome(id: string, outcome: string): R;
  toHaveDomainScore(id: string, score: number | null): R;
  toBeCappedBy(limitId: string): R;
}
