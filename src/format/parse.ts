import { type Issue, RuleSetError } from "../errors.js";
import { inspectJson } from "./_inspect-json.js";
import { checkRuleSet } from "./_check-rule-set.js";
import { fromZodIssues } from "./_zod-issues.js";
import { LIMITS } from "./limits.js";
import { type RuleSet, RuleSetSchema } from "./schema.js";

function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v !== null && typeof v === "object" && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const child of Object.values(v)) stack.push(child);
    }
  }
  return value;
}

/** Copies a value that inspectJson passed (plain JSON, proxies included), without recursion. */
function copyJson(value: unknown): unknown {
  const root: { value?: unknown } = {};
  const stack: { from: unknown; into: Record<string | number, unknown>; key: string | number }[] = [
    { from: value, into: root as Record<string, unknown>, key: "value" },
  ];
  while (stack.length > 0) {
    const { from, into, key } = stack.pop()!;
    if (from === null || typeof from !== "object") {
      into[key] = from;
    } else if (Array.isArray(from)) {
      const copy: unknown[] = new Array(from.length);
      into[key] = copy;
      for (let i = 0; i < from.length; i++) {
        const item: unknown = from[i];
        if (item === null || typeof item !== "object") copy[i] = item;
        else stack.push({ from: item, into: copy as unknown as Record<number, unknown>, key: i });
      }
    } else {
      const copy: Record<string, unknown> = {};
      into[key] = copy;
      const keys = Object.keys(from);
      for (const k of keys) copy[k] = null; // keep the key order; values are filled in below
      for (let i = keys.length - 1; i >= 0; i--)
        stack.push({
          from: (from as Record<string, unknown>)[keys[i]!],
          into: copy,
          key: keys[i]!,
        });
    }
  }
  return root.value;
}

function readJson(input: string): { value?: unknown; issues: Issue[] } {
  if (input.length > LIMITS.ruleSetSize)
    return {
      issues: [
        {
          path: "$",
          code: "too-large",
          message: `the document is larger than the limit of ${LIMITS.ruleSetSize} characters`,
        },
      ],
    };
  try {
    return { value: JSON.parse(input), issues: [] };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { issues: [{ path: "$", code: "invalid-json", message: `not valid JSON: ${detail}` }] };
  }
}

/**
 * Checks a rule-set document against format 1 and every static rule, reporting all problems at once.
 * Accepts the parsed JSON value or its text. The result is a frozen deep copy of the document.
 *
 * @param input - a rule-set document (object or JSON text)
 * @returns the checked rule set
 * @throws {RuleSetError} listing every problem, each with its JSON path
 * @example
 * ```ts
 * const ruleSet = parseRuleSet(JSON.parse(readFileSync("rules/well-led/2.0.0.json", "utf8")));
 * ```
 */
export function parseRuleSet(input: unknown): RuleSet {
  const result = safeParseRuleSet(input);
  if (!result.success) throw result.error;
  return result.ruleSet;
}

/**
 * Like {@link parseRuleSet}, but returns the error instead of throwing it.
 *
 * @example
 * ```ts
 * const result = safeParseRuleSet(doc);
 * if (!result.success) for (const issue of result.error.issues) console.log(issue.path, issue.message);
 * ```
 */
export function safeParseRuleSet(
  input: unknown,
): { success: true; ruleSet: RuleSet } | { success: false; error: RuleSetError } {
  const fail = (issues: Issue[]) => ({ success: false as const, error: new RuleSetError(issues) });
  let value = input;
  if (typeof input === "string") {
    const read = readJson(input);
    if (read.issues.length > 0) return fail(read.issues);
    value = read.value;
  }
  const benchmarks = (value as { benchmarks?: unknown } | null)?.benchmarks;
  if (Array.isArray(benchmarks) && benchmarks.length > LIMITS.benchmarks)
    return fail([
      {
        path: "benchmarks",
        code: "too-many",
        message: `more than the limit of ${LIMITS.benchmarks} benchmarks`,
      },
    ]);
  const shape = inspectJson(value, { maxDepth: LIMITS.documentDepth, maxSize: LIMITS.ruleSetSize });
  if (shape.issues.length > 0) return fail(shape.issues);
  const parsed = RuleSetSchema.safeParse(copyJson(value));
  if (!parsed.success) return fail(fromZodIssues(parsed.error.issues));
  const issues = checkRuleSet(parsed.data);
  if (issues.length > 0) return fail(issues);
  return { success: true, ruleSet: deepFreeze(parsed.data) };
}
