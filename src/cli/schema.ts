import { evidenceJsonSchema } from "../evaluate/index.js";
import { ruleSetJsonSchema } from "../format/index.js";
import { parseCommandArgs, positionals } from "./_args.js";
import { type Command, HELP_OPTION, printHelp } from "./_command.js";
import { RULE_SET_OPTIONS, chooseRuleSet, ruleSetHelp } from "./_rule-sets.js";
import { UsageError } from "./_usage-error.js";

const OPTIONS = { ...HELP_OPTION, ...RULE_SET_OPTIONS } as const;

async function run(args: readonly string[]): Promise<number> {
  const { values, positionals: rest } = parseCommandArgs("schema", args, OPTIONS);
  if (values.help) return printHelp(schemaCommand);
  const [kind] = positionals("schema", rest, "which schema: rule-set or evidence", 1, 1);
  let schema: unknown;
  if (kind === "rule-set") {
    if (values.rules !== undefined || values["rule-set"] !== undefined)
      throw new UsageError(
        "the rule-set schema is the same for every rule set: --rules and --rule-set apply to the evidence schema",
        "schema",
      );
    schema = ruleSetJsonSchema();
  } else if (kind === "evidence")
    schema = evidenceJsonSchema(await chooseRuleSet(values, "schema"));
  else throw new UsageError(`unknown schema "${kind}" (use rule-set or evidence)`, "schema");
  process.stdout.write(`${JSON.stringify(schema, null, 2)}\n`);
  return 0;
}

/** `well-led schema`: print a JSON Schema. */
export const schemaCommand: Command = {
  name: "schema",
  summary: "print the JSON Schema of rule-set documents or of a rule set's evidence",
  run,
  help: () => `Usage: well-led schema rule-set|evidence [options]

Prints a JSON Schema (draft 2020-12): "rule-set" for rule-set documents (format 1); "evidence"
for the evidence documents of one rule set (its declared fields, types and ranges), for editors
and for checking evidence before it reaches well-led.

Options:
${ruleSetHelp()}
                        (evidence only)
  -h, --help            show this help

Examples:
  well-led schema rule-set > rule-set.schema.json
  well-led schema evidence --rules well-led@1 > evidence-1.schema.json
`,
};
