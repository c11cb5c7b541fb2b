import type { Judgement } from "../evaluate/judgement.js";
import type { Limit, Rating } from "../format/schema.js";
import type { ScoreModel } from "./_model.js";
import { ratingRank } from "./_model.js";

const words = (rating: string) => rating.replaceAll("-", " ");

/** Why no evidence change can reach the target: a limit that depends only on fixed facts. */
export function fixedLimitReason(target: Rating, limit: Limit, cause: string): string {
  return (
    `${words(target)} is out of reach: the limit "${limit.id}" (${limit.reason}) caps the rating at ` +
    `${words(limit.capAt)} whatever the evidence, because it depends only on ${cause}`
  );
}

/**
 * Why the target is out of reach, read from the judgement of the evidence with every benchmark
 * at the best outcome its conditions allow: the limits that still cap the rating below the
 * target, or a percent short of the target's band.
 */
export function ceilingReason(model: ScoreModel, target: Rating, ceiling: Judgement): string {
  const lead = `${words(target)} is out of reach`;
  if (ceiling.rating === "insufficient-evidence")
    return `${lead}: no evidence change lets any domain be assessed`;
  const capping = ceiling.limits.filter((l) => ratingRank(l.capAt) < ratingRank(target));
  const named = capping.map((l) => `"${l.id}" caps the rating at ${words(l.capAt)} (${l.reason})`);
  const limits = `the limit${capping.length > 1 ? "s" : ""} ${named.join(" and ")}`;
  const best = `; the best a plan reaches is ${words(ceiling.rating)} (${ceiling.percent}%)`;
  if (ratingRank(ceiling.bandedRating) >= ratingRank(target))
    return `${lead}: whenever the percent is high enough, ${limits} still hold${capping.length > 1 ? "" : "s"}${best}`;
  const band = model.scoring.bands[target as Exclude<Rating, "inadequate">];
  const also = capping.length > 0 ? `, and ${limits} would also hold` : "";
  return `${lead}: even with every benchmark at the best level its conditions allow, the percent is at most ${ceiling.percent}, below the ${band}% that ${words(target)} needs${also}${best}`;
}
