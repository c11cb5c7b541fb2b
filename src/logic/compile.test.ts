import { readFileSync } from "node:fs";
import jsonLogic from "json-logic-js";
import { describe, expect, it, vi } from "vitest";
import { compileLogic } from "./compile.js";
import { checkTrace, oracle, outcomeOf, sameOutcome, showOutcome } from "./oracle.test-support.js";
import { explainLogic } from "./trace.js";

type Case = [rule: unknown, data: unknown, expected: unknown];

const fixture = JSON.parse(
  readFileSync(new URL("../../test/fixtures/jsonlogic/tests.json", import.meta.url), "utf8"),
) as unknown[];
const cases = fixture.filter((entry): entry is Case => Array.isArray(entry));

describe(`json-logic-js's own tests.json (${cases.length} cases)`, () => {
  it.each(cases.map((c, i) => [i, ...c] as const))("case %i", (_, rule, data, expected) => {
    expect(jsonLogic.apply(rule as never, data)).toEqual(expected);
    expect(compileLogic(rule)(data)).toEqual(expected);
    expect(explainLogic(rule, data).result).toEqual(expected);
    expect(checkTrace(rule, explainLogic(rule, data), data)).toBe(undefined);
  });
});

/** Asserts compiled evaluation agrees exactly with json-logic-js (value or throw). */
function expectSameAsJsonLogic(rule: unknown, data: unknown = {}): void {
  const expected = oracle(rule, data);
  const actual = outcomeOf(() => compileLogic(rule)(data));
  const traced = outcomeOf(() => explainLogic(rule, data).result);
  expect(showOutcome(actual)).toBe(showOutcome(expected));
  expect(sameOutcome(actual, expected)).toBe(true);
  expect(sameOutcome(traced, expected)).toBe(true);
}

describe("json-logic-js quirks", () => {
  it.each([
    [{ and: [] }],
    [{ or: [] }],
    [{ if: [] }],
    [{ if: [false, 1] }],
    [{ if: true }],
    [{ "?:": [0, 1, "", 2, 3] }],
    [{ all: [[], { var: "" }] }],
    [{ none: [[], { var: "" }] }],
    [{ some: [{ var: "nope" }, true] }],
    [{ map: ["abc", { var: "" }] }],
    [{ filter: [7, true] }],
    [{ reduce: [[1, 2, 3], { "+": [{ var: "current" }, { var: "accumulator" }] }] }],
    [{ reduce: [[1, 2], { var: "" }, 0] }],
    [{ reduce: ["x", true, { var: "a" }] }],
    [{ "*": ["3"] }],
    [{ "*": [[1, 2]] }],
    [{ "*": [] }],
    [{ "*": [-1, 0, 5] }],
    [{ "*": [1, -0] }],
    [{ "+": [-0] }],
    [{ "+": ["-0", "-0"] }],
    [{ "+": "3.5kg" }],
    [{ "+": [] }],
    [{ "-": [-0] }],
    [{ "-": [[]] }],
    [{ "-": [] }],
    [{ min: [] }],
    [{ max: [] }],
    [{ max: [1, "7", [9]] }],
    [{ "/": [1, 0] }],
    [{ "%": [-1, 2] }],
    [{ cat: [null, undefined, [1, [2, 3]], true] }],
    [{ substr: ["jsonlogic", -5, -2] }],
    [{ substr: ["jsonlogic", 1, "-1"] }],
    [{ in: ["", "abc"] }],
    [{ in: [null, ["null"]] }],
    [{ in: [1, { var: "o" }] }],
    [{ in: [1, { var: "a" }] }],
    [{ "!": [[]] }],
    [{ "!": [] }],
    [{ "!!": [[0], 1] }],
    [{ "<": [1, 2, { var: "nope" }] }],
    [{ "<=": [3, 2, { unknown: 1 }] }],
    [{ "==": [[1], "1"] }],
    [{ "==": [{ var: "a" }, [1]] }],
    [{ "===": [[1], [1]] }],
    [{ merge: [1, [2, [3]], null] }],
    [{ var: [] }],
    [{ var: "" }],
    [{ var: null }],
    [{ var: 0 }],
    [{ var: ["a", [1]] }],
    [{ var: ["", { var: "a" }] }],
    [{ if: [false, { var: { toString: 1, x: 2 } }, 1] }],
    [{ var: { toString: 1, x: 2 } }],
    [{ var: [{ toString: 1, x: 2 }, { unknown: 1 }] }],
    [{ var: [["a"]] }],
    [{ var: ["zz", { var: "a" }] }],
    [{ missing: "zz" }],
    [{ missing: [] }],
    [{ missing: [null, "", "s"] }],
    [{ var: ["b.c", "dflt"] }],
    [{ var: "n.x" }],
    [{ var: ["n", 5] }],
    [{ var: "s.length" }],
    [{ var: "constructor" }],
    [{ var: [{ cat: ["b", ".c"] }] }],
    [{ var: ["a", { var: "a" }, { unknown: 1 }] }],
    [{ missing: ["a", "zz", "n", "b.c"] }],
    [{ missing: [["a", "zz"], "ignored"] }],
    [{ missing: [{ var: "keys" }] }],
    [{ missing: [["zz", 1]] }],
    [{ missing_some: [1, ["a", "zz"]] }],
    [{ missing_some: [2, ["a", "zz"]] }],
    [{ missing_some: [1, "abc"] }],
    [{ missing_some: [1, null] }],
    [{ missing_some: [1, [{ var: "a" }]] }],
    [{ a: 1, b: 2 }],
    [{}],
    [[{ var: "a" }, [{ var: "b.c" }], 3]],
    [{ unknown: [1] }],
    [{ "a.b": [] }],
    [{ ".var": [] }],
    [{ "var.": [] }],
    [{ "var.length": [] }],
    [{ "var.name.0.length": [] }],
    [{ "var.prototype.constructor": "a" }],
    [{ "==.prototype.constructor.prototype.constructor": [1, "1"] }],
    [{ "if.x": [] }],
    [{ method: ["a", "toUpperCase"] }],
    [{ toString: [] }],
    [{ if: [false, { unknown: 1 }, 2] }],
    [{ and: [false, { unknown: 1 }] }],
    [{ "==": [1, 1, { unknown: 1 }] }],
    [{ "!": [1, { unknown: 1 }] }],
    [{ substr: [{ var: "o" }, 1] }],
  ])("%j", (rule) => {
    expectSameAsJsonLogic(rule, {
      a: 1,
      b: { c: null },
      n: null,
      s: "text",
      o: { indexOf: 1, toString: 1, valueOf: 2 },
      keys: ["a", "zz"],
    });
  });

  it("returns log's argument without printing", () => {
    const print = vi.spyOn(console, "log").mockImplementation(() => undefined);
    try {
      expectSameAsJsonLogic({ log: [{ var: "a" }, 2] }, { a: [1] });
      expect(print).toHaveBeenCalledTimes(1);
    } finally {
      print.mockRestore();
    }
  });

  it("evaluates with no data at all", () => {
    expectSameAsJsonLogic({ var: "" }, undefined);
    expectSameAsJsonLogic({ var: "a" }, undefined);
    expectSameAsJsonLogic({ missing: ["a"] }, null);
    expectSameAsJsonLogic({ missing_some: [1, { var: "" }] }, null);
  });

  it("reads var paths on primitive data as json-logic-js does", () => {
    expectSameAsJsonLogic({ var: "length" }, "abc");
    expectSameAsJsonLogic({ var: 1 }, "abc");
    expectSameAsJsonLogic({ var: "1" }, [5, 6]);
    expectSameAsJsonLogic({ map: [[[1, 2], [3]], { var: 1 }] });
  });
});

describe("compiled results", () => {
  it("returns a fresh array on every call, so callers may mutate it", () => {
    const evaluate = compileLogic({ if: [true, [1, [2]], 0] });
    const first = evaluate({}) as unknown[];
    first.push(99);
    (first[1] as unknown[]).push(99);
    expect(evaluate({})).toEqual([1, [2]]);
  });

  it("keeps the holes of a sparse literal array (never produced by JSON)", () => {
    const sparse: unknown[] = [];
    sparse[2] = { var: "a" };
    expectSameAsJsonLogic(sparse, { a: 1 });
    expect(1 in (compileLogic(sparse)({ a: 1 }) as unknown[])).toBe(false);
  });

  it("is unaffected by later changes to the rule", () => {
    const rule = { ">=": [{ var: "a" }, 95] };
    const evaluate = compileLogic(rule);
    rule[">="][1] = 0;
    expect(evaluate({ a: 50 })).toBe(false);
  });

  it("throws unknown operators only when evaluation reaches them", () => {
    const evaluate = compileLogic({ if: [{ var: "go" }, { frobnicate: [1] }, "safe"] });
    expect(evaluate({ go: false })).toBe("safe");
    expect(() => evaluate({ go: true })).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unrecognized operation frobnicate]`,
    );
  });

  it("keeps the arguments of a throwing constant sub-tree lazy", () => {
    const evaluate = compileLogic({ or: [{ var: "x" }, { "*": [] }] });
    expect(evaluate({ x: 1 })).toBe(1);
    expect(() => evaluate({})).toThrow(TypeError);
  });
});
