import semverCompare from "semver/functions/compare.js";
import semverParse from "semver/functions/parse.js";
import maxSatisfying from "semver/ranges/max-satisfying.js";
import validRange from "semver/ranges/valid.js";
import { WellLedError } from "../errors.js";
import { hashRuleSet } from "../format/hash.js";
import type { RuleSet } from "../format/schema.js";

/** One rule-set version in a registry, as `list()` reports it. */
export interface RuleSetSummary {
  readonly id: string;
  readonly version: string;
  readonly status: RuleSet["status"];
  readonly title: string;
  /** The window it is in force for; absent when the rule set names none. */
  readonly effective?: { readonly from: string; readonly until: string | null };
  /** `sha256:<hex>` from `hashRuleSet`. */
  readonly hash: string;
}

/** Options of {@link RuleSetRegistry.get}. */
export interface GetOptions {
  /** Also consider `draft` rule sets (default false). */
  readonly includeDrafts?: boolean;
  /** Let ranges such as `*` or `^2.0.0` match prerelease versions (default false, as npm). */
  readonly includePrerelease?: boolean;
}

interface Entry {
  readonly ruleSet: RuleSet;
  readonly summary: RuleSetSummary;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isIsoDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/**
 * A set of rule-set versions to look up by id and semver range, by effective date, or by hash.
 * Each id@version holds one document: adding a different one under the same version is an error.
 * A registry holds no global state; make as many as you need.
 *
 * @example
 * ```ts
 * const registry = new RuleSetRegistry(builtInRuleSets()).add(parseRuleSet(myDoc));
 * registry.get("well-led", "^1");                        // highest 1.x that is not a draft
 * registry.resolve("well-led", { asOf: "2024-06-30" });  // the version in force that day
 * ```
 */
export class RuleSetRegistry {
  readonly #byId = new Map<string, Map<string, Entry>>();
  readonly #byHash = new Map<string, RuleSet>();

  /** @param ruleSets - rule sets to add at once, as {@link RuleSetRegistry.add} would. */
  constructor(ruleSets: Iterable<RuleSet> = []) {
    for (const ruleSet of ruleSets) this.add(ruleSet);
  }

  /**
   * Adds a parsed rule set. Adding the same content again is a no-op. Versions that differ only
   * in build metadata (`1.0.0+a`, `1.0.0+b`) are the same version.
   *
   * @returns this registry, for chaining
   * @throws {WellLedError} `conflicting-version` when id@version is already held with another hash;
   *   `invalid-version` when the version is not semver
   */
  add(ruleSet: RuleSet): this {
    const parsed = semverParse(ruleSet.version);
    if (parsed === null)
      throw new WellLedError(
        "invalid-version",
        `Cannot add rule set ${ruleSet.id}: "${ruleSet.version}" is not a semantic version`,
      );
    const hash = hashRuleSet(ruleSet);
    const versions = this.#byId.get(ruleSet.id) ?? new Map<string, Entry>();
    const held = versions.get(parsed.version);
    if (held !== undefined) {
      if (held.summary.hash === hash) return this;
      throw new WellLedError(
        "conflicting-version",
        `Cannot add rule set ${ruleSet.id}@${ruleSet.version}: version ${held.summary.version} is already registered with hash ${held.summary.hash}, and this document has hash ${hash}; give the changed document a new version`,
      );
    }
    const { id, version, status, title, effective } = ruleSet;
    const summary: RuleSetSummary = {
      id,
      version,
      status,
      title,
      ...(effective === undefined
        ? {}
        : { effective: { from: effective.from, until: effective.until ?? null } }),
      hash,
    };
    versions.set(parsed.version, { ruleSet, summary });
    this.#byId.set(id, versions);
    if (!this.#byHash.has(hash)) this.#byHash.set(hash, ruleSet);
    return this;
  }

  /** True when the registry holds rule set `id` (at `version`, when given; build metadata ignored). */
  has(id: string, version?: string): boolean {
    const versions = this.#byId.get(id);
    if (versions === undefined) return false;
    if (version === undefined) return true;
    const parsed = semverParse(version);
    return parsed !== null && versions.has(parsed.version);
  }

  /**
   * The highest version of `id` that satisfies a semver range (npm syntax, default `*`), leaving
   * out drafts unless `includeDrafts`, and prereleases unless the range names one of the same
   * major.minor.patch or `includePrerelease` is set. Proposed, active and retired versions all count.
   *
   * @returns the rule set, or `undefined` when none matches
   * @throws {WellLedError} `invalid-range` when `range` is not a semver range
   * @example
   * ```ts
   * registry.get("well-led");               // latest non-draft
   * registry.get("well-led", "1.0.0");      // exactly 1.0.0
   * registry.get("well-led", "^2", { includeDrafts: true });
   * ```
   */
  get(id: string, range = "*", options: GetOptions = {}): RuleSet | undefined {
    if (validRange(range) === null)
      throw new WellLedError(
        "invalid-range",
        `"${range}" is not a semver range (try "1.0.0", "^1", ">=1.2 <2" or "*")`,
      );
    const entries = [...(this.#byId.get(id)?.values() ?? [])].filter(
      (e) => options.includeDrafts === true || e.ruleSet.status !== "draft",
    );
    const best = maxSatisfying(
      entries.map((e) => e.ruleSet.version),
      range,
      { includePrerelease: options.includePrerelease === true },
    );
    return best === null ? undefined : entries.find((e) => e.ruleSet.version === best)?.ruleSet;
  }

  /**
   * The version of `id` in force on a date: the highest non-draft version whose `effective`
   * window holds `asOf` (`from` inclusive, `until` exclusive, no `until`: open-ended). Retired
   * versions still resolve for dates inside their window, so old judgements can be reproduced.
   * A rule set without `effective` names no dates and is never resolved by date: use `get`.
   *
   * @param options.asOf - an ISO date, `YYYY-MM-DD`
   * @returns the rule set, or `undefined` when no version is in force that day
   * @throws {WellLedError} `invalid-date` when `asOf` is not an ISO date
   */
  resolve(id: string, options: { readonly asOf: string }): RuleSet | undefined {
    const { asOf } = options;
    if (!isIsoDate(asOf))
      throw new WellLedError("invalid-date", `"${asOf}" is not an ISO date (YYYY-MM-DD)`);
    let best: RuleSet | undefined;
    for (const { ruleSet } of this.#byId.get(id)?.values() ?? []) {
      const eff = ruleSet.effective;
      if (ruleSet.status === "draft" || eff === undefined) continue;
      if (asOf < eff.from || (eff.until != null && asOf >= eff.until)) continue;
      if (best === undefined || semverCompare(ruleSet.version, best.version) > 0) best = ruleSet;
    }
    return best;
  }

  /** The rule set whose content hash (`sha256:<hex>`, as a judgement records it) is `hash`. */
  getByHash(hash: string): RuleSet | undefined {
    return this.#byHash.get(hash);
  }

  /** Every rule set held, drafts included, sorted by id and then by version (semver order). */
  list(): RuleSetSummary[] {
    return [...this.#byId.keys()]
      .sort()
      .flatMap((id) =>
        [...this.#byId.get(id)!.values()]
          .map((e) => e.summary)
          .sort((a, b) => semverCompare(a.version, b.version)),
      );
  }
}
