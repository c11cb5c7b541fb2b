import * as z from "zod/mini";

/** Ratings a judgement can give, best first. */
export const RATINGS = ["outstanding", "good", "requires-improvement", "inadequate"] as const;
/** Benchmark outcomes that come from levels, best first, with their scores 4…1. */
export const LEVEL_OUTCOMES = [
  "exceptional",
  "good",
  "some-shortfalls",
  "significant-shortfalls",
] as const;
/** Every outcome a benchmark can have. */
export const OUTCOMES = [...LEVEL_OUTCOMES, "not-applicable", "not-evidenced"] as const;
/** Rule-set lifecycle statuses. */
export const RULE_SET_STATUSES = ["draft", "proposed", "active", "retired"] as const;
/** Benchmark statuses: pilot benchmarks are reported but never scored. */
export const BENCHMARK_STATUSES = ["active", "pilot", "deprecated"] as const;
/** Evidence field types. */
export const EVIDENCE_TYPES = [
  "percent",
  "number",
  "integer",
  "count",
  "boolean",
  "enum",
  "date",
  "string",
] as const;
/** Organisation types used when a rule set does not list its own. */
export const DEFAULT_ORGANISATION_TYPES = [
  "acute",
  "mental-health",
  "community",
  "ambulance",
  "primary-care",
] as const;

const text = z.string().check(z.minLength(1, "must not be empty"));
const id = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-kebab-case, e.g. `well-led`"));
// No dots: limits reach benchmarks and domains by dot path (`benchmarks.LM-01.score`).
const benchmarkId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "must be letters, digits, `_` or `-`"));
const sourceId = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, "must be letters, digits, `.`, `_` or `-`"));
const isoDate = z.iso.date("must be an ISO date (YYYY-MM-DD)");
/** A JsonLogic condition; its operators and paths are checked after the schema. */
const condition = z.unknown();
const opt = z.exactOptional;

const fieldCommon = {
  label: opt(text),
  unit: opt(text),
  description: opt(z.string()),
  source: opt(z.string()),
  maxAgeDays: opt(z.int().check(z.positive("must be a positive number of days"))),
};
const range = { min: opt(z.number()), max: opt(z.number()) };

/** Schema of one evidence field declaration. */
export const EvidenceFieldSchema = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("percent"), ...fieldCommon }),
  z.strictObject({ type: z.literal("number"), ...range, ...fieldCommon }),
  z.strictObject({ type: z.literal("integer"), ...range, ...fieldCommon }),
  z.strictObject({ type: z.literal("count"), ...range, ...fieldCommon }),
  z.strictObject({ type: z.literal("boolean"), ...fieldCommon }),
  z.strictObject({
    type: z.literal("enum"),
    values: z.array(text).check(z.minLength(1, "an enum needs at least one value")),
    ...fieldCommon,
  }),
  z.strictObject({ type: z.literal("date"), ...fieldCommon }),
  z.strictObject({ type: z.literal("string"), ...fieldCommon }),
]);

/** Schema of a source a benchmark cites. */
export const SourceSchema = z.strictObject({
  id: sourceId,
  title: text,
  publisher: opt(text),
  published: opt(isoDate),
  url: opt(text),
  note: opt(z.string()),
});

/** Schema of a domain (a CQC quality statement, under the statement model). */
export const DomainSchema = z.strictObject({
  id: benchmarkId,
  title: text,
  description: opt(z.string()),
});

/** Schema of a benchmark's levels: `good` is required. */
export const LevelsSchema = z.strictObject({
  exceptional: opt(condition),
  good: condition,
  "some-shortfalls": opt(condition),
});

/** Schema of one benchmark. */
export const BenchmarkSchema = z.strictObject({
  id: benchmarkId,
  title: text,
  domain: benchmarkId,
  description: opt(z.string()),
  rationale: opt(z.string()),
  sources: opt(z.array(sourceId)),
  status: opt(z.enum(BENCHMARK_STATUSES)),
  weight: opt(z.number().check(z.positive("must be greater than 0"))),
  gate: opt(z.boolean()),
  appliesTo: opt(condition),
  requires: opt(z.array(text)),
  levels: LevelsSchema,
  explanations: opt(z.partialRecord(z.enum(OUTCOMES), text)),
});

/** Schema of a limit: a condition on the summary context that caps the rating. */
export const LimitSchema = z.strictObject({
  id: benchmarkId,
  when: condition,
  capAt: z.enum(RATINGS),
  reason: text,
});

/** Schema of the rating bands (minimum percent for each rating). */
export const BandsSchema = z.strictObject({
  outstanding: z.number(),
  good: z.number(),
  "requires-improvement": z.number(),
});

/** Schema of the scoring section; every field has a documented default. */
export const ScoringSchema = z.strictObject({
  model: opt(z.enum(["statement", "flat"])),
  bands: opt(BandsSchema),
  rounding: opt(z.enum(["half-up", "floor"])),
  missingEvidence: opt(z.enum(["not-evidenced", "lowest"])),
  minScoredPerDomain: opt(z.int().check(z.minimum(1, "must be at least 1"))),
  limits: opt(z.array(LimitSchema)),
});

/** Schema of a rule-set document, format 1: the single source of the {@link RuleSet} type. */
export const RuleSetSchema = z.strictObject({
  $schema: opt(z.string()),
  format: z.literal(1),
  id,
  version: text,
  title: text,
  description: opt(z.string()),
  status: z.enum(RULE_SET_STATUSES),
  effective: opt(z.strictObject({ from: isoDate, until: opt(z.nullable(isoDate)) })),
  sources: opt(z.array(SourceSchema)),
  organisationTypes: opt(z.array(id).check(z.minLength(1, "list at least one organisation type"))),
  evidence: z.record(text, EvidenceFieldSchema),
  domains: z.array(DomainSchema).check(z.minLength(1, "a rule set needs at least one domain")),
  benchmarks: z
    .array(BenchmarkSchema)
    .check(z.minLength(1, "a rule set needs at least one benchmark")),
  scoring: opt(ScoringSchema),
});

/** A rule-set document as written (format 1), after parsing and checking. */
export type RuleSet = z.output<typeof RuleSetSchema>;
/** One benchmark of a rule set. */
export type Benchmark = z.output<typeof BenchmarkSchema>;
/** One domain (quality statement) of a rule set. */
export type Domain = z.output<typeof DomainSchema>;
/** One evidence field declaration. */
export type EvidenceField = z.output<typeof EvidenceFieldSchema>;
/** One cited source. */
export type Source = z.output<typeof SourceSchema>;
/** One limit on the rating. */
export type Limit = z.output<typeof LimitSchema>;
/** The scoring section as written. */
export type Scoring = z.output<typeof ScoringSchema>;
/** A rating a judgement can give (other than `insufficient-evidence`). */
export type Rating = (typeof RATINGS)[number];
/** A benchmark outcome. */
export type Outcome = (typeof OUTCOMES)[number];
/** An evidence field type. */
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
