import type { EvidenceField } from "./lib.js";

/** Writes a kebab-case code as words with a capital: `requires-improvement` → "Requires improvement". */
export function sentenceCase(code: string): string {
  const words = code.replaceAll("-", " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const GROUP_TITLES: Readonly<Record<string, string>> = {
  board: "Board",
  cqc: "CQC rating history",
  democracy: "Workplace democracy",
  edi: "Equality, diversity and inclusion",
  environment: "Environmental sustainability",
  ftsu: "Freedom to Speak Up",
  governance: "Governance and performance",
  learning: "Learning and improvement",
  managers: "Managers",
  nss: "NHS Staff Survey",
  partnerships: "Partnerships and communities",
  regulatory: "Regulatory action",
  strategy: "Strategy",
  talent: "Talent and succession",
  training: "Management training",
  wms: "Management practices (World Management Survey style)",
};

/** A readable heading for the first segment of evidence paths: `nss` → "NHS Staff Survey". */
export function groupTitle(segment: string): string {
  if (Object.hasOwn(GROUP_TITLES, segment)) return GROUP_TITLES[segment]!;
  const words = segment.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_]+/g, " ");
  return sentenceCase(words.toLowerCase());
}

/** The label of an evidence field with a capital letter, or its path when it has none. */
export function fieldLabel(path: string, field: EvidenceField | undefined): string {
  const label = field?.label;
  return label ? label.charAt(0).toUpperCase() + label.slice(1) : path;
}

/** An evidence value as a sentence shows it: `81%`, `yes`, `2.4 points out of 5`, "not provided". */
export function valueText(value: unknown, field: EvidenceField | undefined): string {
  if (value === null || value === undefined) return "not provided";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") {
    if (field?.type === "percent") return `${value}%`;
    return field?.unit ? `${value} ${field.unit}` : String(value);
  }
  if (typeof value === "string") return field?.type === "enum" ? sentenceCase(value) : value;
  return JSON.stringify(value);
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** An ISO date as a person reads it: 2024-09-30 → "30 September 2024". */
export function dateText(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : DATE_FORMAT.format(time);
}
