import { resolve as resolvePath } from "node:path";
import validVersion from "semver/functions/valid.js";
import validRange from "semver/ranges/valid.js";
import type { RuleSet } from "../format/index.js";
import { loadRuleSetFile } from "../node/index.js";
import { defaultRegistry } from "../rules/index.js";
import { UsageError } from "./_usage-error.js";

/** The built-in rule set `evaluate`, `improve` and `schema evidence` use when none is named. */
export const DEFAULT_RULE_SET = "well-led";

/** True when a rule-set reference names a file rather than a built-in `ID@RANGE`. */
export function isPathReference(reference: string): boolean {
  return /[/\\]/.test(reference) || reference.endsWith(".json");
}

/**
 * Finds a built-in rule set by `ID`, `ID@RANGE` or `ID@VERSION`: the highest non-draft version in
 * the range; an exact version also finds a draft, since it was asked for by name.
 */
export function builtInRuleSet(reference: string, command: string): RuleSet {
  const at = reference.indexOf("@");
  const id = at === -1 ? reference : reference.slice(0, at);
  const range = at === -1 ? "*" : reference.slice(at + 1);
  const registry = defaultRegistry();
  const ids = [...new Set(registry.list().map((s) => s.id))];
  if (!ids.includes(id))
    throw new UsageError(`no built-in rule set "${id}" (built-in: ${ids.join(", ")})`, command);
  if (validRange(range) === null)
    throw new UsageError(
      `"${range}" is not a version or semver range (try ${id}@2.0.0 or ${id}@^1)`,
      command,
    );
  const found = registry.get(id, range, { includeDrafts: validVersion(range) !== null });
  if (found !== undefined) return found;
  const versions = registry
    .list()
    .filter((s) => s.id === id)
    .map((s) => `${s.version} (${s.status})`);
  throw new UsageError(
    `no version of ${id} matches "${range}" (built-in: ${versions.join(", ")})`,
    command,
  );
}

/** Loads a rule set named by a path (relative to `baseDir`, default the working directory) or `ID@RANGE`. */
export async function loadRuleSetReference(
  reference: string,
  command: string,
  baseDir?: string,
): Promise<RuleSet> {
  if (!isPathReference(reference)) return builtInRuleSet(reference, command);
  return loadRuleSetFile(baseDir === undefined ? reference : resolvePath(baseDir, reference));
}

/** The rule set chosen by `--rules ID@RANGE` or `--rule-set PATH`, else the built-in `well-led`, latest non-draft. */
export async function chooseRuleSet(
  values: { readonly rules?: string | undefined; readonly "rule-set"?: string | undefined },
  command: string,
): Promise<RuleSet> {
  if (values.rules !== undefined && values["rule-set"] !== undefined)
    throw new UsageError("give either --rules or --rule-set, not both", command);
  if (values["rule-set"] !== undefined) return loadRuleSetFile(values["rule-set"]);
  if (values.rules !== undefined && isPathReference(values.rules))
    throw new UsageError(
      "--rules takes ID@RANGE of a built-in rule set; use --rule-set PATH for a file",
      command,
    );
  return builtInRuleSet(values.rules ?? DEFAULT_RULE_SET, command);
}

/** The `--rules` and `--rule-set` options, shared by the commands that evaluate evidence. */
export const RULE_SET_OPTIONS = {
  rules: { type: "string" },
  "rule-set": { type: "string" },
} as const;

/** Help text for {@link RULE_SET_OPTIONS}, naming the version the default resolves to today. */
export function ruleSetHelp(): string {
  const latest = builtInRuleSet(DEFAULT_RULE_SET, "");
  return `  --rules ID@RANGE      a built-in rule set and semver range, e.g. well-led@^1 or well-led@2.0.0
                        (default: ${DEFAULT_RULE_SET}, its latest version that is not a draft, which is
                        ${latest.version}, status ${latest.status}; --rules ${DEFAULT_RULE_SET}@1 for today's CQC framework)
  --rule-set PATH       a rule-set file instead of a built-in one`;
}
