import type { Outcome, Rating, RuleSet } from "../format/schema.js";

/** How much a rule-set version must change: semver steps, largest first, and `none` for identical. */
export type VersionBump = "major" | "minor" | "patch" | "none";

/** A rule-set version as a judgement records it: id, version and content hash. */
export interface RuleSetRef {
  readonly id: string;
  readonly version: string;
  /** `sha256:<hex>` from `hashRuleSet`. */
  readonly hash: string;
}

/** The part of a rule set a change belongs to, in the order reports show them. */
export type DiffSection =
  | "metadata"
  | "organisationTypes"
  | "sources"
  | "evidence"
  | "domains"
  | "benchmarks"
  | "scoring";

/** Why a diff requires the bump it does: one reason per change found. */
export interface BumpReason {
  /** The smallest version step this change alone needs. */
  readonly bump: Exclude<VersionBump, "none">;
  readonly section: DiffSection;
  /** What changed: a benchmark, domain or limit id, an evidence path, or a field name. */
  readonly subject: string;
  /** One plain-English sentence: what changed and why it needs this step. */
  readonly message: string;
}

/** A value before and after. */
export interface Change<T> {
  readonly from: T;
  readonly to: T;
}

/** Names added and removed between two lists. */
export interface ListChange {
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

/** A benchmark's status: pilot ones are reported but never scored. */
export type BenchmarkStatus = "active" | "pilot" | "deprecated";

/** What about a benchmark changed. */
export type BenchmarkChangeKind =
  | "levels"
  | "appliesTo"
  | "requires"
  | "weight"
  | "gate"
  | "domain"
  | "status"
  | "text"
  | "sources"
  | "explanations";

/** A benchmark that exists in only one of the two versions. */
export interface BenchmarkEntry {
  readonly id: string;
  readonly title: string;
  readonly domain: string;
  readonly status: BenchmarkStatus;
  /** True unless the benchmark is a pilot: scored benchmarks count towards the rating. */
  readonly scored: boolean;
}

/** One level whose condition was added, removed or changed; `undefined` means "not written". */
export interface LevelChange {
  readonly level: "exceptional" | "good" | "some-shortfalls";
  readonly from: unknown;
  readonly to: unknown;
}

/** A benchmark present in both versions that changed. */
export interface BenchmarkDiff {
  readonly id: string;
  /** The title in the newer version. */
  readonly title: string;
  readonly changes: readonly BenchmarkChangeKind[];
  readonly levels?: readonly LevelChange[];
  readonly appliesTo?: Change<unknown>;
  /** Paths of the effective `requires` (written, or the paths the levels read). */
  readonly requires?: ListChange;
  readonly weight?: Change<number>;
  readonly gate?: Change<boolean>;
  readonly domain?: Change<string>;
  readonly status?: Change<BenchmarkStatus>;
  readonly text?: readonly ("title" | "description" | "rationale")[];
  readonly sources?: ListChange;
  readonly explanations?: readonly Outcome[];
}

/** Lower and upper bounds of a numeric evidence field, as validation applies them. */
export interface EvidenceRange {
  readonly min?: number;
  readonly max?: number;
}

/** What about an evidence field declaration changed. */
export type EvidenceChangeKind = "type" | "range" | "values" | "maxAgeDays" | "text";

/** An evidence field declared in both versions that changed. */
export interface EvidenceFieldDiff {
  readonly path: string;
  readonly changes: readonly EvidenceChangeKind[];
  readonly type?: Change<string>;
  readonly range?: Change<EvidenceRange>;
  readonly values?: ListChange;
  readonly maxAgeDays?: Change<number | null>;
  readonly text?: readonly ("label" | "unit" | "description" | "source")[];
}

/** A limit that changed. */
export interface LimitDiff {
  readonly id: string;
  readonly changes: readonly ("when" | "capAt" | "reason")[];
  readonly capAt?: Change<Rating>;
}

/** Every difference between two versions of a rule set, and the version step it requires. */
export interface RuleSetDiff {
  readonly from: RuleSetRef;
  readonly to: RuleSetRef;
  readonly metadata: {
    readonly id?: Change<string>;
    readonly title?: Change<string>;
    readonly description?: Change<string | null>;
    readonly status?: Change<RuleSet["status"]>;
    readonly effective?: Change<{ readonly from: string; readonly until: string | null } | null>;
  };
  /** Organisation types accepted (the defaults when a version lists none). */
  readonly organisationTypes: ListChange;
  readonly sources: {
    readonly added: readonly { readonly id: string; readonly title: string }[];
    readonly removed: readonly { readonly id: string; readonly title: string }[];
    readonly changed: readonly { readonly id: string; readonly fields: readonly string[] }[];
  };
  readonly evidence: {
    /** `readBy`: scored benchmarks and limits of the newer version that read the field. */
    readonly added: readonly {
      readonly path: string;
      readonly type: string;
      readonly readBy: readonly string[];
    }[];
    readonly removed: readonly { readonly path: string; readonly type: string }[];
    readonly changed: readonly EvidenceFieldDiff[];
  };
  readonly domains: {
    /** `benchmarks`: the ids of the newer version's benchmarks in the domain. */
    readonly added: readonly {
      readonly id: string;
      readonly title: string;
      readonly benchmarks: readonly string[];
    }[];
    readonly removed: readonly { readonly id: string; readonly title: string }[];
    readonly changed: readonly {
      readonly id: string;
      readonly changes: readonly ("title" | "description")[];
    }[];
    readonly reordered: boolean;
  };
  readonly benchmarks: {
    readonly added: readonly BenchmarkEntry[];
    readonly removed: readonly BenchmarkEntry[];
    readonly changed: readonly BenchmarkDiff[];
    readonly reordered: boolean;
  };
  readonly scoring: {
    readonly model?: Change<string>;
    readonly bands?: Change<Readonly<Record<string, number>>>;
    readonly rounding?: Change<string>;
    readonly missingEvidence?: Change<string>;
    readonly minScoredPerDomain?: Change<number>;
    readonly limits: {
      readonly added: readonly { readonly id: string; readonly capAt: Rating }[];
      readonly removed: readonly { readonly id: string; readonly capAt: Rating }[];
      readonly changed: readonly LimitDiff[];
      readonly reordered: boolean;
    };
  };
  /** The largest `bump` among `reasons`; `none` when nothing but the version differs. */
  readonly requiredBump: VersionBump;
  /** One reason per change, in section order. */
  readonly reasons: readonly BumpReason[];
}

/** A problem with the version step between two rule-set versions, from `checkVersionBump`. */
export interface VersionBumpIssue {
  /**
   * `insufficient-bump`: the step is smaller than the changes require; `version-not-greater`:
   * the newer version does not come after the older; `different-id`: not two versions of one rule set.
   */
  readonly code: "insufficient-bump" | "version-not-greater" | "different-id";
  readonly message: string;
  /** The step the changes require (`diff.requiredBump`). */
  readonly required: VersionBump;
  /** The step the version numbers take; `none` when the newer version is not greater. */
  readonly actual: VersionBump;
}
