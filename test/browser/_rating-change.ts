import { fieldId } from "../../site/src/dom.js";
import { type EvidenceDocument, evaluate, type Judgement, type RuleSet } from "./_library.js";

/** One form edit that changes a benchmark outcome and the rating, with the judgement it leads to. */
export interface RatingChange {
  readonly path: string;
  readonly fieldId: string;
  readonly kind: "fill" | "select";
  /** What to type, or the option value to choose. */
  readonly text: string;
  readonly benchmark: string;
  readonly judgement: Judgement;
}

function withValue(document: EvidenceDocument, path: string, value: unknown): EvidenceDocument {
  const copy = structuredClone(document) as EvidenceDocument & {
    evidence: Record<string, unknown>;
  };
  const parts = path.split(".");
  let node = copy.evidence;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1)!] = value;
  return copy;
}

/**
 * Finds, with the library, the first declared field whose edit (a number to its lowest value,
 * else a yes/no flipped) changes both the outcome of a benchmark reading it and the rating.
 */
export function findRatingChange(ruleSet: RuleSet, document: EvidenceDocument): RatingChange {
  const before = evaluate(ruleSet, document);
  const attempts: [string, unknown, "fill" | "select"][] = [];
  for (const [path, field] of Object.entries(ruleSet.evidence)) {
    if (field.type === "percent") attempts.push([path, 0, "fill"]);
    else if (field.type === "count") attempts.push([path, field.min ?? 0, "fill"]);
    else if (field.type === "number" || field.type === "integer")
      attempts.push([path, field.min ?? 0, "fill"]);
  }
  for (const [path, field] of Object.entries(ruleSet.evidence)) {
    if (field.type !== "boolean") continue;
    const current = before.benchmarks.find((b) => path in b.values)?.values[path];
    if (typeof current === "boolean") attempts.push([path, !current, "select"]);
  }
  for (const [path, value, kind] of attempts) {
    let judgement: Judgement;
    try {
      judgement = evaluate(ruleSet, withValue(document, path, value));
    } catch {
      continue;
    }
    if (judgement.rating === before.rating) continue;
    const moved = judgement.benchmarks.find(
      (b, i) => path in b.values && b.outcome !== before.benchmarks[i]?.outcome,
    );
    if (moved)
      return {
        path,
        fieldId: fieldId(path),
        kind,
        text: String(value),
        benchmark: moved.id,
        judgement,
      };
  }
  throw new Error("no single evidence edit changes the rating of this example");
}
