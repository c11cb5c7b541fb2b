import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CATALOGUE,
  SMF_RECOMMENDATIONS,
  loadCatalogueRuleSets,
  renderCatalogue,
} from "../scripts/generate-catalogue.js";
import {
  CASE_VERSIONS,
  casesPath,
  readRuleSetDocument,
  renderCasesFile,
  scoreIndependently,
} from "../scripts/generate-cases.js";
import {
  type Benchmark,
  type RuleSet,
  checkVersionBump,
  diffRuleSets,
  parseRuleSet,
} from "../src/index.js";
import { createEvaluator, type EvidenceDocument, type Judgement } from "../src/evaluate/index.js";
import { pathsRead } from "../src/explain/_paths.js";
import { type CasesDocument, parseCasesDocument, runCases } from "../src/testing/index.js";

const documents = Object.fromEntries(CASE_VERSIONS.map((v) => [v, readRuleSetDocument(v)]));
const ruleSets: Record<string, RuleSet> = Object.fromEntries(
  CASE_VERSIONS.map((v) => [
    v,
    parseRuleSet(JSON.parse(readFileSync(`rules/well-led/${v}.json`, "utf8"))),
  ]),
);
const casesOf = (version: string) =>
  parseCasesDocument(JSON.parse(readFileSync(casesPath(version), "utf8")));
const LEVELS = ["exceptional", "good", "some-shortfalls"] as const;

/** Every outcome a benchmark can have: its levels, significant shortfalls, not evidenced, and not applicable when it has a scope. */
function possibleOutcomes(b: Benchmark): string[] {
  return [
    ...LEVELS.filter((l) => b.levels[l] !== undefined),
    "significant-shortfalls",
    "not-evidenced",
    ...(b.appliesTo === undefined ? [] : ["not-applicable"]),
  ];
}

/**
 * Sources known to lack a publisher or an address, reported to the rule-set author. The first
 * test fails for any other incomplete source; the second fails once a listed gap is filled, so
 * that this list only ever shrinks.
 */
const KNOWN_INCOMPLETE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  "nss-2010": ["publisher", "url"],
};

describe.each(CASE_VERSIONS)("well-led@%s", (version) => {
  const ruleSet = ruleSets[version]!;

  it("parses, and is the document the cases generator reads", () => {
    expect(ruleSet.version).toBe(version);
    expect(documents[version]!.benchmarks.map((b) => b.id)).toEqual(
      ruleSet.benchmarks.map((b) => b.id),
    );
  });

  it("every benchmark has a rationale and cites at least one known source", () => {
    const sourceIds = new Set((ruleSet.sources ?? []).map((s) => s.id));
    const problems = ruleSet.benchmarks.flatMap((b) => [
      ...(b.rationale?.trim() ? [] : [`${b.id}: no rationale`]),
      ...((b.sources ?? []).length === 0 ? [`${b.id}: cites no source`] : []),
      ...(b.sources ?? [])
        .filter((id) => !sourceIds.has(id))
        .map((id) => `${b.id}: unknown source ${id}`),
    ]);
    expect(problems).toEqual([]);
  });

  it("every source has a title, a publisher and an address", () => {
    const missing = (ruleSet.sources ?? []).flatMap((s) =>
      (["title", "publisher", "url"] as const)
        .filter((k) => !s[k]?.trim() && !KNOWN_INCOMPLETE_SOURCES[s.id]?.includes(k))
        .map((k) => `${s.id}: no ${k}`),
    );
    expect(missing).toEqual([]);
  });

  it("the known gaps in sources are still gaps (remove them from the list once the rule set fills them)", () => {
    const filled = Object.entries(KNOWN_INCOMPLETE_SOURCES).flatMap(([id, keys]) => {
      const source = (ruleSet.sources ?? []).find((s) => s.id === id);
      return keys
        .filter((k) => source === undefined || Boolean(source[k as "publisher" | "url"]))
        .map((k) => `${id}.${k}`);
    });
    expect(filled).toEqual([]);
  });

  it("passes every case of its cases document", () => {
    const report = runCases(ruleSet, casesOf(version));
    const failures = report.results
      .filter((r) => !r.ok)
      .map((r) => `${r.name}: ${r.mismatches.map((m) => m.message).join("; ")}`);
    expect(failures).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(30);
  });

  it("its cases document is what scripts/generate-cases.ts writes (run `npx tsx scripts/generate-cases.ts` if this fails)", () => {
    expect(readFileSync(casesPath(version), "utf8")).toBe(renderCasesFile(version));
  });

  it("COVERAGE: the cases reach and assert every outcome of every benchmark, every limit, both gates and every rating", () => {
    expect(coverageGaps(ruleSet, casesOf(version))).toEqual([]);
  });

  it("random in-range evidence always gets a judgement, and the judgement agrees with an independent scorer", () => {
    const evaluator = createEvaluator(ruleSet);
    fc.assert(
      fc.property(evidenceArbitrary(ruleSet), ({ type, flat }) => {
        const judgement = evaluator.evaluate({
          organisation: { type },
          asOf: "2026-06-30",
          evidence: nest(flat),
        });
        expect(judgement.benchmarks.map((b) => b.id)).toEqual(ruleSet.benchmarks.map((b) => b.id));
        expect(judgement.percent === null).toBe(judgement.rating === "insufficient-evidence");
        const independent = scoreIndependently(documents[version]!, type, flat);
        expect(summarise(judgement)).toEqual({
          outcomes: independent.outcomes,
          domains: independent.domains,
          percent: independent.percent,
          rating: independent.rating,
          limits: independent.limits,
        });
      }),
      { numRuns: 300, seed: 20250331 },
    );
  });

  it("REACHABILITY: every outcome of every benchmark is reachable with in-range evidence", () => {
    expect(unreachableOutcomes(ruleSet)).toEqual([]);
  });
});

describe("the coverage and reachability checks themselves", () => {
  it("coverage lists what a cut-down cases document misses", () => {
    const doc = casesOf("1.0.0");
    const gaps = coverageGaps(ruleSets["1.0.0"]!, { ...doc, cases: doc.cases.slice(0, 1) });
    expect(gaps).toContain("LM-03 exceptional");
    expect(gaps).toContain("LM-04 not-applicable");
    expect(gaps).toContain("limit warning-notice-or-condition");
    expect(gaps).toContain("gate LM-21");
    expect(gaps).not.toContain("LM-03 good");
  });

  it("reachability finds a level that no evidence can reach", () => {
    const shadowed = parseRuleSet({
      ...structuredClone(ruleSets["1.0.0"]!),
      benchmarks: [
        {
          id: "LM-14",
          title: "Good is shadowed by a looser exceptional level",
          domain: "capable-leaders",
          appliesTo: { "!=": [{ var: "organisation.type" }, "primary-care"] },
          levels: {
            exceptional: { ">=": [{ var: "nss.appraisedLast12MonthsPct" }, 90] },
            good: { ">=": [{ var: "nss.appraisedLast12MonthsPct" }, 95] },
            "some-shortfalls": { ">": [{ var: "nss.appraisedLast12MonthsPct" }, 100] },
          },
        },
      ],
    });
    expect(unreachableOutcomes(shadowed)).toEqual(["LM-14 good", "LM-14 some-shortfalls"]);
  });
});

describe("from well-led 1.0.0 to 2.0.0", () => {
  it("the version bump is big enough for the changes (the SMF proposal is a major version)", () => {
    expect(checkVersionBump(ruleSets["1.0.0"]!, ruleSets["2.0.0"]!)).toEqual([]);
    expect(diffRuleSets(ruleSets["1.0.0"]!, ruleSets["2.0.0"]!).requiredBump).toBe("major");
  });

  it("every SMF recommendation maps to 2.0.0 benchmarks whose rationale cites it", () => {
    const byId = new Map(ruleSets["2.0.0"]!.benchmarks.map((b) => [b.id, b]));
    const problems: string[] = [];
    expect(SMF_RECOMMENDATIONS.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
    for (const { number, benchmarks } of SMF_RECOMMENDATIONS) {
      if (benchmarks.length === 0) problems.push(`recommendation ${number}: no benchmark`);
      for (const id of benchmarks) {
        const b = byId.get(id);
        if (b === undefined) problems.push(`recommendation ${number}: ${id} is not in 2.0.0`);
        else if (!smfCitations(b.rationale ?? "").includes(number))
          problems.push(`recommendation ${number}: ${id}'s rationale does not cite it`);
      }
    }
    for (const b of ruleSets["2.0.0"]!.benchmarks)
      for (const n of smfCitations(b.rationale ?? ""))
        if (!SMF_RECOMMENDATIONS.find((r) => r.number === n)?.benchmarks.includes(b.id))
          problems.push(`${b.id} cites recommendation ${n} but the table leaves it out`);
    expect(problems).toEqual([]);
  });

  it("docs/benchmarks.md is fresh (run `npx tsx scripts/generate-catalogue.ts` if this fails)", () => {
    expect(readFileSync(CATALOGUE, "utf8")).toBe(renderCatalogue(loadCatalogueRuleSets()));
  });
});

/**
 * What the cases of a document do not reach and assert: each (benchmark, outcome) pair, limit,
 * gate (a gate benchmark at 1 forcing its statement to 1) and rating. A pair counts only when a
 * case both reaches it (by evaluating the case) and asserts it in its expectations.
 */
function coverageGaps(ruleSet: RuleSet, doc: CasesDocument): string[] {
  const reached = new Set<string>();
  const evaluator = createEvaluator(ruleSet);
  for (const testCase of doc.cases) {
    const judgement = evaluator.evaluate(
      testCase.input as unknown as EvidenceDocument,
      testCase.asOf ? { asOf: testCase.asOf } : {},
    );
    const asserted = testCase.expect.benchmarks ?? {};
    for (const b of judgement.benchmarks)
      if (asserted[b.id] === b.outcome) reached.add(`${b.id} ${b.outcome}`);
    if (testCase.expect.limits !== undefined)
      for (const l of judgement.limits) reached.add(`limit ${l.id}`);
    if (testCase.expect.rating === judgement.rating) reached.add(`rating ${judgement.rating}`);
    for (const d of judgement.domains) {
      if (!d.gated || testCase.expect.domains?.[d.id] !== 1) continue;
      for (const b of judgement.benchmarks)
        if (
          b.domain === d.id &&
          b.score === 1 &&
          ruleSet.benchmarks.find((x) => x.id === b.id)?.gate
        )
          reached.add(`gate ${b.id}`);
    }
  }
  const wanted = [
    ...ruleSet.benchmarks.flatMap((b) => possibleOutcomes(b).map((o) => `${b.id} ${o}`)),
    ...(ruleSet.scoring?.limits ?? []).map((l) => `limit ${l.id}`),
    ...ruleSet.benchmarks.filter((b) => b.gate).map((b) => `gate ${b.id}`),
    ...["outstanding", "good", "requires-improvement", "inadequate", "insufficient-evidence"].map(
      (r) => `rating ${r}`,
    ),
  ];
  return wanted.filter((w) => !reached.has(w));
}

/** The outcomes no in-range evidence reaches, found by {@link searchOutcomes} and confirmed on the whole rule set. */
function unreachableOutcomes(ruleSet: RuleSet): string[] {
  const unreachable: string[] = [];
  const full = createEvaluator(ruleSet);
  for (const benchmark of ruleSet.benchmarks) {
    const found = searchOutcomes(ruleSet, benchmark);
    for (const outcome of possibleOutcomes(benchmark)) {
      const input = found.get(outcome);
      const confirmed =
        input !== undefined &&
        full.evaluate(input).benchmarks.find((b) => b.id === benchmark.id)?.outcome === outcome;
      if (!confirmed) unreachable.push(`${benchmark.id} ${outcome}`);
    }
  }
  return unreachable;
}

/** The SMF recommendation numbers a rationale cites: "SMF recommendations 1 and 2", "SMF recommendation 3 (…) and recommendation 4". */
function smfCitations(rationale: string): number[] {
  const numbers: number[] = [];
  for (const sentence of rationale.split(/;|\.\s/))
    for (const match of sentence.matchAll(
      /SMF recommendations? ([\d, and]+)(?:\([^)]*\))?(?: and recommendation (\d))?/g,
    ))
      numbers.push(
        ...(match[1]!.match(/\d/g) ?? []).map(Number),
        ...(match[2] ? [Number(match[2])] : []),
      );
  return [...new Set(numbers)].sort();
}

function summarise(j: Judgement) {
  return {
    outcomes: Object.fromEntries(j.benchmarks.map((b) => [b.id, b.outcome])),
    domains: Object.fromEntries(j.domains.map((d) => [d.id, d.score])),
    percent: j.percent,
    rating: j.rating,
    limits: j.limits.map((l) => l.id),
  };
}

function nest(flat: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(flat)) {
    const parts = path.split(".");
    let node = out;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts.at(-1)!] = value;
  }
  return out;
}

/** Any in-range value of every declared field, each possibly missing, for any organisation type. */
function evidenceArbitrary(ruleSet: RuleSet) {
  const fields = Object.entries(ruleSet.evidence).map(([path, f]) => {
    const value: fc.Arbitrary<unknown> = (() => {
      switch (f.type) {
        case "percent":
          return fc.oneof(
            fc.integer({ min: 0, max: 100 }),
            fc.double({ min: 0, max: 100, noNaN: true }),
          );
        case "number":
          return fc.oneof(
            fc.integer({ min: Math.ceil(f.min ?? -1000), max: Math.floor(f.max ?? 1000) }),
            fc.double({ min: f.min ?? -1000, max: f.max ?? 1000, noNaN: true }),
          );
        case "integer":
          return fc.integer({ min: f.min ?? -1000, max: f.max ?? 1000 });
        case "count":
          return fc.nat({ max: 120 });
        case "boolean":
          return fc.boolean();
        case "enum":
          return fc.constantFrom(...(f.values ?? []));
        case "date":
          return fc
            .date({ min: new Date("2000-01-01"), max: new Date("2035-12-31"), noInvalidDate: true })
            .map((d) => d.toISOString().slice(0, 10));
        default:
          return fc.string();
      }
    })();
    return [path, fc.option(value, { nil: undefined, freq: 6 })] as const;
  });
  return fc.record({
    type: fc.constantFrom(...(ruleSet.organisationTypes ?? [])),
    flat: fc
      .record(Object.fromEntries(fields))
      .map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined))),
  });
}

function numbersIn(logic: unknown, out: number[] = []): number[] {
  if (typeof logic === "number") out.push(logic);
  else if (Array.isArray(logic)) for (const item of logic) numbersIn(item, out);
  else if (logic !== null && typeof logic === "object")
    for (const [op, args] of Object.entries(logic)) if (op !== "var") numbersIn(args, out);
  return out;
}

function stringsIn(logic: unknown, out: string[] = []): string[] {
  if (typeof logic === "string") out.push(logic);
  else if (Array.isArray(logic)) for (const item of logic) stringsIn(item, out);
  else if (logic !== null && typeof logic === "object")
    for (const [op, args] of Object.entries(logic)) if (op !== "var") stringsIn(args, out);
  return out;
}

/**
 * Values worth trying for a field: its range's ends and every number the benchmark's conditions
 * mention, then (`fine`) one step either side of each, all within the declared range.
 */
function candidateValues(ruleSet: RuleSet, path: string, logic: unknown, fine: boolean): unknown[] {
  const f = ruleSet.evidence[path]!;
  if (f.type === "boolean") return [true, false];
  if (f.type === "enum") return [...(f.values ?? [])];
  if (f.type === "string" || f.type === "date")
    return [...new Set([...stringsIn(logic), f.type === "date" ? "2000-01-01" : "other"])];
  const whole = f.type === "integer" || f.type === "count";
  const numbers = numbersIn(logic);
  const lo =
    f.type === "percent" || f.type === "count" ? 0 : (f.min ?? Math.min(0, ...numbers) - 10);
  const hi = f.type === "percent" ? 100 : (f.max ?? Math.max(0, ...numbers) + 10);
  const step = whole ? 1 : 0.1;
  const values = [lo, hi, ...numbers.flatMap((n) => (fine ? [n - step, n, n + step] : [n]))]
    .map((n) => (whole ? Math.round(n) : Math.round(n * 1e6) / 1e6))
    .filter((n) => n >= lo && n <= hi);
  return [...new Set(values)].sort((a, b) => a - b);
}

function* product(lists: readonly (readonly unknown[])[]): Generator<unknown[]> {
  if (lists.length === 0) return yield [];
  for (const head of lists[0]!) for (const rest of product(lists.slice(1))) yield [head, ...rest];
}

/**
 * Finds in-range evidence for each outcome of one benchmark: a search over every organisation
 * type and the candidate values of the fields it reads (coarse first, then finer), on a copy of
 * the rule set holding only that benchmark. Not evidenced: the evidence of any outcome found,
 * without the fields the levels read.
 */
function searchOutcomes(ruleSet: RuleSet, benchmark: Benchmark): Map<string, EvidenceDocument> {
  const alone = createEvaluator(
    parseRuleSet({
      ...structuredClone(ruleSet),
      benchmarks: [structuredClone(benchmark)],
      scoring: { ...ruleSet.scoring, limits: [] },
    }),
  );
  const logic = { levels: benchmark.levels, appliesTo: benchmark.appliesTo ?? null };
  const levelReads = Object.values(benchmark.levels).flatMap((l) => pathsRead(l));
  const levelPaths = new Set(benchmark.requires ?? levelReads);
  const paths = [
    ...new Set([...levelPaths, ...levelReads, ...pathsRead(benchmark.appliesTo)]),
  ].filter((p) => p !== "organisation.type");
  const types =
    benchmark.appliesTo === undefined
      ? [ruleSet.organisationTypes?.[0] ?? "acute"]
      : [...(ruleSet.organisationTypes ?? [])];
  const found = new Map<string, EvidenceDocument>();
  const wanted = possibleOutcomes(benchmark).filter((o) => o !== "not-evidenced");
  for (const fine of [false, true]) {
    const lists = paths.map((p) => candidateValues(ruleSet, p, logic, fine));
    let tried = 0;
    for (const type of types)
      for (const values of product(lists)) {
        if (wanted.every((o) => found.has(o)) || ++tried > 50_000) break;
        const input = {
          organisation: { type },
          asOf: "2026-06-30",
          evidence: nest(Object.fromEntries(paths.map((p, i) => [p, values[i]]))),
        };
        const outcome = alone.evaluate(input).benchmarks[0]!.outcome;
        if (!found.has(outcome)) found.set(outcome, input);
      }
  }
  const applicable = [...found].find(([outcome]) => outcome !== "not-applicable")?.[1];
  if (applicable !== undefined) {
    const flat = Object.fromEntries(
      paths.filter((p) => !levelPaths.has(p)).map((p) => [p, getPath(applicable.evidence, p)]),
    );
    const input = { ...applicable, evidence: nest(flat) };
    if (alone.evaluate(input).benchmarks[0]!.outcome === "not-evidenced")
      found.set("not-evidenced", input);
  }
  return found;
}

function getPath(value: unknown, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}
