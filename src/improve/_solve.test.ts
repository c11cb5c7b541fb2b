import { describe, expect, it } from "vitest";
import type { EvidenceField } from "../format/schema.js";
import { createSolveContext } from "./_context.js";
import { nestValues } from "./_data.js";
import { ifAsOr, linearOf, negate } from "./_logic.js";
import { solve } from "./_solve.js";
import { valuesFor } from "./_values.js";

const FIELDS: Record<string, EvidenceField> = {
  pct: { type: "percent" },
  score: { type: "number", min: 0, max: 10 },
  open: { type: "number" },
  n: { type: "count", max: 20 },
  i: { type: "integer", min: -5, max: 5 },
  flag: { type: "boolean" },
  level: { type: "enum", values: ["low", "medium", "high"] },
  day: { type: "date" },
  text: { type: "string" },
  a: { type: "number", min: 1, max: 5 },
  b: { type: "number", min: 1, max: 5 },
  sector: { type: "enum", values: ["nhs", "independent"] },
};

/** The cheapest solutions of a condition, as plain objects of the values changed. */
function solutions(
  condition: unknown,
  values: Record<string, unknown> = {},
): Record<string, unknown>[] {
  const current = new Map(Object.entries(values));
  const ctx = createSolveContext({
    fields: new Map(Object.entries(FIELDS)),
    changeable: (p) => p in FIELDS && p !== "sector",
    asOf: "2025-03-31",
    values: current,
    data: nestValues("acute", current),
  });
  return solve(ctx, condition).map((a) => Object.fromEntries(a));
}

const v = (name: string) => ({ var: name });

describe("solve", () => {
  it("meets thresholds written either way round, strict or not", () => {
    expect(solutions({ ">=": [v("pct"), 95] }, { pct: 81 })).toEqual([{ pct: 95 }]);
    expect(solutions({ "<": [50, v("pct")] }, { pct: 20 })).toEqual([{ pct: 50.1 }]);
    expect(solutions({ ">": [v("n"), 3] }, { n: 1 })).toEqual([{ n: 4 }]);
    expect(solutions({ "<": [v("i"), 0] }, { i: 2 })).toEqual([{ i: -1 }]);
    expect(solutions({ "<=": [v("pct"), 9.07] }, { pct: 12 })).toEqual([{ pct: 9.07 }]);
    expect(solutions({ "==": [v("pct"), 100] }, { pct: 12 })).toEqual([{ pct: 100 }]);
  });

  it("never leaves the declared range", () => {
    expect(solutions({ ">=": [v("score"), 11] }, { score: 2 })).toEqual([]);
    expect(solutions({ ">=": [v("n"), 2.5] }, { n: 0 })).toEqual([{ n: 3 }]);
    expect(solutions({ "==": [v("i"), 0.5] }, { i: 0 })).toEqual([]);
  });

  it("solves between, in, !=, booleans, dates and strings", () => {
    expect(solutions({ "<": [0, v("score"), 2] }, { score: 2 })).toEqual([{ score: 1.9 }]);
    expect(solutions({ in: [v("level"), ["medium", "high"]] }, { level: "low" })).toEqual([
      { level: "medium" },
      { level: "high" },
    ]);
    expect(solutions({ "!=": [v("level"), "low"] }, { level: "low" })).toHaveLength(2);
    expect(solutions({ "!=": [v("n"), 0] }, { n: 0 })).toEqual([{ n: 1 }]);
    expect(solutions({ "===": [v("flag"), true] }, {})).toEqual([{ flag: true }]);
    expect(solutions({ "!!": [v("flag")] }, { flag: false })).toEqual([{ flag: true }]);
    expect(solutions({ ">": [v("day"), "2024-12-31"] }, { day: "2024-01-01" })).toEqual([
      { day: "2025-01-01" },
    ]);
    expect(solutions({ "==": [v("text"), "yes"] }, {})).toEqual([{ text: "yes" }]);
  });

  it("pushes negations inward and reads if as a choice of branches", () => {
    expect(
      solutions({ "!": { and: [v("flag"), { ">": [v("n"), 3] }] } }, { flag: true, n: 5 }),
    ).toEqual([{ n: 3 }, { flag: false }]);
    expect(solutions({ "!": { "<=": [1, v("n"), 5] } }, { n: 3 })).toEqual([{ n: 0 }, { n: 6 }]);
    const either = { if: [v("flag"), { ">=": [v("n"), 2] }, { ">=": [v("n"), 4] }] };
    expect(solutions(either, { flag: false, n: 0 })).toEqual([{ n: 4 }, { flag: true, n: 2 }]);
  });

  it("spreads a sum over fields, fills minimums and picks one field for a maximum", () => {
    expect(solutions({ ">=": [{ "+": [v("a"), v("b")] }, 9] }, { a: 2, b: 3 })).toEqual([
      { a: 5, b: 4 },
    ]);
    expect(solutions({ "<=": [{ "-": [v("a"), v("b")] }, 0] }, { a: 4, b: 2 })).toEqual([{ a: 2 }]);
    expect(solutions({ ">=": [{ min: [v("a"), v("b")] }, 3] }, { a: 2, b: 1 })).toEqual([
      { a: 3, b: 3 },
    ]);
    expect(solutions({ ">=": [{ max: [v("a"), v("b")] }, 3] }, { a: 2, b: 1 })).toEqual([
      { a: 3 },
      { b: 3 },
    ]);
    expect(solutions({ ">=": [{ "*": [2, v("a")] }, 7] }, { a: 2 })).toEqual([{ a: 3.5 }]);
  });

  it("probes conditions no rule solves", () => {
    expect(solutions({ "==": [{ "%": [v("n"), 2] }, 1] }, { n: 4 }).slice(0, 2)).toEqual([
      { n: 3 },
      { n: 5 },
    ]);
    expect(solutions({ in: ["es", v("text")] }, { text: "no" })).toEqual([{ text: "es" }]);
    expect(solutions({ missing: ["pct"] }, { pct: 3 })).toEqual([]);
  });

  it("never changes or provides a field the context freezes", () => {
    expect(solutions({ "==": [v("sector"), "nhs"] }, { sector: "independent" })).toEqual([]);
  });
});

describe("logic rewrites", () => {
  it("negates each operator", () => {
    expect(negate({ ">=": [v("a"), 1] })).toEqual({ "<": [v("a"), 1] });
    expect(negate({ "===": [v("a"), 1] })).toEqual({ "!==": [v("a"), 1] });
    expect(negate({ "!": [v("a")] })).toEqual({ "!!": [v("a")] });
    expect(negate({ or: [v("a"), v("b")] })).toEqual({
      and: [{ "!": [v("a")] }, { "!": [v("b")] }],
    });
    expect(negate({ if: [v("a"), 1] })).toEqual({ if: [v("a"), { "!": [1] }, true] });
    expect(negate({ cat: ["a"] })).toBeUndefined();
    expect(negate(3)).toBeUndefined();
  });

  it("reads if as or", () => {
    expect(ifAsOr([v("c"), v("x"), v("y")])).toEqual({
      or: [{ and: [{ "!!": [v("c")] }, v("x")] }, { and: [{ "!": [v("c")] }, v("y")] }],
    });
  });

  it("recognises linear expressions only", () => {
    const l = linearOf({ "/": [{ "+": [v("a"), { "*": [2, v("b")] }, 3] }, 2] });
    expect(l && { terms: Object.fromEntries(l.terms), constant: l.constant }).toEqual({
      terms: { a: 0.5, b: 1 },
      constant: 1.5,
    });
    expect(linearOf({ "*": [v("a"), v("b")] })).toBeUndefined();
    expect(linearOf({ "/": [v("a"), v("b")] })).toBeUndefined();
    expect(linearOf({ "-": [v("a")] })?.terms.get("a")).toBe(-1);
  });

  it("offers only values that fit the field", () => {
    expect(valuesFor(FIELDS.day!, ">=", "2030-01-01", undefined, "2025-03-31")).toEqual([]);
    expect(valuesFor(FIELDS.flag!, "==", 1, undefined, "2025-03-31")).toEqual([true, false]);
    expect(valuesFor(FIELDS.level!, "==", "top", undefined, "2025-03-31")).toEqual([]);
    expect(valuesFor(FIELDS.pct!, ">=", "95", undefined, "2025-03-31")).toEqual([]);
  });
});
