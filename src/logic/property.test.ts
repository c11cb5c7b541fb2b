import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileLogic } from "./compile.js";
import { ALLOWED_OPERATORS } from "./operators.js";
import { checkTrace, oracle, outcomeOf, sameOutcome, showOutcome } from "./oracle.test-support.js";
import { compileTracedLogic } from "./trace.js";

const KEYS = ["a", "b", "c", "0", "1"];

const scalar = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 2, 2.5, 95, 100, 1e21, Number.MAX_VALUE),
  fc.integer({ min: -5, max: 5 }),
  fc.double({ noDefaultInfinity: true }),
  fc.constantFrom("", "0", "-0", "1", "2.5", " 3 ", "1e3", "abc", "a", "b.c", "NaN", "true"),
  fc.boolean(),
  fc.constant(null),
);

const value: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom(...KEYS), tie("value"), { maxKeys: 4 }),
  ),
})).value;

const path = fc.oneof(
  fc.constantFrom("a", "b", "c", "a.b", "b.c", "a.0", "1", "c.a.b", "zz", "a.zz.b", "", "length"),
  fc.constantFrom("current", "accumulator", "current.a", 0, 1, null),
);

const OPERATORS = [...ALLOWED_OPERATORS].filter((op) => op !== "var");

/** Random JsonLogic over the allowed operators, with the odd unknown or dotted operator. */
const { logic } = fc.letrec<{ logic: unknown; args: unknown[] }>((tie) => ({
  logic: fc.oneof(
    { depthSize: "medium", withCrossShrink: true, maxDepth: 6 },
    { weight: 20, arbitrary: scalar },
    { weight: 25, arbitrary: fc.record({ var: path }) },
    { weight: 5, arbitrary: fc.record({ var: fc.tuple(path, scalar) }) },
    { weight: 1, arbitrary: fc.record({ var: fc.constant([]) }) },
    {
      weight: 40,
      arbitrary: fc
        .tuple(fc.constantFrom(...OPERATORS), tie("args"))
        .map(([op, args]) => ({ [op]: args })),
    },
    {
      weight: 8,
      arbitrary: fc
        .tuple(fc.constantFrom(...OPERATORS), tie("logic"))
        .map(([op, arg]) => ({ [op]: arg })),
    },
    {
      weight: 5,
      arbitrary: fc
        .tuple(fc.constantFrom("missing", "missing_some"), fc.array(path, { maxLength: 3 }))
        .map(([op, keys]) => (op === "missing" ? { missing: keys } : { missing_some: [1, keys] })),
    },
    { weight: 5, arbitrary: fc.array(tie("logic"), { maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        { unknown: [1] },
        { "var.prototype.constructor": "a" },
        { a: 1, b: 2 },
      ),
    },
  ),
  args: fc.array(tie("logic"), { minLength: 1, maxLength: 4 }),
})) as unknown as { logic: fc.Arbitrary<unknown> };

const data = fc.oneof(
  { weight: 4, arbitrary: fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 5 }) },
  { weight: 1, arbitrary: value },
);

describe("compiled and traced evaluation agree with json-logic-js on random rules", () => {
  it("same value (Object.is, NaN and -0 included) or the same throw, 4000 runs", () => {
    fc.assert(
      fc.property(logic, data, (rule, input) => {
        const expected = oracle(rule, input);
        const compiled = outcomeOf(() => compileLogic(rule)(input));
        const traced = outcomeOf(() => compileTracedLogic(rule)(input).result);
        expect(showOutcome(compiled)).toBe(showOutcome(expected));
        expect(sameOutcome(compiled, expected)).toBe(true);
        expect(sameOutcome(traced, expected)).toBe(true);
        if (!expected.threw) {
          expect(checkTrace(rule, compileTracedLogic(rule)(input), input)).toBe(undefined);
        }
      }),
      { numRuns: 4000 },
    );
  });

  it("one compiled function gives json-logic-js's answer for many data, 500 rules × 8 inputs", () => {
    fc.assert(
      fc.property(logic, fc.array(data, { minLength: 8, maxLength: 8 }), (rule, inputs) => {
        const evaluate = compileLogic(rule);
        for (const input of inputs) {
          expect(showOutcome(outcomeOf(() => evaluate(input)))).toBe(
            showOutcome(oracle(rule, input)),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
