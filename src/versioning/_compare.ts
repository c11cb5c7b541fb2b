import canonicalize from "canonicalize";
import type { BumpReason, DiffSection, ListChange, VersionBump } from "./types.js";

const ORDER: Record<VersionBump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

/** The larger of two version steps. */
export function maxBump(a: VersionBump, b: VersionBump): VersionBump {
  return ORDER[a] >= ORDER[b] ? a : b;
}

/** True when step `a` is smaller than step `b`. */
export function isSmaller(a: VersionBump, b: VersionBump): boolean {
  return ORDER[a] < ORDER[b];
}

/** Structural JSON equality: object key order never matters, array order does. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  return canonicalize(a) === canonicalize(b);
}

/** Compact JSON of a value in backticks, for messages; `(none)` for a missing one. */
export function showJson(value: unknown): string {
  const json = value === undefined ? undefined : canonicalize(value);
  return json === undefined ? "(none)" : `\`${json}\``;
}

/** Items of `to` missing from `from`, and items of `from` missing from `to`, in document order. */
export function listChange(from: readonly string[], to: readonly string[]): ListChange {
  const a = new Set(from);
  const b = new Set(to);
  return { added: to.filter((x) => !a.has(x)), removed: from.filter((x) => !b.has(x)) };
}

/** True when a list change has anything in it. */
export function isListChanged(change: ListChange): boolean {
  return change.added.length > 0 || change.removed.length > 0;
}

/** True when the items both lists share appear in a different relative order. */
export function isReordered(from: readonly string[], to: readonly string[]): boolean {
  const a = new Set(from);
  const b = new Set(to);
  const common = from.filter((x) => b.has(x));
  const later = to.filter((x) => a.has(x));
  return common.some((x, i) => later[i] !== x);
}

/** Indexes items by id. */
export function byId<T extends { readonly id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]));
}

/** Quotes a list of names for a message: `"a", "b" and "c"`. */
export function quoteList(items: readonly string[], quote = '"'): string {
  const q = items.map((x) => `${quote}${x}${quote}`);
  if (q.length <= 1) return q.join("");
  return `${q.slice(0, -1).join(", ")} and ${q[q.length - 1]}`;
}

/** `1 benchmark`, `2 benchmarks`. */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}

/** Collects the reasons of one section. */
export class ReasonList {
  readonly items: BumpReason[] = [];
  constructor(private readonly section: DiffSection) {}

  add(bump: BumpReason["bump"], subject: string, message: string): void {
    this.items.push({ bump, section: this.section, subject, message });
  }
}
