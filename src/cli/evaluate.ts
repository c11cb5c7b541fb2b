import { EvidenceError } from "../errors.js";
import { createEvaluator } from "../evaluate/index.js";
import type { RuleSet } from "../format/index.js";
import { FileError, evidenceFileFormat, readEvidenceFile } from "../node/index.js";
import { choice, isoDate, parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { checkInputFiles, holdsOneDocument } from "./_inputs.js";
import {
  JUDGEMENT_FORMATS,
  createJudgementWriter,
  type JudgementWriter,
} from "./_judgement-writers.js";
import { openOutput } from "./_output.js";
import { BatchProblems } from "./_report.js";
import { RULE_SET_OPTIONS, chooseRuleSet, ruleSetHelp } from "./_rule-sets.js";
import { createProgress, useColor } from "./_terminal.js";

const OPTIONS = {
  ...HELP_OPTION,
  ...RULE_SET_OPTIONS,
  "as-of": { type: "string" },
  format: { type: "string", short: "f" },
  explain: { type: "string" },
  out: { type: "string", short: "o" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
} as const;

interface BatchOptions {
  readonly ruleSet: RuleSet;
  readonly asOf: string | undefined;
  readonly explain: "summary" | "full";
  readonly writer: JudgementWriter;
  readonly problems: BatchProblems;
  readonly tick: () => void;
}

/** Evaluates every document of every file in order; returns how many records were read. */
async function evaluateFiles(files: readonly string[], options: BatchOptions): Promise<number> {
  const { ruleSet, writer, problems, tick } = options;
  const evaluator = createEvaluator(ruleSet, { asOf: options.asOf, explain: options.explain });
  let total = 0;
  for (const file of files) {
    try {
      for await (const { source, document, error } of readEvidenceFile(file, { ruleSet })) {
        total += 1;
        tick();
        if (document === undefined) {
          problems.rejectRecord(error?.issues ?? [], source);
          continue;
        }
        try {
          await writer.write(evaluator.evaluate(document));
        } catch (failure) {
          if (!(failure instanceof EvidenceError)) throw failure;
          problems.rejectRecord(failure.issues, source);
        }
      }
    } catch (failure) {
      if (!(failure instanceof FileError) || failure.code !== "invalid-file") throw failure;
      problems.rejectFile(failure.issues);
    }
  }
  return total;
}

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("evaluate", args, OPTIONS);
  if (values.help) return printHelp(evaluateCommand);
  const files = positionals("evaluate", rest, "the evidence FILE to evaluate", 1);
  const format = choice("evaluate", "format", values.format, JUDGEMENT_FORMATS, "text");
  const explain = choice("evaluate", "explain", values.explain, ["summary", "full"], "summary");
  const asOf = isoDate("evaluate", "as-of", values["as-of"]);
  const ruleSet = await chooseRuleSet(values, "evaluate");
  await checkInputFiles(files, "evidence");
  const single =
    files.length === 1 &&
    evidenceFileFormat(files[0]!) === "json" &&
    (await holdsOneDocument(files[0]!));
  const output = await openOutput(values.out, "evaluate");
  const progress = createProgress("organisations");
  const problems = new BatchProblems(progress);
  try {
    const color = format === "text" && useColor(values, output);
    const writer = createJudgementWriter(format, output, {
      ruleSet,
      single,
      color,
      width: output.columns,
    });
    const total = await evaluateFiles(files, {
      ruleSet,
      asOf,
      explain,
      writer,
      problems,
      tick: () => progress.tick(),
    });
    await writer.end();
    await output.commit();
    problems.finish(total);
  } catch (error) {
    progress.clear();
    await output.abort();
    throw error;
  }
  return problems.any ? 1 : 0;
}

/** `well-led evaluate`: judge evidence files against a rule set. */
export const evaluateCommand: Command = {
  name: "evaluate",
  summary: "judge evidence files (JSON, JSON Lines, CSV) against a rule set",
  run,
  help: () => `Usage: well-led evaluate FILE… [options]

Judges each organisation's evidence against a rule set and prints the judgements.

FILE is an evidence document (.json), a JSON array of them (.json), JSON Lines (.jsonl, .ndjson:
one document a line) or CSV (.csv: a header of organisation.id, organisation.name,
organisation.type, optional asOf and evidence dot paths; one organisation a row).

Options:
${ruleSetHelp()}
  --as-of DATE          judge as of this date (YYYY-MM-DD); overrides each document's asOf
                        (default: the document's asOf, else today in UTC)
  -f, --format FORMAT   text (default), json, jsonl, markdown, html or csv
                        json: one object for one document, else an array
  --explain full        include each benchmark's condition trace (json and jsonl)
  -o, --out PATH        write to PATH, replacing it only once the output is complete
  --color, --no-color   force colour on or off for text (default: on for a terminal unless NO_COLOR is set)
  -h, --help            show this help

A row or document that cannot be evaluated is reported on standard error as
"file:row N: path: message" and left out of the output; the others are still evaluated and the
exit code is 1. JSON Lines and CSV are streamed, in bounded memory; html collects every judgement.

Exit codes: 0 all evaluated, 1 some evidence rejected, 2 usage error (bad option, missing file).

Examples:
  well-led evaluate examples/northfield-acute.json
  well-led evaluate examples/northfield-acute.json --rules well-led@1 --format json
  well-led evaluate examples/batch.csv --format csv --out judgements.csv
  well-led evaluate providers/*.json --format jsonl --as-of 2025-03-31
`,
};
