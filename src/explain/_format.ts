const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Groups the digits of a whole number in threes: "12345" → "12,345". */
function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/**
 * Formats a number the same way in every locale, without floating-point noise: at most
 * `decimals` decimal places, no trailing zeros, thousands separators from 10,000 up (so years
 * such as 2024 stay as they are).
 */
export function formatNumber(value: number, decimals = 2): string {
  if (Number.isInteger(value) && value > -10000 && value < 10000) return String(value);
  if (!Number.isFinite(value)) return "an invalid number";
  const factor = 10 ** decimals;
  // The tiny nudge rounds 1.005 up, as it is written, despite its binary representation.
  const scaled = Math.round(Math.abs(value) * factor + 1e-7);
  if (scaled === 0) return "0";
  const sign = value < 0 ? "-" : "";
  if (scaled >= 1e15) return `${sign}${String(Math.round(Math.abs(value)))}`;
  const whole = Math.floor(scaled / factor);
  const digits = whole >= 10000 ? groupThousands(String(whole)) : String(whole);
  const fraction = String(scaled - whole * factor)
    .padStart(decimals, "0")
    .replace(/0+$/, "");
  return `${sign}${digits}${fraction === "" ? "" : `.${fraction}`}`;
}

/** True for an ISO `YYYY-MM-DD` string naming a real calendar day. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/** "2024-11-01" → "1 November 2024", in every locale; other strings are returned unchanged. */
export function formatDate(value: string): string {
  if (!isIsoDate(value)) return value;
  const [year, month, day] = value.split("-").map(Number) as [number, number, number];
  return `${day} ${MONTHS[month - 1]} ${year}`;
}

/** An enum value as words: "requires-improvement" → "requires improvement". */
export function formatEnumValue(value: string): string {
  return value.replaceAll("-", " ").replaceAll("_", " ");
}

/** Shown for a missing value. */
export const NOT_PROVIDED = "not provided";

/** True when a value counts as missing: absent or null. */
export function isMissing(value: unknown): boolean {
  return value === undefined || value === null;
}

/** A value of an undeclared path or unexpected type, formatted without leaking internals. */
export function formatLoose(value: unknown): string {
  if (isMissing(value)) return NOT_PROVIDED;
  if (typeof value === "number") return formatNumber(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string") return isIsoDate(value) ? formatDate(value) : value;
  if (Array.isArray(value)) return value.map(formatLoose).join(", ") || "none";
  return "a value";
}

/** Reads a nested value by pre-split path segments; undefined when any step is missing. */
export function readPath(data: unknown, segments: readonly string[]): unknown {
  let value: unknown = data;
  for (const segment of segments) {
    if (value === null || typeof value !== "object") return undefined;
    if (!Object.hasOwn(value, segment)) return undefined;
    value = (value as Record<string, unknown>)[segment];
  }
  return value;
}
