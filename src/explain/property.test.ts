import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Benchmark, OUTCOMES, type RuleSet } from "../format/schema.js";
import { compileSummary } from "./index.js";

const word = fc.stringMatching(/^[a-z]{1,8}$/);
const label = fc.oneof(
  fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" ")),
  fc.constantFrom(
    "line managers with role-relevant targets",
    "staff who know the strategy",
    "a Freedom to Speak Up guardian in post",
    "time since the last talent review",
    "management practice score for operations",
    "the chair's annual submission",
    "has a green plan",
  ),
);

const FIELDS = {
  "a.pct": "percent",
  "a.num": "number",
  "a.int": "integer",
  "b.count": "count",
  "b.flag": "boolean",
  "b.rating": "enum",
  "c.when": "date",
  "c.text": "string",
  "c.score": "number",
} as const;
type Path = keyof typeof FIELDS;
const numeric: Path[] = ["a.pct", "a.num", "a.int", "b.count", "c.score"];
const RATINGS = ["good", "requires-improvement", "inadequate"];

const declarations = fc.record(
  Object.fromEntries(
    Object.keys(FIELDS).map((p) => [
      p,
      fc.record({
        label: fc.option(label, { nil: undefined }),
        unit: fc.option(
          fc.constantFrom("%", "reports a year", "months", "points out of 10", "hours"),
          { nil: undefined },
        ),
      }),
    ]),
  ) as Record<Path, fc.Arbitrary<{ label: string | undefined; unit: string | undefined }>>,
);

const v = (p: Path | "organisation.type") => ({ var: p });
const number = fc.oneof(
  fc.integer({ min: -5, max: 120 }),
  fc.double({ min: -10, max: 200, noNaN: true }),
);
const operand = fc.oneof(
  number,
  fc.constantFrom(...numeric).map(v),
  fc
    .tuple(fc.constantFrom(...numeric), number, fc.constantFrom("+", "-", "*", "/"))
    .map(([p, n, op]) => ({ [op]: [v(p), n] })),
  fc
    .tuple(fc.constantFrom(...numeric), fc.constantFrom(...numeric), fc.constantFrom("min", "max"))
    .map(([a, b, op]) => ({ [op]: [v(a), v(b)] })),
);
const comparison = fc.oneof(
  fc
    .tuple(fc.constantFrom("==", "===", "!=", "!==", "<", "<=", ">", ">="), operand, operand)
    .map(([op, a, b]) => ({ [op]: [a, b] })),
  fc
    .tuple(fc.constantFrom("<", "<="), number, fc.constantFrom(...numeric), number)
    .map(([op, a, p, b]) => ({ [op]: [a, v(p), b] })),
  fc.constantFrom<unknown>(
    v("b.flag"),
    { "!": v("b.flag") },
    { "==": [v("b.flag"), true] },
    { "!=": [false, v("b.flag")] },
    { in: [v("b.rating"), ["good", "inadequate"]] },
    { "==": [v("b.rating"), "good"] },
    { ">=": [v("c.when"), "2024-04-01"] },
    { "<": ["2020-01-01", v("c.when"), "2026-01-01"] },
    { in: ["final", v("c.text")] },
    { "==": [v("organisation.type"), "acute"] },
    v("b.count"),
    { "!!": v("a.num") },
    { "%": [v("a.int"), 2] },
    true,
    0,
  ),
);
const condition: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    comparison,
    fc
      .tuple(fc.constantFrom("and", "or"), fc.array(tie("node"), { minLength: 1, maxLength: 3 }))
      .map(([op, items]) => ({ [op]: items })),
    tie("node").map((n) => ({ "!": [n] })),
    fc.tuple(tie("node"), tie("node"), tie("node")).map(([c, a, b]) => ({ if: [c, a, b] })),
  ),
})).node;

const value = (type: string) => {
  switch (type) {
    case "percent":
      return fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
      );
    case "number":
      return fc.double({ min: -1e6, max: 1e6, noNaN: true });
    case "integer":
    case "count":
      return fc.integer({ min: 0, max: 100000 });
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...RATINGS);
    case "date":
      return fc.constantFrom("2024-11-01", "2019-02-28", "2025-12-31");
    default:
      return fc.string({ maxLength: 10 });
  }
};
const data = fc.record(
  Object.fromEntries(
    Object.entries(FIELDS).map(([p, type]) => [
      p,
      fc.option(
        fc.oneof(
          { weight: 9, arbitrary: value(type) },
          { weight: 1, arbitrary: fc.constantFrom<unknown>("odd", -1, {}, []) },
        ),
        { nil: null },
      ),
    ]),
  ),
);

function nest(flat: Record<string, unknown>, type: string): Record<string, unknown> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [path, value] of Object.entries(flat)) {
    const [group = "", key = ""] = path.split(".");
    out[group] ??= {};
    out[group][key] = value;
  }
  return { ...out, organisation: { type } };
}

describe("compileSummary (property)", () => {
  it("always returns one clean sentence, whatever the conditions and data", () => {
    fc.assert(
      fc.property(
        declarations,
        fc.record({
          exceptional: fc.option(condition, { nil: undefined }),
          good: condition,
          "some-shortfalls": fc.option(condition, { nil: undefined }),
        }),
        fc.option(condition, { nil: undefined }),
        data,
        fc.constantFrom(...OUTCOMES),
        fc.subarray(Object.keys(FIELDS)),
        fc.constantFrom("acute", "primary-care"),
        (decl, levels, appliesTo, values, outcome, missing, type) => {
          const evidence: RuleSet["evidence"] = {};
          for (const [path, fieldType] of Object.entries(FIELDS)) {
            const { label: l, unit } = decl[path as Path];
            const common = {
              ...(l === undefined ? {} : { label: l }),
              ...(unit === undefined ? {} : { unit }),
            };
            evidence[path] =
              fieldType === "enum"
                ? { type: "enum", values: RATINGS, ...common }
                : { type: fieldType, ...common };
          }
          const benchmark: Benchmark = {
            id: "P-1",
            title: "Property",
            domain: "d",
            levels: Object.fromEntries(
              Object.entries(levels).filter(([, c]) => c !== undefined),
            ) as Benchmark["levels"],
            ...(appliesTo === undefined ? {} : { appliesTo }),
          };
          const ruleSet: RuleSet = {
            format: 1,
            id: "p",
            version: "1.0.0",
            title: "P",
            status: "draft",
            evidence,
            domains: [{ id: "d", title: "D" }],
            benchmarks: [benchmark],
          };
          const sentence = compileSummary(benchmark, ruleSet)(
            outcome,
            nest(values, type) as never,
            { missing },
          );
          expect(typeof sentence).toBe("string");
          expect(sentence.length).toBeGreaterThan(1);
          expect(sentence.endsWith(".")).toBe(true);
          expect(sentence).toMatch(/^[A-Z0-9‘-]/);
          expect(sentence).not.toMatch(/undefined|NaN|\[object Object\]|Infinity|null/);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
