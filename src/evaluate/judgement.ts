import type { Issue } from "../errors.js";
import type { Outcome, Rating } from "../format/schema.js";
import type { TraceNode } from "../logic/index.js";

/** The rating of a judgement: a CQC rating, or `insufficient-evidence` when no domain could be assessed. */
export type JudgementRating = Rating | "insufficient-evidence";

/** A benchmark level that a trace can show, tried in this order. */
export type LevelName = "exceptional" | "good" | "some-shortfalls";

/**
 * Something the caller should know that did not stop the evaluation: unknown or stale evidence,
 * provenance for undeclared fields, deprecated benchmarks. Codes are stable; messages never
 * contain evidence values.
 */
export type Warning = Issue;

/**
 * Where an evidence value came from: `collected` is the ISO date it was collected (used to find
 * stale evidence), `source` says where it came from.
 */
export interface EvidenceProvenance {
  readonly collected: string;
  readonly source?: string | undefined;
}

/**
 * An organisation's evidence for one judgement: who it is, the date the judgement is made for,
 * the values (nested by the rule set's dot paths) and, optionally, where each value came from.
 */
export interface EvidenceDocument {
  readonly $schema?: string | undefined;
  readonly organisation: {
    readonly id?: string | undefined;
    readonly name?: string | undefined;
    /** One of the rule set's `organisationTypes`; the only organisation field conditions read. */
    readonly type: string;
  };
  /** The date the judgement is made for (ISO `YYYY-MM-DD`); default: today (UTC). */
  readonly asOf?: string | null | undefined;
  /** The values, nested by the rule set's dot paths: `{ managers: { withRoleTargetsPct: 81 } }`. */
  readonly evidence: Readonly<Record<string, unknown>>;
  /** Where values came from, keyed by dot path: `{ "managers.withRoleTargetsPct": { collected: "2024-11-01" } }`. */
  readonly provenance?: Readonly<Record<string, EvidenceProvenance | null>> | null | undefined;
}

/** Options of one evaluation. */
export interface EvaluateOptions {
  /** The date the judgement is made for; overrides the document's `asOf` (default: today, UTC). */
  readonly asOf?: string | undefined;
  /** `"full"` adds each benchmark's condition `trace`; `"summary"` (default) leaves it out. */
  readonly explain?: "summary" | "full" | undefined;
}

/**
 * How a benchmark's conditions evaluated, for `explain: "full"`: `appliesTo` when the benchmark
 * has one, and each level that was tried (levels never tried are left out).
 */
export interface BenchmarkTrace {
  readonly appliesTo?: TraceNode;
  readonly levels: { readonly [L in LevelName]?: TraceNode };
}

/** A limit whose condition held, capping the rating at `capAt`. */
export interface LimitResult {
  readonly id: string;
  readonly capAt: Rating;
  readonly reason: string;
}

/** One domain (quality statement): its status, score (1–4), percent and whether a gate forced its score. */
export interface DomainResult {
  readonly id: string;
  readonly title: string;
  /** `not-assessed` when fewer than `minScoredPerDomain` of its benchmarks were scored. */
  readonly status: "assessed" | "not-assessed";
  readonly score: number | null;
  readonly percent: number | null;
  /** True when a gate benchmark scored 1 and forced the score to 1 (the percent is kept). */
  readonly gated: boolean;
  /** Every benchmark of the domain, in rule-set order. */
  readonly benchmarks: readonly string[];
}

/** One benchmark's outcome, score, the evidence it read and a plain-English summary. */
export interface BenchmarkResult {
  readonly id: string;
  readonly title: string;
  readonly domain: string;
  readonly status: "active" | "pilot" | "deprecated";
  readonly outcome: Outcome;
  /** 4 exceptional … 1 significant shortfalls; null when not applicable or not evidenced. */
  readonly score: number | null;
  /** True when the score counts towards the domain (not pilot, applicable, evidenced or scored 1 as missing). */
  readonly scored: boolean;
  readonly summary: string;
  /** The evidence values the benchmark read, keyed by dot path (missing values are left out). */
  readonly values: Readonly<Record<string, unknown>>;
  /**
   * Evidence paths that were missing (absent or null): required ones make the outcome
   * `not-evidenced`; others stop every level that reads them from being met.
   */
  readonly missing: readonly string[];
  /** Evidence paths the benchmark read whose provenance is older than their `maxAgeDays`. */
  readonly stale: readonly string[];
  /** Present only with `explain: "full"`. */
  readonly trace?: BenchmarkTrace;
}

/**
 * The result of evaluating an organisation's evidence against a rule set: plain JSON,
 * deterministic for the same rule set, evidence and `asOf`.
 */
export interface Judgement {
  readonly ruleSet: { readonly id: string; readonly version: string; readonly hash: string };
  readonly organisation: { readonly id?: string; readonly name?: string; readonly type: string };
  readonly asOf: string;
  /** The rating after limits. */
  readonly rating: JudgementRating;
  readonly percent: number | null;
  /** The rating from the percent alone, before limits. */
  readonly bandedRating: JudgementRating;
  readonly limits: readonly LimitResult[];
  readonly domains: readonly DomainResult[];
  readonly benchmarks: readonly BenchmarkResult[];
  /** Applicable non-pilot benchmarks, and how many of them were not `not-evidenced`. */
  readonly coverage: { readonly applicable: number; readonly evidenced: number };
  readonly warnings: readonly Warning[];
}
