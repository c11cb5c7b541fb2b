import type { Issue } from "../errors.js";
import { type ReadableScope, checkCondition } from "./_check-condition.js";
import { FORBIDDEN_SEGMENTS, formatPath } from "./_path.js";
import { closest } from "./_suggest.js";
import { organisationTypes, resolveScoring } from "./defaults.js";
import type { RuleSet } from "./schema.js";

// The regular expression published with Semantic Versioning 2.0.0: no "v" prefix, no spaces.
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_-]*(\.[A-Za-z_][A-Za-z0-9_-]*)*$/;

function duplicates(ids: readonly string[]): Map<string, number> {
  const seen = new Set<string>();
  const dup = new Map<string, number>();
  ids.forEach((id, i) => {
    if (seen.has(id) && !dup.has(id)) dup.set(id, i);
    seen.add(id);
  });
  return dup;
}

function evidenceScope(ruleSet: RuleSet): ReadableScope {
  const paths = [...Object.keys(ruleSet.evidence), "organisation.type"];
  const set = new Set(paths);
  return {
    has: (p) => set.has(p),
    paths,
    where: "declared in `evidence`",
    fix: "declare it there, or correct the path",
  };
}

function summaryScope(ruleSet: RuleSet): ReadableScope {
  const paths = [
    "percent",
    "rating",
    "counts.1",
    "counts.2",
    "counts.3",
    "counts.4",
    "organisation.type",
    ...ruleSet.domains.flatMap((d) => [`domains.${d.id}.score`, `domains.${d.id}.percent`]),
    ...ruleSet.benchmarks.flatMap((b) => [
      `benchmarks.${b.id}.outcome`,
      `benchmarks.${b.id}.score`,
    ]),
    ...Object.keys(ruleSet.evidence).map((p) => `evidence.${p}`),
  ];
  const set = new Set(paths);
  return {
    has: (p) => set.has(p),
    paths,
    where: "in the summary a limit reads",
    fix: "limits read percent, rating, counts.1 to counts.4, domains.ID.score or .percent, benchmarks.ID.outcome or .score, organisation.type and evidence.PATH",
  };
}

/** Checks everything the schema cannot: references, uniqueness, paths, conditions, versions, bands. */
export function checkRuleSet(ruleSet: RuleSet): Issue[] {
  const issues: Issue[] = [];
  const add = (path: (string | number)[], code: string, message: string) =>
    issues.push({ path: formatPath(path), code, message });

  const core = SEMVER.exec(ruleSet.version);
  if (
    core === null ||
    ruleSet.version.length > 256 ||
    core.slice(1, 4).some((n) => !Number.isSafeInteger(Number(n)))
  )
    add(
      ["version"],
      "invalid-version",
      `"${ruleSet.version}" is not a semantic version such as 1.0.0`,
    );
  const eff = ruleSet.effective;
  if (eff?.until != null && eff.until <= eff.from)
    add(["effective", "until"], "invalid-window", "`until` must be after `from` (it is exclusive)");

  const fields = Object.keys(ruleSet.evidence);
  const fieldSet = new Set(fields);
  for (const name of fields) {
    const at = ["evidence", name];
    if (name.split(".").some((s) => FORBIDDEN_SEGMENTS.has(s)))
      add(
        at,
        "forbidden-path",
        "field names may not contain __proto__, prototype or constructor segments",
      );
    else if (!FIELD_NAME.test(name))
      add(
        at,
        "invalid-field-name",
        "field names are dot paths of letters, digits, `_` and `-`, e.g. `managers.withRoleTargetsPct`",
      );
    if (name === "organisation" || name.startsWith("organisation."))
      add(
        at,
        "reserved-field",
        "`organisation.*` is reserved: `organisation.type` is always readable",
      );
    const parts = name.split(".");
    for (let i = 1; i < parts.length; i++) {
      const parent = parts.slice(0, i).join(".");
      if (fieldSet.has(parent))
        add(
          at,
          "field-under-field",
          `"${parent}" is declared as a field, so it cannot also be the parent of "${name}"`,
        );
    }
    const field = ruleSet.evidence[name]!;
    if (
      "min" in field &&
      field.min !== undefined &&
      field.max !== undefined &&
      field.min > field.max
    )
      add([...at, "min"], "invalid-range", "`min` must not be greater than `max`");
    if (field.type === "count" && field.min !== undefined && field.min < 0)
      add([...at, "min"], "invalid-range", "a count cannot be negative");
    if (field.type === "enum") {
      for (const [value, i] of duplicates(field.values))
        add([...at, "values", i], "duplicate-value", `"${value}" is listed twice`);
    }
  }

  const types = organisationTypes(ruleSet);
  for (const [type, i] of duplicates(types))
    add(["organisationTypes", i], "duplicate-id", `"${type}" is listed twice`);
  const sourceIds = (ruleSet.sources ?? []).map((s) => s.id);
  for (const [sid, i] of duplicates(sourceIds))
    add(["sources", i, "id"], "duplicate-id", `source "${sid}" is defined twice`);
  const domainIds = ruleSet.domains.map((d) => d.id);
  for (const [did, i] of duplicates(domainIds))
    add(["domains", i, "id"], "duplicate-id", `domain "${did}" is defined twice`);
  const benchmarkIds = ruleSet.benchmarks.map((b) => b.id);
  for (const [bid, i] of duplicates(benchmarkIds))
    add(
      ["benchmarks", i, "id"],
      "duplicate-id",
      `benchmark "${bid}" is defined twice (ids must be unique and stable)`,
    );

  const domainSet = new Set(domainIds);
  const sourceSet = new Set(sourceIds);
  const evidence = evidenceScope(ruleSet);
  ruleSet.benchmarks.forEach((b, i) => {
    const at = ["benchmarks", i];
    const subject = `benchmark ${b.id}`;
    if (!domainSet.has(b.domain)) {
      const hint = closest(b.domain, domainIds);
      add(
        [...at, "domain"],
        "unknown-domain",
        `${subject}: domain "${b.domain}" is not defined in \`domains\`${hint ? ` (did you mean "${hint}"?)` : ""}`,
      );
    }
    b.sources?.forEach((s, j) => {
      if (!sourceSet.has(s))
        add(
          [...at, "sources", j],
          "unknown-source",
          `${subject}: source "${s}" is not defined in \`sources\``,
        );
    });
    b.requires?.forEach((p, j) => {
      if (!fieldSet.has(p))
        add(
          [...at, "requires", j],
          "undeclared-path",
          `${subject}: requires "${p}", which is not declared in \`evidence\``,
        );
    });
    if (b.appliesTo !== undefined)
      issues.push(...checkCondition(b.appliesTo, [...at, "appliesTo"], evidence, subject).issues);
    for (const [level, logic] of Object.entries(b.levels)) {
      if (logic === undefined) continue;
      issues.push(...checkCondition(logic, [...at, "levels", level], evidence, subject).issues);
    }
  });

  const scoring = resolveScoring(ruleSet);
  const bands = scoring.bands;
  if (
    !(
      bands.outstanding > bands.good &&
      bands.good > bands["requires-improvement"] &&
      bands["requires-improvement"] > 0 &&
      bands.outstanding <= 100
    )
  )
    add(
      ["scoring", "bands"],
      "invalid-bands",
      "bands must satisfy 100 >= outstanding > good > requires-improvement > 0",
    );
  const limitIds = scoring.limits.map((l) => l.id);
  for (const [lid, i] of duplicates(limitIds))
    add(["scoring", "limits", i, "id"], "duplicate-id", `limit "${lid}" is defined twice`);
  const summary = summaryScope(ruleSet);
  scoring.limits.forEach((l, i) => {
    issues.push(
      ...checkCondition(l.when, ["scoring", "limits", i, "when"], summary, `limit ${l.id}`).issues,
    );
  });
  return issues;
}
