import type { Issue } from "../errors.js";
import { formatPath, type PathSegments } from "./_path.js";

/** Bounds for {@link inspectJson}. */
export interface JsonBounds {
  readonly maxDepth: number;
  readonly maxSize: number;
  readonly maxItemLength?: number;
}

/** What {@link inspectJson} found: problems, and an estimate of the JSON text size. */
export interface JsonInspection {
  readonly issues: Issue[];
  readonly size: number;
}

const MAX_ISSUES = 100;

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Walks a value without recursion and reports what would make it unsafe or not JSON:
 * nesting deeper than `maxDepth`, more than `maxSize` characters, over-long strings or arrays,
 * `__proto__` keys, and values JSON cannot carry (functions, NaN, Infinity, class instances…).
 */
export function inspectJson(input: unknown, bounds: JsonBounds): JsonInspection {
  const issues: Issue[] = [];
  const stack: { value: unknown; path: PathSegments }[] = [{ value: input, path: [] }];
  let size = 0;
  const add = (path: PathSegments, code: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: formatPath(path), code, message });
  };
  const maxItem = bounds.maxItemLength ?? Number.POSITIVE_INFINITY;

  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (size > bounds.maxSize) {
      add([], "too-large", `the document is larger than the limit of ${bounds.maxSize} characters`);
      break;
    }
    if (path.length > bounds.maxDepth) {
      add(path, "too-deep", `nesting is deeper than the limit of ${bounds.maxDepth} levels`);
      if (issues.length >= MAX_ISSUES) break;
      continue;
    }
    switch (typeof value) {
      case "string":
        size += value.length + 2;
        if (value.length > maxItem)
          add(path, "too-long", `a string is longer than the limit of ${maxItem} characters`);
        continue;
      case "number":
        size += 8;
        if (!Number.isFinite(value)) add(path, "not-json", "NaN and Infinity are not JSON numbers");
        continue;
      case "boolean":
        size += 5;
        continue;
      case "object":
        break;
      default:
        add(path, "not-json", `a ${typeof value} is not a JSON value`);
        continue;
    }
    if (value === null) {
      size += 4;
      continue;
    }
    if (Array.isArray(value)) {
      size += 2 + value.length;
      if (value.length > maxItem) {
        add(path, "too-long", `an array is longer than the limit of ${maxItem} items`);
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (!isPlainObject(value)) {
      add(path, "not-json", "only plain JSON objects are allowed here");
      continue;
    }
    const keys = Object.keys(value);
    size += 2 + keys.length;
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      size += key.length + 3;
      if (key === "__proto__") {
        add([...path, key], "forbidden-key", "`__proto__` is not allowed as a key");
        continue;
      }
      stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  // The last value walked can take the size over the limit after the check at the top of the loop.
  if (size > bounds.maxSize && !issues.some((i) => i.code === "too-large"))
    add([], "too-large", `the document is larger than the limit of ${bounds.maxSize} characters`);
  return { issues, size };
}
