import type { FieldInfo } from "./_field.js";
import { formatLoose, isMissing, NOT_PROVIDED } from "./_format.js";
import { withArticle, withoutArticle, withThe } from "./_words.js";

type Phrasing = Omit<FieldInfo, "path" | "segments" | "label" | "type">;

/** Statements and requirements for one boolean field, in both polarities. */
interface BooleanForms {
  readonly yes: string;
  readonly no: string;
  readonly needYes: string;
  readonly needNo: string;
}

const STATE = /^(.+?) (in post|in place|in use|in date|up to date|on file|on record)$/;
const VERB = /^(has|have|is|are|was|were|can|does|did) (.+)$/;
const IRREGULAR = new Set(
  "done made held set run taken given seen known written sent met kept built paid put".split(" "),
);

/** Index of the first past participle after the first word ("green plan approved" → 2). */
function participleAt(words: readonly string[]): number {
  return words.findIndex(
    (w, i) =>
      i > 0 &&
      (IRREGULAR.has(w) || (/^[a-z][a-z-]{2,}ed$/.test(w) && !/eed$/.test(w) && w !== "hundred")),
  );
}

function startsWithProperNoun(phrase: string): boolean {
  return /^[A-Z]/.test(phrase);
}

function verbForms(verb: string, rest: string): BooleanForms {
  const negated: Record<string, string> = {
    has: `does not have ${rest}`,
    have: `does not have ${rest}`,
    can: `cannot ${rest}`,
    does: `does not ${rest}`,
    did: `did not ${rest}`,
  };
  const base: Record<string, string> = {
    has: "have",
    have: "have",
    is: "be",
    are: "be",
    was: "have been",
    were: "have been",
  };
  const infinitive = `${base[verb] ?? verb} ${rest}`;
  return {
    yes: `the organisation ${verb} ${rest}`,
    no: `the organisation ${negated[verb] ?? `${verb} not ${rest}`}`,
    needYes: verb === "has" || verb === "have" ? rest : `the organisation to ${infinitive}`,
    needNo: `the organisation not to ${infinitive}`,
  };
}

/** Works out how a boolean field's label reads as a statement, from its grammar. */
function forms(label: string): BooleanForms {
  if (/^(a|an) /i.test(label)) {
    const thing = withoutArticle(label);
    return {
      yes: `there is ${label}`,
      no: `there is no ${thing}`,
      needYes: label,
      needNo: `no ${thing}`,
    };
  }
  const verb = VERB.exec(label);
  if (verb !== null) return verbForms(verb[1]!, verb[2]!);
  const state = STATE.exec(label);
  if (state !== null && !/^the /i.test(label)) {
    const [, thing = "", where = ""] = state;
    return {
      yes: `there is ${withArticle(thing)} ${where}`,
      no: `there is no ${thing} ${where}`,
      needYes: `${withArticle(thing)} ${where}`,
      needNo: `no ${thing} ${where}`,
    };
  }
  const words = label.split(" ");
  const at = participleAt(words);
  if (at > 0 && !/^the /i.test(label)) {
    const thing = words.slice(0, at).join(" ");
    const done = words.slice(at).join(" ");
    const subject = startsWithProperNoun(thing) ? thing : withThe(thing);
    return {
      yes: `${subject} has been ${done}`,
      no: `${subject} has not been ${done}`,
      needYes: label,
      needNo: `${thing} not ${done}`,
    };
  }
  const noun = /^the /i.test(label);
  return {
    yes: `${label}: yes`,
    no: `${label}: no`,
    needYes: noun ? label : `a yes for ${label}`,
    needNo: `a no for ${label}`,
  };
}

/** Phrasing of a boolean field: "there is a Freedom to Speak Up guardian in post". */
export function booleanPhrasing(label: string): Phrasing {
  const f = forms(label);
  const format = (value: unknown): string =>
    isMissing(value)
      ? NOT_PROVIDED
      : typeof value === "boolean"
        ? value
          ? "yes"
          : "no"
        : formatLoose(value);
  return {
    kind: "boolean",
    numeric: false,
    format,
    brief: format,
    delta: (value) => formatLoose(value),
    observe: (value) => {
      if (isMissing(value)) return `no answer was provided for ${label}`;
      if (value === true) return f.yes;
      if (value === false) return f.no;
      return `${label}: ${format(value)}`;
    },
    subject: label,
    needBoolean: (value) => (value ? f.needYes : f.needNo),
  };
}
