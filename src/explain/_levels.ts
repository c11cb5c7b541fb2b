import type { Benchmark } from "../format/schema.js";
import { analyseCondition } from "./_analyse.js";
import type { FieldLookup } from "./_expression.js";
import type { FieldInfo } from "./_field.js";
import { type Observation, observe, planObservation } from "./_observe.js";
import { pathsRead } from "./_paths.js";
import { renderRequirement } from "./_render.js";
import { dependence, type Requirement } from "./_req.js";
import { readPath } from "./_format.js";
import { capitalise, endSentence } from "./_words.js";

/** The outcomes that come from levels. */
export type LevelOutcome = "exceptional" | "good" | "some-shortfalls" | "significant-shortfalls";
type LevelName = "exceptional" | "good" | "some-shortfalls";

/** Writes the sentence of a level outcome for one organisation; null means "use the generic one". */
export type LevelSentence = (outcome: LevelOutcome, data: unknown) => string | null;

interface Level {
  readonly requirement: Requirement | null;
  readonly fields: readonly FieldInfo[];
  readonly dependence: "fixed" | "type" | "data";
  /** Wordings that do not depend on the evidence, by short form and organisation type. */
  readonly cache: Map<string, string | null>;
}

const CACHE_LIMIT = 64;

interface Plan {
  readonly observation: Observation;
  readonly short: boolean;
  /** The group name the statement of values consists of, if it is one group. */
  readonly collective: string | undefined;
}

const TYPE_PATH = ["organisation", "type"];
const READ_ORDER: readonly LevelName[] = ["good", "some-shortfalls", "exceptional"];

/** The single numeric field every comparison of these requirements is about, if there is one. */
function soleField(requirements: readonly Requirement[]): FieldInfo | undefined {
  let sole: FieldInfo | undefined;
  const check = (r: Requirement): boolean => {
    if (r.t === "and" || r.t === "or") return r.items.every(check);
    if (r.t === "decided" || r.t === "constant") return true;
    if (r.t === "if") return r.fields.length === 0 && r.branches.every(check);
    if (r.t !== "compare") return false;
    sole ??= r.field;
    return r.field === sole;
  };
  if (requirements.length === 0 || !requirements.every(check) || sole === undefined)
    return undefined;
  return sole.numeric && sole.kind !== "since" ? sole : undefined;
}

/** Plans, once per benchmark, the sentence of every level outcome. */
export function compileLevelSentences(benchmark: Benchmark, lookup: FieldLookup): LevelSentence {
  const levels = new Map<LevelName, Level>();
  const order: FieldInfo[] = [];
  for (const name of READ_ORDER) {
    const logic = benchmark.levels[name];
    if (name !== "good" && logic === undefined) continue;
    const fields = pathsRead(logic).flatMap((p) => lookup(p) ?? []);
    for (const f of fields) if (!order.includes(f)) order.push(f);
    const requirement = analyseCondition(logic, lookup);
    const depends = requirement === null ? "data" : dependence(requirement);
    levels.set(name, { requirement, fields, dependence: depends, cache: new Map() });
  }
  const has = (name: LevelName) => levels.has(name);
  const plan = (mentioned: readonly LevelName[]): Plan | null => {
    const chosen = mentioned.flatMap((n) => levels.get(n) ?? []);
    const requirements = chosen.flatMap((l) => l.requirement ?? []);
    const unphrased = chosen.filter((l) => l.requirement === null).flatMap((l) => l.fields);
    const observation = planObservation(requirements, order, unphrased);
    if (observation.subjects.length === 0) return null;
    const sole = unphrased.length === 0 ? soleField(requirements) : undefined;
    const only =
      observation.groups.length === 1 && observation.references.length === 0
        ? observation.groups[0]
        : undefined;
    return {
      observation,
      short:
        sole !== undefined && observation.subjects.length === 1 && observation.subjects[0] === sole,
      collective: only?.name,
    };
  };
  const plans = {
    exceptional: plan(["exceptional"]),
    good: plan(has("exceptional") ? ["good", "exceptional"] : ["good"]),
    "some-shortfalls": plan(["good", "some-shortfalls"]),
    "significant-shortfalls": plan(has("some-shortfalls") ? ["some-shortfalls", "good"] : ["good"]),
  } as const;

  return (outcome, data) => {
    const p = plans[outcome];
    if (p === null) return null;
    const stated = observe(p.observation, data);
    const need = (name: LevelName): string | null => {
      const level = levels.get(name);
      const r = level?.requirement;
      if (level === undefined || r == null) return null;
      if (level.dependence === "data")
        return renderRequirement(r, {
          data,
          short: p.short,
          mode: "needs",
          collective: p.collective,
        });
      const key =
        level.dependence === "type"
          ? `${p.short}:${String(readPath(data, TYPE_PATH))}`
          : String(p.short);
      const cached = level.cache.get(key);
      if (cached !== undefined) return cached;
      const text = renderRequirement(r, {
        data,
        short: p.short,
        mode: "needs",
        collective: p.collective,
      });
      if (level.cache.size < CACHE_LIMIT) level.cache.set(key, text);
      return text;
    };
    const finish = (text: string) => capitalise(endSentence(text));
    switch (outcome) {
      case "exceptional":
        return finish(`${stated}, which meets the exceptional level`);
      case "good": {
        const met = p.short ? need("good") : null;
        const shown = met !== null && !met.includes("(") ? ` (${met})` : "";
        if (!has("exceptional")) return finish(`${stated}, which meets the good level${shown}`);
        const next = need("exceptional");
        return next === null
          ? null
          : finish(`${stated}, which meets the good level${shown}; exceptional needs ${next}`);
      }
      case "some-shortfalls": {
        const good = need("good");
        return good === null ? null : finish(`${stated}; good needs ${good}`);
      }
      default: {
        const good = need("good");
        if (good === null) return null;
        if (!has("some-shortfalls")) return finish(`${stated}; good needs ${good}`);
        const some = need("some-shortfalls");
        if (some === null) return null;
        const busy = [some, good].some(
          (t) => t.includes(",") || t.includes(" and ") || t.includes(" or "),
        );
        return finish(
          busy
            ? `${stated}; some shortfalls needs ${some}, and good needs ${good}`
            : `${stated}; some shortfalls needs ${some} and good ${good}`,
        );
      }
    }
  };
}
