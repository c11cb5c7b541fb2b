import type { EvaluationData } from "../evaluate/data.js";
import { organisationTypes } from "../format/defaults.js";
import type { Benchmark, Outcome, RuleSet } from "../format/schema.js";
import { compileNotApplicable, type NotApplicableSentence } from "./_applies.js";
import type { FieldLookup } from "./_expression.js";
import { describeField, type FieldInfo } from "./_field.js";
import { genericSentence, type LevelsPresent } from "./_generic.js";
import { compileLevelSentences, type LevelSentence } from "./_levels.js";
import { notEvidencedSentence } from "./_missing.js";
import { pathsRead } from "./_paths.js";
import { readPath } from "./_format.js";
import { compileTemplate, type FilledTemplate } from "./_template.js";

export type { EvaluationData } from "../evaluate/data.js";

/**
 * Writes the one-sentence summary of a benchmark's outcome for one organisation.
 *
 * @param outcome - the benchmark's outcome for this organisation
 * @param data - the evaluation data the conditions read (declared evidence nested by dot path,
 *   plus `organisation.type`)
 * @param context - `missing`: the required evidence paths that were absent or null
 * @returns one plain-English sentence; never throws
 */
export type SummaryFn = (
  outcome: Outcome,
  data: EvaluationData,
  context: { readonly missing: readonly string[] },
) => string;

interface Compiled {
  readonly lookup: FieldLookup;
  readonly levels: LevelSentence;
  readonly notApplicable: NotApplicableSentence;
  readonly templates: Partial<Record<Outcome, FilledTemplate>>;
  readonly levelFields: readonly FieldInfo[];
  readonly appliesFields: readonly FieldInfo[];
}

/** An applicability explanation that fails to compile falls back to the generic sentence. */
function guard(make: () => NotApplicableSentence): NotApplicableSentence {
  try {
    return make();
  } catch {
    return () => null;
  }
}

function compile(benchmark: Benchmark, ruleSet: RuleSet): Compiled {
  const cache = new Map<string, FieldInfo | undefined>();
  const lookup: FieldLookup = (path) => {
    if (cache.has(path)) return cache.get(path);
    const declared = Object.hasOwn(ruleSet.evidence, path) ? ruleSet.evidence[path] : undefined;
    const info =
      declared !== undefined || path === "organisation.type"
        ? describeField(path, declared)
        : undefined;
    cache.set(path, info);
    return info;
  };
  const fieldsOf = (logic: unknown) => pathsRead(logic).flatMap((p) => lookup(p) ?? []);
  const templates: Partial<Record<Outcome, FilledTemplate>> = {};
  for (const [outcome, template] of Object.entries(benchmark.explanations ?? {}))
    if (typeof template === "string" && template.trim() !== "")
      templates[outcome as Outcome] = compileTemplate(template, lookup);
  const { exceptional, good, "some-shortfalls": some } = benchmark.levels;
  return {
    lookup,
    levels: compileLevelSentences(benchmark, lookup),
    notApplicable: guard(() => compileNotApplicable(benchmark, organisationTypes(ruleSet), lookup)),
    templates,
    levelFields: [...new Set([...fieldsOf(good), ...fieldsOf(some), ...fieldsOf(exceptional)])],
    appliesFields: fieldsOf(benchmark.appliesTo),
  };
}

/**
 * Compiles, once per benchmark, the plain-English summary sentence the judgement gives for it.
 * The sentence is generated from the benchmark's conditions and the evidence declarations
 * (labels, units, types): the values observed and what the next level up needs, or why the
 * benchmark is not applicable or not evidenced. A template in `benchmark.explanations[outcome]`
 * overrides it; in a template, `{path}` is replaced by the formatted value of that evidence path
 * (percent as "81%", booleans as yes/no, dates as "1 November 2024", missing as "not provided"),
 * `{label:path}` by the field's label and `{missing}` by the labels of the missing evidence.
 * Conditions that cannot be put faithfully into words get a generic sentence naming the level
 * and the values read. All analysis happens here; the returned function only formats values.
 *
 * @param benchmark - the benchmark, as parsed
 * @param ruleSet - the rule set it belongs to (for evidence declarations and organisation types)
 * @returns a function writing the sentence for one organisation's outcome
 * @example
 * ```ts
 * const summarise = compileSummary(ruleSet.benchmarks[0], ruleSet);
 * summarise("some-shortfalls", { organisation: { type: "acute" }, managers: { withRoleTargetsPct: 81 } }, { missing: [] });
 * // "81% of line managers have role-relevant targets; good needs at least 95%."
 * ```
 */
export function compileSummary(benchmark: Benchmark, ruleSet: RuleSet): SummaryFn {
  const present: LevelsPresent = {
    exceptional: benchmark.levels?.exceptional !== undefined,
    someShortfalls: benchmark.levels?.["some-shortfalls"] !== undefined,
  };
  let compiled: Compiled | undefined;
  try {
    compiled = compile(benchmark, ruleSet);
  } catch {
    compiled = undefined;
  }
  const parts = compiled;
  const summarise: SummaryFn = (outcome, data, context) => {
    if (parts === undefined) return genericSentence(outcome, present);
    try {
      const template = parts.templates[outcome];
      if (template !== undefined) return template(data, context.missing);
      switch (outcome) {
        case "not-applicable":
          return (
            parts.notApplicable(data) ??
            genericSentence(outcome, present, parts.appliesFields, data)
          );
        case "not-evidenced":
          return notEvidencedSentence(context.missing, parts.lookup);
        case "exceptional":
        case "good":
        case "some-shortfalls":
        case "significant-shortfalls":
          return (
            parts.levels(outcome, data) ??
            genericSentence(outcome, present, parts.levelFields, data)
          );
        default:
          return genericSentence(outcome, present);
      }
    } catch {
      try {
        return genericSentence(outcome, present, parts.levelFields, data);
      } catch {
        return genericSentence(outcome, present);
      }
    }
  };
  return memoise(summarise, sentenceInputs(benchmark));
}

/** Most sentences one benchmark remembers (40 benchmarks × 512 sentences is a few MB at most). */
const MEMO_LIMIT = 512;

/** The paths a benchmark's sentences read: those of its conditions and of its templates. */
function sentenceInputs(benchmark: Benchmark): string[][] {
  const paths = new Set<string>();
  for (const logic of [benchmark.appliesTo, ...Object.values(benchmark.levels ?? {})])
    for (const path of pathsRead(logic)) paths.add(path);
  for (const template of Object.values(benchmark.explanations ?? {}))
    for (const match of String(template).matchAll(/\{(?:label:)?([^{}]+)\}/g)) paths.add(match[1]!);
  return [...paths].map((path) => path.split("."));
}

/**
 * Remembers sentences by outcome and the values they read, in a tree of Maps keyed by the values
 * themselves (no key strings to build): across a batch the same values recur, and writing a
 * sentence costs far more than finding it. Sentences with missing evidence, and values a Map
 * cannot tell apart (-0 from 0) or that are objects, are written every time.
 */
function memoise(summarise: SummaryFn, inputs: readonly (readonly string[])[]): SummaryFn {
  const root = new Map<unknown, unknown>();
  let size = 0;
  return (outcome, data, context) => {
    if (context.missing.length > 0) return summarise(outcome, data, context);
    let node = root;
    let key: unknown = outcome;
    for (const segments of inputs) {
      let next = node.get(key) as Map<unknown, unknown> | undefined;
      if (next === undefined) {
        if (size >= MEMO_LIMIT) return summarise(outcome, data, context);
        next = new Map();
        node.set(key, next);
      }
      node = next;
      key = readPath(data, segments);
      if (Object.is(key, -0) || (key !== null && typeof key === "object"))
        return summarise(outcome, data, context);
    }
    const known = node.get(key) as string | undefined;
    if (known !== undefined) return known;
    const sentence = summarise(outcome, data, context);
    if (size < MEMO_LIMIT) {
      node.set(key, sentence);
      size++;
    }
    return sentence;
  };
}
