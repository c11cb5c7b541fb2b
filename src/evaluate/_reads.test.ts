import { describe, expect, it } from "vitest";
import { readPaths } from "./_reads.js";

describe("readPaths", () => {
  it("lists var, missing and missing_some paths in written order, once each", () => {
    const logic = {
      and: [
        { ">=": [{ var: "a.x" }, { var: ["b", { var: "c" }] }] },
        { missing: ["d", "a.x"] },
        { missing_some: [1, ["e", "f"]] },
        { "!!": { var: "g" } },
      ],
    };
    expect(readPaths(logic)).toEqual(["a.x", "b", "c", "d", "e", "f", "g"]);
  });

  it("leaves out paths inside callbacks, which read array elements, but keeps reduce's initial value", () => {
    const logic = {
      or: [
        {
          some: [{ merge: [{ var: "a" }, { var: "b" }] }, { ">": [{ var: "" }, { var: "inner" }] }],
        },
        {
          reduce: [
            { var: "list" },
            { "+": [{ var: "current" }, { var: "accumulator" }] },
            { var: "start" },
          ],
        },
        { map: [{ var: "m" }, { var: "el" }, { var: "extra" }] },
      ],
    };
    expect(readPaths(logic)).toEqual(["a", "b", "list", "start", "m"]);
  });

  it("reads nothing from literals, empty paths and multi-key objects", () => {
    expect(readPaths(42)).toEqual([]);
    expect(readPaths({ var: "" })).toEqual([]);
    expect(readPaths({ var: null })).toEqual([]);
    expect(readPaths({ a: { var: "x" }, b: 1 })).toEqual([]);
    expect(readPaths([{ var: "x" }, { var: 0 }])).toEqual(["x", "0"]);
  });
});
