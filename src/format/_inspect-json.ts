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
 * Scalars are checked where they are found, so memory grows with the objects, not the elements,
 * and the walk stops as soon as the size is over the limit.
 */
export function inspectJson(input: unknown, bounds: JsonBounds): JsonInspection {
  const issues: Issue[] = [];
  const stack: { value: object; path: PathSegments }[] = [];
  let size = 0;
  const add = (path: PathSegments, code: string, message: string) => {
    if (issues.length < MAX_ISSUES) issues.push({ path: formatPath(path), code, message });
  };
  const maxItem = bounds.maxItemLength ?? Number.POSITIVE_INFINITY;
  const tooLarge = () => {
    add([], "too-large", `the document is larger than the limit of ${bounds.maxSize} characters`);
    return { issues, size };
  };
  /** Accounts for one value: checks a scalar at once, queues an object; false when over the size. */
  const visit = (value: unknown, path: () => PathSegments, depth: number): boolean => {
    if (depth > bounds.maxDepth) {
      add(path(), "too-deep", `nesting is deeper than the limit of ${bounds.maxDepth} levels`);
      return issues.length < MAX_ISSUES;
    }
    switch (typeof value) {
      case "string":
        size += value.length + 2;
        if (value.length > maxItem)
          add(path(), "too-long", `a string is longer than the limit of ${maxItem} characters`);
        break;
      case "number":
        size += String(value).length; // exact for finite numbers: the estimate must not refuse a real 10 MB document
        if (!Number.isFinite(value))
          add(path(), "not-json", "NaN and Infinity are not JSON numbers");
        break;
      case "boolean":
        size += 5;
        break;
      case "object":
        if (value === null) size += 4;
        else stack.push({ value, path: path() });
        break;
      default:
        add(path(), "not-json", `a ${typeof value} is not a JSON value`);
    }
    return size <= bounds.maxSize && issues.length < MAX_ISSUES;
  };

  if (!visit(input, () => [], 0)) return size > bounds.maxSize ? tooLarge() : { issues, size };
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    const depth = path.length + 1;
    if (Array.isArray(value)) {
      size += 2 + value.length;
      if (size > bounds.maxSize) return tooLarge();
      if (value.length > maxItem) {
        add(path, "too-long", `an array is longer than the limit of ${maxItem} items`);
        continue;
      }
      for (let i = value.length - 1; i >= 0; i--) {
        if (!visit(value[i], () => [...path, i], depth))
          return size > bounds.maxSize ? tooLarge() : { issues, size };
      }
      continue;
    }
    if (!isPlainObject(value)) {
      add(path, "not-json", "only plain JSON objects are allowed here");
      continue;
    }
    const keys = Object.keys(value);
    size += 2 + keys.length;
    if (size > bounds.maxSize) return tooLarge();
    for (let i = keys.length - 1; i >= 0; i--) {
      const key = keys[i]!;
      size += key.length + 3;
      if (key === "__proto__") {
        add([...path, key], "forbidden-key", "`__proto__` is not allowed as a key");
        continue;
      }
      const child = (value as Record<string, unknown>)[key];
      if (!visit(child, () => [...path, key], depth))
        return size > bounds.maxSize ? tooLarge() : { issues, size };
    }
  }
  return { issues, size };
}
