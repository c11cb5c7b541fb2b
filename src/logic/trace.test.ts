import { describe, expect, it } from "vitest";
import { compileTracedLogic, explainLogic } from "./trace.js";

describe("explainLogic", () => {
  it("marks the arguments short-circuiting skipped, keeping their shape", () => {
    const rule = {
      and: [{ ">=": [{ var: "a.b" }, 95] }, { "==": [{ var: "c" }, true] }],
    };
    expect(explainLogic(rule, { a: { b: 81 }, c: true })).toMatchInlineSnapshot(`
      {
        "args": [
          {
            "args": [
              {
                "op": "var",
                "result": 81,
                "var": "a.b",
              },
              {
                "result": 95,
              },
            ],
            "op": ">=",
            "result": false,
          },
          {
            "args": [
              {
                "op": "var",
                "skipped": true,
                "var": "c",
              },
              {
                "literal": true,
                "skipped": true,
              },
            ],
            "op": "==",
            "skipped": true,
          },
        ],
        "op": "and",
        "result": false,
      }
    `);
  });

  it("returns or's deciding value and skips the rest", () => {
    expect(
      explainLogic({ or: [{ var: "x" }, "fallback", { var: "y" }] }, { x: 0 }),
    ).toMatchInlineSnapshot(`
      {
        "args": [
          {
            "op": "var",
            "result": 0,
            "var": "x",
          },
          {
            "result": "fallback",
          },
          {
            "op": "var",
            "skipped": true,
            "var": "y",
          },
        ],
        "op": "or",
        "result": "fallback",
      }
    `);
  });

  it("evaluates only the conditions tried and the branch taken of if", () => {
    const rule = {
      if: [{ "<": [{ var: "n" }, 0] }, "negative", { "==": [{ var: "n" }, 0] }, "zero", "positive"],
    };
    expect(explainLogic(rule, { n: 0 })).toMatchInlineSnapshot(`
      {
        "args": [
          {
            "args": [
              {
                "op": "var",
                "result": 0,
                "var": "n",
              },
              {
                "result": 0,
              },
            ],
            "op": "<",
            "result": false,
          },
          {
            "literal": "negative",
            "skipped": true,
          },
          {
            "args": [
              {
                "op": "var",
                "result": 0,
                "var": "n",
              },
              {
                "result": 0,
              },
            ],
            "op": "==",
            "result": true,
          },
          {
            "result": "zero",
          },
          {
            "literal": "positive",
            "skipped": true,
          },
        ],
        "op": "if",
        "result": "zero",
      }
    `);
  });

  it("shows var paths and defaults as written", () => {
    expect(explainLogic({ var: ["staff.count", 0] }, {})).toMatchInlineSnapshot(`
      {
        "default": 0,
        "op": "var",
        "result": 0,
        "var": "staff.count",
      }
    `);
    expect(explainLogic({ var: "" }, 7)).toMatchInlineSnapshot(`
      {
        "op": "var",
        "result": 7,
        "var": "",
      }
    `);
    expect(explainLogic({ var: [] }, 7)).toMatchInlineSnapshot(`
      {
        "op": "var",
        "result": 7,
      }
    `);
    expect(explainLogic({ var: [{ cat: ["a", ".b"] }] }, { a: { b: 2 } })).toMatchInlineSnapshot(`
      {
        "args": [
          {
            "args": [
              {
                "result": "a",
              },
              {
                "result": ".b",
              },
            ],
            "op": "cat",
            "result": "a.b",
          },
        ],
        "op": "var",
        "result": 2,
        "var": {
          "cat": [
            "a",
            ".b",
          ],
        },
      }
    `);
  });

  it("evaluates all three arguments of a between comparison", () => {
    expect(explainLogic({ "<": [5, { var: "x" }, 3] }, { x: 1 }).args).toMatchInlineSnapshot(`
      [
        {
          "result": 5,
        },
        {
          "op": "var",
          "result": 1,
          "var": "x",
        },
        {
          "result": 3,
        },
      ]
    `);
  });

  it("records one callback trace per element for scoped operators", () => {
    const rule = { some: [{ var: "scores" }, { ">": [{ var: "" }, 2] }] };
    expect(explainLogic(rule, { scores: [1, 3, 5] })).toMatchInlineSnapshot(`
      {
        "args": [
          {
            "op": "var",
            "result": [
              1,
              3,
              5,
            ],
            "var": "scores",
          },
          {
            "args": [
              {
                "op": "var",
                "skipped": true,
                "var": "",
              },
              {
                "literal": 2,
                "skipped": true,
              },
            ],
            "op": ">",
            "skipped": true,
          },
        ],
        "elements": [
          {
            "args": [
              {
                "op": "var",
                "result": 1,
                "var": "",
              },
              {
                "result": 2,
              },
            ],
            "op": ">",
            "result": false,
          },
          {
            "args": [
              {
                "op": "var",
                "result": 3,
                "var": "",
              },
              {
                "result": 2,
              },
            ],
            "op": ">",
            "result": true,
          },
        ],
        "op": "some",
        "result": true,
      }
    `);
  });

  it("traces reduce's initial value and the accumulator each step sees", () => {
    const rule = {
      reduce: [[1, 2], { "+": [{ var: "current" }, { var: "accumulator" }] }, 10],
    };
    const trace = explainLogic(rule, {});
    expect(trace.result).toBe(13);
    expect(trace.args?.[2]).toEqual({ result: 10 });
    expect(trace.elements?.map((element) => element.args?.map((arg) => arg.result))).toEqual([
      [1, 10],
      [2, 11],
    ]);
  });

  it("traces arrays holding logic element by element", () => {
    expect(
      explainLogic({ in: [{ var: "t" }, ["a", { var: "u" }]] }, { t: "b", u: "b" }).args?.[1],
    ).toMatchInlineSnapshot(`
      {
        "items": [
          {
            "result": "a",
          },
          {
            "op": "var",
            "result": "b",
            "var": "u",
          },
        ],
        "result": [
          "a",
          "b",
        ],
      }
    `);
  });

  it("keeps a result of undefined as an own property", () => {
    const trace = explainLogic({ and: [] }, {});
    expect(Object.hasOwn(trace, "result")).toBe(true);
    expect(trace.result).toBeUndefined();
  });

  it("throws where json-logic-js throws", () => {
    expect(() => explainLogic({ "+": [1, { nope: [] }] }, {})).toThrowErrorMatchingInlineSnapshot(
      `[Error: Unrecognized operation nope]`,
    );
  });
});

describe("compileTracedLogic", () => {
  it("returns fresh traces that callers may annotate", () => {
    const trace = compileTracedLogic({ and: [false, { var: ["x", [1]] }] });
    const first = trace({});
    const args = first.args ?? [];
    (args[1]!.default as unknown[]).push(2);
    args.push({ result: "extra" });
    expect(trace({})).toEqual({
      op: "and",
      args: [{ result: false }, { op: "var", var: "x", default: [1], skipped: true }],
      result: false,
    });
  });
});
