import type { Benchmark } from "../format/schema.js";
import { compileLogic } from "../logic/compile.js";
import { getOperator, isLogic } from "../logic/operators.js";
import { truthy } from "../logic/truthy.js";
import { analyseCondition } from "./_analyse.js";
import type { FieldLookup } from "./_expression.js";
import { observe, planObservation } from "./_observe.js";
import { pathsRead } from "./_paths.js";
import { renderRequirement } from "./_render.js";
import type { Requirement } from "./_req.js";
import { capitalise, endSentence, joinList } from "./_words.js";

/** Writes why a benchmark does not apply to an organisation; null means "use the generic one". */
export type NotApplicableSentence = (data: unknown) => string | null;

function organisationType(data: unknown): string | undefined {
  const organisation = (data as { organisation?: { type?: unknown } } | null)?.organisation;
  return typeof organisation?.type === "string" ? organisation.type : undefined;
}

/** True when part of a requirement is settled by the organisation's type or an `if`. */
function decidedByType(r: Requirement): boolean {
  if (r.t === "decided" || r.t === "if") return true;
  return (r.t === "and" || r.t === "or") && r.items.some(decidedByType);
}

/**
 * Plans the not-applicable sentence once: the parts of `appliesTo` on the organisation type become
 * "applies only to acute and community organisations"; the parts on evidence become "applies only
 * to organisations with …".
 */
export function compileNotApplicable(
  benchmark: Benchmark,
  types: readonly string[],
  lookup: FieldLookup,
): NotApplicableSentence {
  const logic = benchmark.appliesTo;
  if (logic === undefined) return () => null;
  const parts =
    isLogic(logic) && getOperator(logic) === "and" && Array.isArray(logic.and)
      ? logic.and
      : [logic];
  const onType = parts.filter((p) => pathsRead(p).every((path) => path === "organisation.type"));
  const onEvidence = parts.filter((p) => !onType.includes(p));
  const typeRun = onType.length === 0 ? undefined : compileLogic({ and: onType });
  const applicable =
    typeRun === undefined
      ? []
      : types.filter((type) => truthy(typeRun({ organisation: { type } })));
  const evidenceLogic = onEvidence.length === 1 ? onEvidence[0] : { and: onEvidence };
  const evidenceRun = onEvidence.length === 0 ? undefined : compileLogic(evidenceLogic);
  const requirement = evidenceRun === undefined ? null : analyseCondition(evidenceLogic, lookup);
  const observation = requirement === null ? undefined : planObservation([requirement], []);
  const dependsOnType = requirement !== null && decidedByType(requirement);

  return (data) => {
    const type = organisationType(data);
    if (typeRun !== undefined && !truthy(typeRun(data))) {
      if (type === undefined || applicable.length === 0 || applicable.includes(type)) return null;
      return `Not applicable to ${type} organisations: this benchmark applies only to ${joinList(applicable)} organisations.`;
    }
    if (evidenceRun === undefined || requirement === null || observation === undefined) return null;
    if (truthy(evidenceRun(data))) return null;
    const need = renderRequirement(requirement, { data, short: false, mode: "with" });
    if (need === null || observation.subjects.length === 0) return null;
    const here = observe(observation, data);
    const scope =
      dependsOnType && type !== undefined
        ? `for ${type} organisations, this benchmark applies only to those`
        : "this benchmark applies only to organisations";
    return capitalise(endSentence(`Not applicable: ${scope} with ${need}; here ${here}`));
  };
}
