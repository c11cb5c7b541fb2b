import type { Issue } from "../errors.js";
import { ALLOWED_OPERATORS, SCOPED_OPERATORS } from "../logic/operators.js";
import { FORBIDDEN_SEGMENTS, formatPath, type PathSegments } from "./_path.js";
import { LIMITS } from "./limits.js";
import { closest } from "./_suggest.js";

/** What a condition may read, and how to describe it in messages. */
export interface ReadableScope {
  /** True when a condition may read this dot path. */
  readonly has: (path: string) => boolean;
  /** Every readable path, for "did you mean" suggestions. */
  readonly paths: readonly string[];
  /** Where readable paths come from, for messages: "declared in `evidence`". */
  readonly where: string;
  /** How to fix an unreadable path when no close match exists. */
  readonly fix: string;
}

interface Frame {
  readonly node: unknown;
  readonly path: PathSegments;
  readonly depth: number;
  readonly scoped: boolean;
}

/**
 * Checks one JsonLogic condition without recursion: allowed operators only, one key per object,
 * static `var` paths that the scope can read, no prototype segments, depth within the limit.
 * Returns the issues found and the paths the condition reads (outside map/filter/… callbacks).
 */
export function checkCondition(
  condition: unknown,
  at: PathSegments,
  scope: ReadableScope,
  subject: string,
): { issues: Issue[]; reads: string[] } {
  const issues: Issue[] = [];
  const reads = new Set<string>();
  const add = (path: PathSegments, code: string, message: string) =>
    issues.push({ path: formatPath(path), code, message: `${subject}: ${message}` });
  const stack: Frame[] = [{ node: condition, path: at, depth: 1, scoped: false }];

  const checkPath = (raw: unknown, path: PathSegments, scoped: boolean, op: string) => {
    if (raw !== null && typeof raw === "object") {
      add(path, "dynamic-path", `\`${op}\` paths must be written out, not computed by logic`);
      return;
    }
    const name = raw === null || raw === undefined ? "" : String(raw);
    if (name.split(".").some((s) => FORBIDDEN_SEGMENTS.has(s))) {
      add(
        path,
        "forbidden-path",
        `the path "${name}" has a segment that is not allowed (__proto__, prototype, constructor)`,
      );
      return;
    }
    if (scoped) return;
    if (name === "") {
      add(
        path,
        "empty-path",
        `an empty \`${op}\` path reads the whole document; it is allowed only inside map, filter, reduce, all, some or none`,
      );
      return;
    }
    if (scope.has(name)) {
      reads.add(name);
      return;
    }
    const hint = closest(name, scope.paths);
    add(
      path,
      "undeclared-path",
      `reads "${name}", which is not ${scope.where}: ${hint ? `did you mean "${hint}"?` : scope.fix}`,
    );
  };

  while (stack.length > 0) {
    const { node, path, depth, scoped } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (depth > LIMITS.conditionDepth) {
      add(path, "too-deep", `the condition is nested deeper than ${LIMITS.conditionDepth} levels`);
      continue;
    }
    if (Array.isArray(node)) {
      // Scalars need no checks: skipping them keeps memory small for long literal lists.
      node.forEach((item, i) => {
        if (item !== null && typeof item === "object")
          stack.push({ node: item, path: [...path, i], depth: depth + 1, scoped });
      });
      continue;
    }
    const keys = Object.keys(node);
    if (keys.length !== 1) {
      add(
        path,
        "ambiguous-object",
        `an object in a condition must have exactly one key, its operator (found ${keys.length}: ${keys.slice(0, 5).join(", ") || "none"})`,
      );
      continue;
    }
    const op = keys[0]!;
    const argsPath = [...path, op];
    if (!ALLOWED_OPERATORS.has(op)) {
      const why =
        op === "method" || op === "log" ? "is not allowed in rule sets" : "is not a known operator";
      const hint = closest(op, [...ALLOWED_OPERATORS]);
      add(
        argsPath,
        "unknown-operator",
        `\`${op}\` ${why}${hint && op !== "method" && op !== "log" ? ` (did you mean \`${hint}\`?)` : ""}`,
      );
      continue;
    }
    const args: unknown = (node as Record<string, unknown>)[op];
    const list = Array.isArray(args) ? args : [args];
    const listPath = (i: number) => (Array.isArray(args) ? [...argsPath, i] : argsPath);
    if (op === "var") {
      checkPath(list[0], listPath(0), scoped, op);
      if (list.length > 1)
        stack.push({ node: list[1], path: listPath(1), depth: depth + 1, scoped });
      continue;
    }
    if (op === "missing" || op === "missing_some") {
      const names = op === "missing_some" ? list[1] : args;
      const namesPath = op === "missing_some" ? listPath(1) : argsPath;
      if (op === "missing_some")
        stack.push({ node: list[0], path: listPath(0), depth: depth + 1, scoped });
      if (Array.isArray(names)) {
        for (let i = 0; i < names.length; i++) checkPath(names[i], [...namesPath, i], scoped, op);
      } else checkPath(names, namesPath, scoped, op);
      continue;
    }
    const isScoped = SCOPED_OPERATORS.has(op);
    list.forEach((arg, i) => {
      if (arg === null || typeof arg !== "object") return;
      const inner = scoped || (isScoped && i === 1) || (isScoped && op !== "reduce" && i > 1);
      stack.push({ node: arg, path: listPath(i), depth: depth + 1, scoped: inner });
    });
  }
  return { issues, reads: [...reads] };
}
