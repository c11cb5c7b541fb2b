// `npm run bench`: well-led against the bare json-logic-js interpreter, json-rules-engine and
// hand-written JavaScript, on the built-in well-led@2.0.0 and generated organisations, in one
// process with interleaved rounds; then rule-set parse + compile, and the CLI on a 50,000-row CSV.
// Prints a table and PASS/FAIL per target, and writes the results into docs/performance.md.
//
//   node bench/run.mjs [--orgs 2000] [--rounds 9] [--warmup 2] [--seed bench]
//                      [--cli-rows 50000] [--cli-format csv|jsonl] [--no-cli] [--no-write] [--quick] [--check]
//
// Exit code 0 whatever the numbers (it is a measurement), unless --check is given and a target fails.
// Imports the built package (../dist): `npm run bench` builds first; when iterating, `npx tsup`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { createEvaluator, parseRuleSet } from "../dist/index.js";
import { checkAgreement } from "./_agreement.mjs";
import { convertibleBenchmarks, jsonLogicJudge, rulesEngineJudge } from "./_alternatives.mjs";
import { measureCli } from "./_cli.mjs";
import { ROOT, conditionData, flatFacts, generatedCsv, readOrganisations } from "./_data.mjs";
import { handWrittenJudge } from "./_hand-written.mjs";
import { interleave } from "./_measure.mjs";
import { describeMachine, writeResults } from "./_report.mjs";
import { summarise } from "./_results.mjs";

const { values: options } = parseArgs({
  options: {
    orgs: { type: "string", default: "2000" },
    rounds: { type: "string", default: "9" },
    warmup: { type: "string", default: "2" },
    seed: { type: "string", default: "bench" },
    "cli-rows": { type: "string", default: "50000" },
    "cli-format": { type: "string", default: "csv" },
    "no-cli": { type: "boolean", default: false },
    "no-write": { type: "boolean", default: false },
    quick: { type: "boolean", default: false },
    check: { type: "boolean", default: false },
  },
});
const quick = options.quick;
const settings = {
  orgs: quick ? 300 : Number(options.orgs),
  rounds: quick ? 3 : Number(options.rounds),
  warmup: quick ? 1 : Number(options.warmup),
  seed: options.seed,
  cliRows: quick ? 5000 : Number(options["cli-rows"]),
  cliFormat: options["cli-format"],
};
const withCli = !options["no-cli"];
const log = (text) => process.stderr.write(`bench: ${text}\n`);
const machine = describeMachine();

// The first parse + compile in this process, before anything has warmed the code up.
const ruleSetText = readFileSync(join(ROOT, "rules/well-led/2.0.0.json"), "utf8");
const coldBegan = performance.now();
const ruleSet = parseRuleSet(ruleSetText);
createEvaluator(ruleSet);
const coldMs = performance.now() - coldBegan;

// Every round judges organisations it has not seen (as a batch does): one slice of the pool each.
const slices = settings.warmup + settings.rounds;
const poolSize = settings.orgs * slices;
const csv = generatedCsv(withCli ? Math.max(settings.cliRows, poolSize) : poolSize, settings.seed);
const pool = await readOrganisations(csv, ruleSet, poolSize);
if (pool.length < poolSize)
  throw new Error(`bench: ${csv} has ${pool.length} rows, fewer than ${poolSize}`);
const slice = (round) => {
  const start = (round + settings.warmup) * settings.orgs;
  return pool.slice(start, start + settings.orgs);
};
const documents = Array.from({ length: slices }, (_, k) => slice(k - settings.warmup));
const data = documents.map((docs) => docs.map(conditionData));
const facts = data.map((list) => list.map((d) => flatFacts(d)));
log(
  `${poolSize.toLocaleString("en-GB")} organisations (${slices} slices of ${settings.orgs}) from ${csv}`,
);

// The subsets: what json-rules-engine can express, and what is written by hand.
const all = ruleSet.benchmarks;
const convertible = convertibleBenchmarks(all);
const hand = handWrittenJudge();
const handBenchmarks = all.filter((b) => hand.ids.includes(b.id));
const subsetRuleSet = (benchmarks) => parseRuleSet({ ...JSON.parse(ruleSetText), benchmarks });
const judges = {
  all: jsonLogicJudge(all),
  convertible: jsonLogicJudge(convertible),
  hand: jsonLogicJudge(handBenchmarks),
  engine: rulesEngineJudge(convertible),
};
const asOf = "2025-03-31";
const evaluators = {
  all: createEvaluator(ruleSet, { asOf }),
  convertible: createEvaluator(subsetRuleSet(convertible), { asOf }),
  hand: createEvaluator(subsetRuleSet(handBenchmarks), { asOf }),
};
const agreement = await checkAgreement({
  data: data[0],
  facts: facts[0],
  documents: documents[0],
  judges,
  hand,
  evaluator: createEvaluator(ruleSet, { asOf }),
});
log(agreement.text);

const k = (round) => round + settings.warmup;
const overData = (judge) => (round) => {
  let sum = 0;
  for (const d of data[k(round)]) sum += judge(d);
  return sum;
};
const overDocuments = (evaluator, evaluateOptions) => (round) => {
  let sum = 0;
  for (const document of documents[k(round)])
    sum += evaluator.evaluate(document, evaluateOptions).percent ?? 0;
  return sum;
};
const COMPILES = 5;
const n = settings.orgs;
const cases = [
  { id: "jl-all", items: n, run: overData(judges.all.judge) },
  { id: "wl-summary", items: n, run: overDocuments(evaluators.all) },
  { id: "wl-full", items: n, run: overDocuments(evaluators.all, { explain: "full" }) },
  { id: "jl-convertible", items: n, run: overData(judges.convertible.judge) },
  {
    id: "engine",
    items: n,
    run: async (round) => {
      let sum = 0;
      for (const f of facts[k(round)]) sum += await judges.engine.judge(f);
      return sum;
    },
  },
  { id: "wl-convertible", items: n, run: overDocuments(evaluators.convertible) },
  { id: "jl-hand", items: n, run: overData(judges.hand.judge) },
  { id: "hand", items: n, run: overData(hand.judge) },
  { id: "wl-hand", items: n, run: overDocuments(evaluators.hand) },
  {
    id: "compile",
    items: COMPILES,
    run: () => {
      for (let i = 0; i < COMPILES; i++) createEvaluator(parseRuleSet(ruleSetText));
      return 0;
    },
  },
  {
    // Work deferred to first use (sentence analysis) shows here: the time to the first judgement.
    id: "first",
    items: COMPILES,
    run: (round) => {
      let sum = 0;
      for (let i = 0; i < COMPILES; i++)
        sum +=
          createEvaluator(parseRuleSet(ruleSetText), { asOf }).evaluate(documents[k(round)][i])
            .percent ?? 0;
      return sum;
    },
  },
];
log(`${cases.length} cases x ${settings.rounds} rounds (+${settings.warmup} warm-up), interleaved`);
const samples = await interleave(cases, {
  rounds: settings.rounds,
  warmup: settings.warmup,
  onRound: (r) =>
    log(
      r < 0
        ? `warm-up round ${r + settings.warmup + 1} done`
        : `round ${r + 1}/${settings.rounds} done`,
    ),
});

let cli;
if (withCli) {
  log(`CLI on ${settings.cliRows.toLocaleString("en-GB")} rows (--format ${settings.cliFormat})…`);
  cli = await measureCli(generatedCsv(settings.cliRows, settings.seed), settings.cliFormat);
}

const results = summarise({
  machine,
  loadAfter: describeMachine().load,
  settings,
  agreement,
  samples,
  counts: { all: all.length, convertible: convertible.length, hand: handBenchmarks.length },
  ruleSetKb: ruleSetText.length / 1024,
  coldMs,
  cli,
});
process.stdout.write(`\n${results.markdown}\n\n`);
for (const [target, measured, verdict] of results.targets)
  process.stdout.write(`${verdict}  ${target}: ${measured}\n`);
if (!options["no-write"] && !quick) {
  const written = writeResults(join(ROOT, "docs/performance.md"), results.markdown);
  log(
    written
      ? "results written to docs/performance.md"
      : "docs/performance.md has no results markers: not written",
  );
}
if (options.check && results.targets.some(([, , verdict]) => verdict === "FAIL"))
  process.exitCode = 1;
