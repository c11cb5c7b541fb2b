import { readdirSync, readFileSync } from "node:fs";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { compileLogic } from "./compile.js";
import { ALLOWED_OPERATORS, getOperator, isLogic, SCOPED_OPERATORS } from "./operators.js";
import { explainLogic } from "./trace.js";
import { truthy } from "./truthy.js";

describe("operators", () => {
  it("allows every json-logic-js operator except log and method", () => {
    expect(ALLOWED_OPERATORS.size).toBe(34);
    expect(ALLOWED_OPERATORS.has("log")).toBe(false);
    expect(ALLOWED_OPERATORS.has("method")).toBe(false);
    for (const op of SCOPED_OPERATORS) expect(ALLOWED_OPERATORS.has(op)).toBe(true);
  });

  it("knows every allowed operator (none throws Unrecognized operation)", () => {
    for (const op of ALLOWED_OPERATORS) {
      expect(() => compileLogic({ [op]: [] })(null), op).not.toThrow(/Unrecognized/);
    }
  });

  it.each([
    [{ var: "a" }, true],
    [{ a: 1, b: 2 }, false],
    [{}, false],
    [[{ var: "a" }], false],
    [null, false],
    ["var", false],
  ])("isLogic(%j) is %s, as json-logic-js's is_logic", (value, expected) => {
    expect(isLogic(value)).toBe(expected);
    expect(jsonLogic.is_logic(value)).toBe(expected);
  });

  it("reads the operator of an operation", () => {
    expect(getOperator({ ">=": [1, 2] })).toBe(">=");
  });
});

describe("truthy", () => {
  it.each([[[]], [[0]], [0], [-0], [Number.NaN], [""], ["0"], [{}], [null], [undefined], [false]])(
    "truthy(%j) agrees with json-logic-js",
    (value) => {
      expect(truthy(value)).toBe(jsonLogic.truthy(value));
    },
  );
});

describe("browser and CSP safety", () => {
  it("compiles and traces with eval and Function unusable", () => {
    const saved = Object.getOwnPropertyDescriptors(globalThis);
    const refuse = () => {
      throw new EvalError("refused by Content-Security-Policy");
    };
    try {
      Object.assign(globalThis, { eval: refuse, Function: refuse });
      const rule = { and: [{ ">=": [{ var: "a.b" }, 95] }, { "==": [{ var: "c" }, true] }] };
      expect(compileLogic(rule)({ a: { b: 96 }, c: true })).toBe(true);
      expect(explainLogic(rule, { a: { b: 96 }, c: true }).result).toBe(true);
    } finally {
      for (const name of ["eval", "Function"]) {
        Object.defineProperty(globalThis, name, saved[name]!);
      }
    }
  });

  it("leaves json-logic-js's global operations table untouched", () => {
    const before = Object.keys(jsonLogic).map((key) => [
      key,
      jsonLogic[key as keyof typeof jsonLogic],
    ]);
    compileLogic({ log: [{ frobnicate: 1 }] });
    explainLogic({ missing_some: [1, ["a"]] }, {});
    expect(
      Object.keys(jsonLogic).map((key) => [key, jsonLogic[key as keyof typeof jsonLogic]]),
    ).toEqual(before);
    expect(() => jsonLogic.apply({ frobnicate: 1 } as never)).toThrow("Unrecognized operation");
  });

  it("has no eval, new Function or json-logic-js import in the runtime sources", () => {
    const dir = new URL("./", import.meta.url);
    const sources = readdirSync(dir).filter(
      (file) => file.endsWith(".ts") && !/\.test(-support)?\.ts$/.test(file),
    );
    expect(sources.length).toBeGreaterThan(5);
    for (const file of sources) {
      const code = readFileSync(new URL(file, dir), "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/\/\/.*$/gm, "");
      expect(code, file).not.toMatch(
        /\beval\s*\(|\bnew\s+Function\b|\bFunction\s*\(|json-logic-js/,
      );
    }
  });
});
