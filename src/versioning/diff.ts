import { hashRuleSet } from "../format/hash.js";
import type { RuleSet } from "../format/schema.js";
import { ReasonList, maxBump } from "./_compare.js";
import { diffBenchmarks } from "./_diff-benchmarks.js";
import { diffEvidence } from "./_diff-evidence.js";
import { diffDomains, diffMetadata, diffOrganisationTypes, diffSources } from "./_diff-metadata.js";
import { diffScoring } from "./_diff-scoring.js";
import type { BumpReason, RuleSetDiff, VersionBump } from "./types.js";

/**
 * Compares two versions of a rule set and works out the smallest version step the change needs
 * (the versioning policy, docs/versioning.md): `major` when some evidence can get a different judgement,
 * `minor` when evidence valid under `older` cannot, `patch` for text only, `none` when nothing
 * but the version differs. Every change comes with one reason saying which step it needs and why.
 *
 * @param older - the earlier version (parsed)
 * @param newer - the later version (parsed)
 * @returns what changed, section by section, with `requiredBump` and `reasons`
 * @example
 * ```ts
 * const diff = diffRuleSets(v1, v2);
 * diff.requiredBump; // "major"
 * diff.benchmarks.added.map((b) => b.id); // ["LM-09", …]
 * console.log(formatDiff(diff, "text"));
 * ```
 */
export function diffRuleSets(older: RuleSet, newer: RuleSet): RuleSetDiff {
  const from = { id: older.id, version: older.version, hash: hashRuleSet(older) };
  const to = { id: newer.id, version: newer.version, hash: hashRuleSet(newer) };
  const list = (section: BumpReason["section"]) => new ReasonList(section);
  const r = {
    metadata: list("metadata"),
    organisationTypes: list("organisationTypes"),
    sources: list("sources"),
    evidence: list("evidence"),
    domains: list("domains"),
    benchmarks: list("benchmarks"),
    scoring: list("scoring"),
  };
  const diff = {
    from,
    to,
    metadata: diffMetadata(older, newer, r.metadata),
    organisationTypes: diffOrganisationTypes(older, newer, r.organisationTypes),
    sources: diffSources(older, newer, r.sources),
    evidence: diffEvidence(older, newer, r.evidence),
    domains: diffDomains(older, newer, r.domains),
    benchmarks: diffBenchmarks(older, newer, r.benchmarks),
    scoring: diffScoring(older, newer, r.scoring),
  };
  const reasons = Object.values(r).flatMap((l) => l.items);
  const sameContent =
    from.hash === to.hash || hashRuleSet({ ...newer, version: older.version }) === from.hash;
  if (sameContent) return { ...diff, requiredBump: "none", reasons: [] };
  // Every field is compared above; this only guards against a format field added later.
  if (reasons.length === 0)
    reasons.push({
      bump: "patch",
      section: "metadata",
      subject: "content",
      message: "content changed without a change the diff recognises: treated as text only",
    });
  const requiredBump = reasons.reduce<VersionBump>(
    (bump, reason) => maxBump(bump, reason.bump),
    "none",
  );
  return { ...diff, requiredBump, reasons };
}
