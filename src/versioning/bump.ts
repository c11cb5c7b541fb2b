import semverDiff from "semver/functions/diff.js";
import semverEq from "semver/functions/eq.js";
import semverGt from "semver/functions/gt.js";
import semverParse from "semver/functions/parse.js";
import type { RuleSet } from "../format/schema.js";
import { isSmaller, plural } from "./_compare.js";
import { diffRuleSets } from "./diff.js";
import type { RuleSetDiff, VersionBump, VersionBumpIssue } from "./types.js";

/** The step a version number takes as the release it is (or is a prerelease of) would: X.0.0 major, X.Y.0 minor, else patch. */
function releaseStep(version: string): VersionBump {
  const v = semverParse(version);
  if (v === null) return "none";
  if (v.patch !== 0) return "patch";
  return v.minor !== 0 ? "minor" : "major";
}

/**
 * The semver step from one version to a later one: `none` when they are equal (build metadata
 * ignored) or `to` is not later. Prereleases count as the release they lead to, as `semver.diff`
 * has it: 1.0.0 → 2.0.0-rc.1 is major, 2.0.0-rc.1 → 2.0.0-rc.2 is major too (both lead to 2.0.0),
 * 1.2.0 → 1.2.1-rc.1 is patch.
 *
 * @example
 * ```ts
 * versionStep("1.4.2", "1.5.0"); // "minor"
 * ```
 */
export function versionStep(from: string, to: string): VersionBump {
  if (!semverGt(to, from)) return "none";
  const step = semverDiff(from, to);
  switch (step) {
    case "major":
    case "premajor":
      return "major";
    case "minor":
    case "preminor":
      return "minor";
    case "patch":
    case "prepatch":
      return "patch";
    default:
      return releaseStep(to);
  }
}

function describe(diff: RuleSetDiff, actual: VersionBump): string {
  const needed = diff.reasons.filter((r) => isSmaller(actual, r.bump));
  const shown = needed.slice(0, 3).map((r) => r.message);
  const more = needed.length > 3 ? `; and ${plural(needed.length - 3, "more change")}` : "";
  return `${shown.join("; ")}${more}`;
}

/**
 * Checks that the newer version number steps far enough for what changed: an issue when the
 * step (major/minor/patch, prereleases counted as the release they lead to) is smaller than
 * `diffRuleSets(older, newer).requiredBump`, when the newer version is not greater, or when the
 * ids differ. Pass a diff you already have instead of the two rule sets to avoid diffing twice.
 *
 * @returns the issues found; empty when the version step is right
 * @example
 * ```ts
 * for (const issue of checkVersionBump(published, edited)) console.error(issue.message);
 * // well-led 1.0.0 → 1.0.1 is a patch step, but the changes require a major version: LM-01: …
 * ```
 */
export function checkVersionBump(older: RuleSet, newer: RuleSet): VersionBumpIssue[];
export function checkVersionBump(diff: RuleSetDiff): VersionBumpIssue[];
export function checkVersionBump(
  olderOrDiff: RuleSet | RuleSetDiff,
  newer?: RuleSet,
): VersionBumpIssue[] {
  const diff =
    newer === undefined
      ? (olderOrDiff as RuleSetDiff)
      : diffRuleSets(olderOrDiff as RuleSet, newer);
  const { from, to, requiredBump: required } = diff;
  const issues: VersionBumpIssue[] = [];
  const actual = versionStep(from.version, to.version);
  if (from.id !== to.id)
    issues.push({
      code: "different-id",
      required,
      actual,
      message: `"${from.id}" and "${to.id}" are different rule sets: compare two versions of the same id`,
    });
  const label = `${to.id} ${from.version} → ${to.version}`;
  if (semverEq(from.version, to.version)) {
    if (required !== "none")
      issues.push({
        code: "version-not-greater",
        required,
        actual,
        message: `${label}: the content changed but the version did not; the changes require a ${required} version: ${describe(diff, "none")}`,
      });
  } else if (!semverGt(to.version, from.version)) {
    issues.push({
      code: "version-not-greater",
      required,
      actual,
      message: `${label}: the newer version must be greater than ${from.version}`,
    });
  } else if (isSmaller(actual, required)) {
    issues.push({
      code: "insufficient-bump",
      required,
      actual,
      message: `${label} is a ${actual} step, but the changes require a ${required} version: ${describe(diff, actual)}`,
    });
  }
  return issues;
}
