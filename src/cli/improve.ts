import type { EvidenceDocument } from "../evaluate/index.js";
import { RATINGS, type RuleSet } from "../format/index.js";
import {
  type ImprovementPlan,
  type ImprovementStep,
  suggestImprovements,
} from "../improve/index.js";
import { EvidenceError } from "../errors.js";
import { FileError, type FileLocation, readEvidenceFile } from "../node/index.js";
import { ratingLabel } from "../reports/index.js";
import { choice, isoDate, parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { checkInputFiles } from "./_inputs.js";
import { RULE_SET_OPTIONS, chooseRuleSet, ruleSetHelp } from "./_rule-sets.js";
import { UsageError } from "./_usage-error.js";

const OPTIONS = {
  ...HELP_OPTION,
  ...RULE_SET_OPTIONS,
  target: { type: "string", short: "t" },
  organisation: { type: "string" },
  "as-of": { type: "string" },
  format: { type: "string", short: "f" },
} as const;

/** The one document of FILE, or the one whose organisation.id is `organisation`. */
async function readOne(
  file: string,
  ruleSet: RuleSet,
  organisation: string | undefined,
): Promise<{ document: EvidenceDocument; source: FileLocation }> {
  let found: { document: EvidenceDocument; source: FileLocation } | undefined;
  let count = 0;
  for await (const { source, document, error } of readEvidenceFile(file, { ruleSet })) {
    count += 1;
    if (organisation !== undefined && document?.organisation.id !== organisation) continue;
    if (document === undefined)
      throw new FileError(
        "invalid-file",
        file,
        (error?.issues ?? []).map((i) => ({ ...i, ...source })),
      );
    if (found !== undefined)
      throw new UsageError(
        `${file} holds more than one organisation${organisation === undefined ? "; choose one with --organisation ID" : ` with id ${organisation}`}`,
        "improve",
      );
    found = { document, source };
  }
  if (found !== undefined) return found;
  throw new UsageError(
    organisation === undefined
      ? `${file} holds no evidence document`
      : `no organisation with id ${organisation} among the ${count} in ${file}`,
    "improve",
  );
}

const value = (v: unknown) =>
  v === null ? "missing" : typeof v === "string" ? v : JSON.stringify(v);
const label = (r: ImprovementPlan["current"]) =>
  `${ratingLabel(r.rating)}${r.percent === null ? "" : ` (${r.percent}%)`}`;
const words = (code: string) => code.replaceAll("-", " ");

function stepLines(step: ImprovementStep, n: number): string[] {
  const head =
    step.kind === "benchmark"
      ? `${n}. ${step.benchmark} ${step.title}: ${words(step.from)} → ${words(step.to)}`
      : `${n}. clear limit ${step.limit} (caps at ${words(step.capAt)}): ${step.reason}`;
  const also =
    step.kind === "benchmark"
      ? step.also.map((a) => `     also moves ${a.benchmark}: ${words(a.from)} → ${words(a.to)}`)
      : [];
  return [
    head,
    ...step.changes.map((c) => `     ${c.path}: ${value(c.from)} → ${value(c.to)}`),
    ...also,
  ];
}

/** The plan as text: where the organisation is, the steps, and where they lead (or why it cannot). */
function planText(plan: ImprovementPlan, name: string): string {
  const lines = [`${name}: ${label(plan.current)} now; target ${ratingLabel(plan.target)}.`];
  if (!plan.reachable)
    lines.push(
      `The target cannot be reached by changing evidence: ${plan.reason ?? "no reason given"}`,
    );
  else if (plan.steps.length === 0)
    lines.push("The rating already meets the target; nothing needs to change.");
  else {
    lines.push(`${plan.steps.length} ${plan.steps.length === 1 ? "step" : "steps"}, each needed:`);
    for (const [i, step] of plan.steps.entries()) lines.push(...stepLines(step, i + 1));
    lines.push(`With every change: ${label(plan.projected)}.`);
  }
  return `${lines.join("\n")}\n`;
}

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("improve", args, OPTIONS);
  if (values.help) return printHelp(improveCommand);
  const [file] = positionals("improve", rest, "the evidence FILE", 1, 1) as [string];
  if (values.target === undefined) throw new UsageError("missing --target RATING", "improve");
  const target = choice("improve", "target", values.target, RATINGS, "good");
  const format = choice("improve", "format", values.format, ["text", "json"], "text");
  const asOf = isoDate("improve", "as-of", values["as-of"]);
  const ruleSet = await chooseRuleSet(values, "improve");
  await checkInputFiles([file], "evidence");
  const { document, source } = await readOne(file, ruleSet, values.organisation);
  let plan: ImprovementPlan;
  try {
    plan = suggestImprovements(ruleSet, document, { target, asOf });
  } catch (error) {
    if (!(error instanceof EvidenceError)) throw error;
    throw new FileError(
      "invalid-file",
      file,
      error.issues.map((i) => ({ ...i, ...source })),
    );
  }
  const name = document.organisation.name ?? document.organisation.id ?? file;
  process.stdout.write(
    format === "json" ? `${JSON.stringify(plan, null, 2)}\n` : planText(plan, name),
  );
  return 0;
}

/** `well-led improve`: what evidence changes would reach a target rating. */
export const improveCommand: Command = {
  name: "improve",
  summary: "suggest the smallest evidence changes that reach a target rating",
  run,
  help: () => `Usage: well-led improve FILE --target RATING [options]

Answers "what would it take to reach RATING?": the benchmark level changes, and the concrete
evidence changes that make them, such that applying every change reaches at least the target.
Every step is needed; numeric changes are as small as the plan allows. When no evidence change can
reach the target (for example a limit it cannot pass), says so and why: that is an answer, and the
exit code is 0.

FILE holds one organisation's evidence (JSON, JSON Lines or CSV); for a file of several, choose one
with --organisation.

Options:
  -t, --target RATING   outstanding, good, requires-improvement or inadequate (required)
  --organisation ID     the organisation.id to plan for, in a file of several
  --as-of DATE          judge as of this date (YYYY-MM-DD)
${ruleSetHelp()}
  -f, --format FORMAT   text (default) or json
  -h, --help            show this help

Exit codes: 0 a plan or the reason there is none, 1 the evidence is invalid, 2 usage error.

Examples:
  well-led improve examples/northfield-acute.json --target outstanding
  well-led improve examples/batch.csv --organisation RX00002 --target good --format json
`,
};
