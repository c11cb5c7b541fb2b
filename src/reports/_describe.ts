import type { BenchmarkResult, DomainResult, Judgement, LimitResult } from "../evaluate/index.js";
import { percentLabel, ratingLabel, scoreLabel } from "./labels.js";

/** The organisation's name, else its id, else a placeholder: judgements may lack both. */
export function organisationName(judgement: Judgement): string {
  return judgement.organisation.name ?? judgement.organisation.id ?? "Unnamed organisation";
}

/** `RXX · acute`, or just the type when the organisation has no id. */
export function organisationDetails(judgement: Judgement): string {
  const { id, type } = judgement.organisation;
  return id === undefined ? type : `${id} · ${type}`;
}

/** `well-led@2.0.0` */
export function ruleSetName(judgement: Judgement): string {
  return `${judgement.ruleSet.id}@${judgement.ruleSet.version}`;
}

/** "35 of 38 applicable benchmarks evidenced" */
export function coverageSentence(judgement: Judgement): string {
  const { applicable, evidenced } = judgement.coverage;
  const noun = applicable === 1 ? "benchmark" : "benchmarks";
  return `${evidenced} of ${applicable} applicable ${noun} evidenced`;
}

/** "Requires improvement (59%)", or why there is no rating. */
export function ratingSentence(judgement: Judgement): string {
  if (judgement.rating === "insufficient-evidence") {
    return "Insufficient evidence: no domain could be assessed";
  }
  return `${ratingLabel(judgement.rating)} (${percentLabel(judgement.percent)})`;
}

/** The limits that set the rating (their cap is the rating) and the others that also held. */
export function splitLimits(judgement: Judgement): {
  binding: LimitResult[];
  other: LimitResult[];
} {
  const capped = judgement.rating !== judgement.bandedRating;
  const binding = judgement.limits.filter((l) => capped && l.capAt === judgement.rating);
  return { binding, other: judgement.limits.filter((l) => !binding.includes(l)) };
}

/** "Banded good (66%), capped at requires improvement by: A quality statement scored 1", or null when no limit lowered the rating. */
export function capSentence(judgement: Judgement): string | null {
  const { binding } = splitLimits(judgement);
  if (binding.length === 0) return null;
  const banded = ratingLabel(judgement.bandedRating).toLowerCase();
  const capped = ratingLabel(judgement.rating).toLowerCase();
  const reasons = binding.map((l) => l.reason).join("; ");
  return `Banded ${banded} (${percentLabel(judgement.percent)}), capped at ${capped} by: ${reasons}`;
}

/** "Freedom to speak up guardian (caps at requires improvement)" */
export function limitSentence(limit: LimitResult): string {
  return `${limit.reason} (caps at ${ratingLabel(limit.capAt).toLowerCase()})`;
}

/** "Good (66%), before limits; capped at requires improvement by: …" */
export function bandedSentence(judgement: Judgement): string {
  if (judgement.bandedRating === "insufficient-evidence")
    return ratingLabel(judgement.bandedRating);
  const banded = `${ratingLabel(judgement.bandedRating)} (${percentLabel(judgement.percent)}), before limits`;
  const { binding } = splitLimits(judgement);
  if (binding.length === 0) return banded;
  const capped = ratingLabel(judgement.rating).toLowerCase();
  return `${banded}; capped at ${capped} by: ${binding.map((l) => l.reason).join("; ")}`;
}

/** "Limit met, no effect on the rating: …" for limits that held without lowering the rating, or null. */
export function otherLimitsSentence(judgement: Judgement): string | null {
  const { other } = splitLimits(judgement);
  if (other.length === 0) return null;
  const noun = other.length === 1 ? "Limit" : "Limits";
  return `${noun} met, no effect on the rating: ${other.map(limitSentence).join("; ")}`;
}

/** "2 · some shortfalls", or "not assessed". */
export function domainScoreText(domain: DomainResult): string {
  if (domain.status === "not-assessed" || domain.score === null) return "not assessed";
  return `${domain.score} · ${scoreLabel(domain.score)}`;
}

/** Why a gated domain scored 1, in words. */
export const GATED_NOTE = "gated: a gate benchmark scored 1";

/** "pilot, not scored", "deprecated", or null for an ordinary benchmark. */
export function benchmarkNote(benchmark: BenchmarkResult): string | null {
  if (benchmark.status === "pilot") return "pilot, not scored";
  if (benchmark.status === "deprecated") return "deprecated";
  return null;
}

/** A domain with its benchmarks, in rule-set order. */
export interface DomainGroup {
  readonly id: string;
  readonly title: string;
  readonly domain: DomainResult | undefined;
  readonly benchmarks: readonly BenchmarkResult[];
}

/**
 * Groups benchmarks under their domains in the judgement's domain order; a benchmark naming a
 * domain the judgement does not list gets a group of its own at the end, so none is lost.
 */
export function groupBenchmarks(judgement: Judgement): DomainGroup[] {
  const groups = new Map<
    string,
    { id: string; title: string; domain: DomainResult | undefined; benchmarks: BenchmarkResult[] }
  >();
  for (const domain of judgement.domains) {
    groups.set(domain.id, { id: domain.id, title: domain.title, domain, benchmarks: [] });
  }
  for (const benchmark of judgement.benchmarks) {
    let group = groups.get(benchmark.domain);
    if (group === undefined) {
      group = { id: benchmark.domain, title: benchmark.domain, domain: undefined, benchmarks: [] };
      groups.set(benchmark.domain, group);
    }
    group.benchmarks.push(benchmark);
  }
  return [...groups.values()];
}
