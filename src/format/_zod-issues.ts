import type { Issue } from "../errors.js";
import { formatPath } from "./_path.js";
import { EVIDENCE_TYPES } from "./schema.js";

interface RawIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly message: string;
  readonly expected?: string | undefined;
  readonly keys?: readonly string[] | undefined;
  readonly values?: readonly unknown[] | undefined;
  readonly minimum?: number | bigint | undefined;
  readonly maximum?: number | bigint | undefined;
  readonly inclusive?: boolean | undefined;
  readonly origin?: string | undefined;
  readonly discriminator?: string | undefined;
  readonly note?: string | undefined;
}

function describe(issue: RawIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.path.length > 0 &&
        issue.expected !== undefined &&
        issue.message.startsWith("Invalid input")
        ? `expected ${article(issue.expected)}`
        : issue.expected === undefined
          ? issue.message
          : `is missing or is not ${article(issue.expected)}`;
    case "unrecognized_keys":
      return `unknown ${issue.keys?.length === 1 ? "property" : "properties"} ${issue.keys?.map((k) => `"${k}"`).join(", ")} (check the spelling against the format reference)`;
    case "invalid_value":
      return `must be ${issue.values?.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${issue.values?.map((v) => JSON.stringify(v)).join(", ")}`}`;
    case "invalid_union":
      return issue.discriminator === "type" || issue.note?.includes("discriminator")
        ? `"type" must be one of ${EVIDENCE_TYPES.join(", ")}`
        : "does not match any allowed form";
    case "too_small":
      return `must be ${issue.inclusive === false ? "greater than" : "at least"} ${String(issue.minimum)}${issue.origin === "array" ? " items" : ""}`;
    case "too_big":
      return `must be ${issue.inclusive === false ? "less than" : "at most"} ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** Turns zod's issues into the library's issues: readable JSON paths and plain messages. */
export function fromZodIssues(issues: readonly RawIssue[]): Issue[] {
  return issues.map((issue) => {
    const custom = issue.message !== "" && !issue.message.startsWith("Invalid input");
    const message = custom && issue.code !== "invalid_type" ? issue.message : describe(issue);
    return {
      path: formatPath(issue.path.map((p) => (typeof p === "number" ? p : String(p)))),
      code: issue.code.replace(/_/g, "-"),
      message,
    };
  });
}
