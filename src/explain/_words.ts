/** Words that already make a noun phrase definite or indefinite, so no article is added. */
const DETERMINERS = new Set([
  "a",
  "an",
  "the",
  "no",
  "any",
  "all",
  "each",
  "every",
  "its",
  "their",
  "this",
  "these",
  "those",
  "our",
  "one",
  "some",
]);

/** Capitalises the first letter of a sentence. */
export function capitalise(text: string): string {
  return text.length === 0 ? text : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Makes sure a sentence ends with exactly one full stop. */
export function endSentence(text: string): string {
  if (!/[.,;:\s]/.test(text.charAt(text.length - 1))) return `${text}.`;
  return `${text.replace(/[.,;:\s]+$/, "")}.`;
}

/** "a", "a and b", "a, b and c" (British style, no serial comma). */
export function joinList(items: readonly string[], conjunction = "and"): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} ${conjunction} ${items[items.length - 1]}`;
}

/** Like {@link joinList}, with a comma before the last part when a part has its own "and", "or" or commas. */
export function joinParts(parts: readonly string[], conjunction: "and" | "or" = "and"): string {
  const busy = parts.some((p) => p.includes(",") || p.includes(" and ") || p.includes(" or "));
  if (!busy || parts.length < 2) return joinList(parts, conjunction);
  return `${parts.slice(0, -1).join(", ")}, ${conjunction} ${parts[parts.length - 1]}`;
}

/** The first word of a phrase, lower-cased. */
export function firstWord(phrase: string): string {
  return (phrase.split(/\s+/, 1)[0] ?? "").toLowerCase();
}

/** True when a phrase starts with an article or other determiner ("a", "the", "no", …). */
export function hasDeterminer(phrase: string): boolean {
  return DETERMINERS.has(firstWord(phrase));
}

/** True for words such as "NHS", "CQC", "EDI", "WRES/WDES". */
function isAcronym(word: string): boolean {
  return /^[A-Z][A-Z0-9/&-]+$/.test(word);
}

/** "a" or "an" for a phrase, by how its first word is spoken. */
function indefiniteArticle(phrase: string): "a" | "an" {
  const word = phrase.split(/\s+/, 1)[0] ?? "";
  if (isAcronym(word)) return /^[AEFHILMNORSX]/.test(word) ? "an" : "a";
  const lower = word.toLowerCase();
  if (/^(uni|use|usu|eu|one|once)/.test(lower)) return "a";
  if (/^(hour|honest|honour|heir)/.test(lower)) return "an";
  return /^[aeiou]/.test(lower) ? "an" : "a";
}

/** Adds "a"/"an" before a noun phrase unless it already has a determiner. */
export function withArticle(phrase: string): string {
  return hasDeterminer(phrase) ? phrase : `${indefiniteArticle(phrase)} ${phrase}`;
}

/** Adds "the" before a noun phrase unless it already has a determiner. */
export function withThe(phrase: string): string {
  return hasDeterminer(phrase) ? phrase : `the ${phrase}`;
}

/** Removes a leading "a", "an" or "the". */
export function withoutArticle(phrase: string): string {
  return phrase.replace(/^(a|an|the)\s+/i, "");
}

/** Singular form of a plural English word, for units after the number 1 ("1 report"). */
function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word) || !/s$/.test(word)) return word;
  return word.slice(0, -1);
}

/** A unit read with the number 1: "reports a year" → "report a year", "percentage points" → "percentage point". */
export function singularUnit(unit: string): string {
  const words = unit.split(" ");
  const index = words.slice(0, 2).findIndex((w) => /[a-z]s$/.test(w) && !/ss$/.test(w));
  if (index < 0) return unit;
  words[index] = singular(words[index]!);
  return words.join(" ");
}

/** Words of a path segment: "withRoleTargetsPct" → "with role targets pct". */
function segmentWords(segment: string): string[] {
  return segment
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
    .split(/[\s_-]+/)
    .filter((w) => w !== "")
    .map((w) => (isAcronym(w) ? w : w.toLowerCase()));
}

const LEADING_LINKS = new Set(["with", "without", "who", "that", "in", "on", "per", "of", "for"]);
const TRAILING_NOISE = new Set(["pct", "percent", "percentage"]);

/**
 * A readable name for an evidence path without a label: its last segment split into words
 * ("managers.withRoleTargetsPct" → "managers with role targets").
 */
export function labelFromPath(path: string): string {
  const segments = path.split(".");
  const words = segmentWords(segments[segments.length - 1] ?? path);
  while (words.length > 1 && TRAILING_NOISE.has(words[words.length - 1]!)) words.pop();
  const parent = segments[segments.length - 2];
  const bare = words.length === 1 || (words[0] !== undefined && LEADING_LINKS.has(words[0]));
  if (parent !== undefined && bare) words.unshift(...segmentWords(parent));
  return words.join(" ") || path;
}
