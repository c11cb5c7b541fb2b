/** A location in a JSON document, as object keys and array indices. */
export type PathSegments = readonly (string | number)[];

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** Formats segments as a readable JSON path: `benchmarks[3].levels.good[">="][0]`. */
export function formatPath(segments: PathSegments): string {
  let out = "";
  for (const segment of segments) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out === "" ? "$" : out;
}

/** Path segments that could reach an object's prototype. */
export const FORBIDDEN_SEGMENTS: ReadonlySet<string> = new Set([
  "__proto__",
  "prototype",
  "constructor",
]);

/** True when a dot path has a segment that could reach an object's prototype. */
export function hasForbiddenSegment(path: string): boolean {
  return path.split(".").some((s) => FORBIDDEN_SEGMENTS.has(s));
}
