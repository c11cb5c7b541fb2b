import { describe, expect, it } from "vitest";
import { conditionReads } from "./_reads.js";

describe("conditionReads", () => {
  it("collects var, missing and missing_some paths", () => {
    const logic = {
      and: [
        { ">=": [{ var: "a.pct" }, 90] },
        { "!": { missing: ["b.flag", "c.count"] } },
        { missing_some: [1, ["d.kind", "e.note"]] },
        { "==": [{ var: ["f.name", "none"] }, "x"] },
        { var: 0 },
      ],
    };
    expect(conditionReads(logic).sort()).toEqual([
      "0",
      "a.pct",
      "b.flag",
      "c.count",
      "d.kind",
      "e.note",
      "f.name",
    ]);
  });

  it("leaves out paths that callbacks read from array elements", () => {
    const logic = {
      and: [
        { some: [{ var: "items" }, { ">": [{ var: "size" }, 2] }] },
        {
          reduce: [
            { var: "xs" },
            { "+": [{ var: "current" }, { var: "accumulator" }] },
            { var: "start" },
          ],
        },
        { map: [{ var: "ys" }, { var: "" }] },
      ],
    };
    expect(conditionReads(logic).sort()).toEqual(["items", "start", "xs", "ys"]);
  });

  it("reads nothing from literals", () => {
    expect(conditionReads(true)).toEqual([]);
    expect(conditionReads(undefined)).toEqual([]);
    expect(conditionReads({ missing: "single.path" })).toEqual(["single.path"]);
  });
});
