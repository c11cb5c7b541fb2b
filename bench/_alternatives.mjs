// The alternatives well-led is measured against, each judging the same benchmarks for the same
// organisations: the bare json-logic-js interpreter (the reference), json-rules-engine over the
// conditions it can express, and hand-written JavaScript for a subset (the floor).
// Outcomes are coded 0 not applicable, 1 significant shortfalls, 2 some shortfalls, 3 good,
// 4 exceptional; a judge returns the sum of its codes, so the work cannot be optimised away.
import jsonLogic from "json-logic-js";
import { Engine } from "json-rules-engine";

const LEVELS = ["exceptional", "good", "some-shortfalls"];

/** A benchmark's conditions as the runners read them: `appliesTo`, then the levels top-down with their codes. */
function conditionsOf(benchmark) {
  const levels = LEVELS.flatMap((name, i) => {
    const logic = benchmark.levels[name];
    return logic === undefined ? [] : [{ logic, code: 4 - i }];
  });
  return { id: benchmark.id, appliesTo: benchmark.appliesTo, levels };
}

/**
 * The bare json-logic-js interpreter: per benchmark, `appliesTo`, then the levels top-down until
 * one holds (`jsonLogic.apply` and `jsonLogic.truthy`, exactly as json-logic-js documents them).
 */
export function jsonLogicJudge(benchmarks) {
  const all = benchmarks.map(conditionsOf);
  const holds = (logic, data) => jsonLogic.truthy(jsonLogic.apply(logic, data));
  const outcome = (b, data) => {
    if (b.appliesTo !== undefined && !holds(b.appliesTo, data)) return 0;
    for (const { logic, code } of b.levels) if (holds(logic, data)) return code;
    return 1;
  };
  return {
    judge: (data) => {
      let sum = 0;
      for (const b of all) sum += outcome(b, data);
      return sum;
    },
    outcomes: (data) => Object.fromEntries(all.map((b) => [b.id, outcome(b, data)])),
  };
}

const OPERATORS = {
  "==": "equal",
  "!=": "notEqual",
  ">": "greaterThan",
  ">=": "greaterThanInclusive",
  "<": "lessThan",
  "<=": "lessThanInclusive",
  in: "in",
};
const MIRRORED = { "==": "==", "!=": "!=", ">": "<", ">=": "<=", "<": ">", "<=": ">=" };

const isVar = (x) =>
  x !== null && typeof x === "object" && Object.keys(x).length === 1 && typeof x.var === "string";
const isLiteral = (x) =>
  x === null ||
  ["number", "string", "boolean"].includes(typeof x) ||
  (Array.isArray(x) && x.every(isLiteral));

/**
 * A json-rules-engine condition for a JsonLogic condition built from `and`, `or`, `!` and two-argument
 * comparisons of a fact with a literal or another fact; undefined when it uses anything else
 * (arithmetic, `min`, three-argument comparisons), which json-rules-engine cannot express.
 */
export function toRulesEngineCondition(logic) {
  if (logic === null || typeof logic !== "object" || Array.isArray(logic)) return undefined;
  const [op, ...more] = Object.keys(logic);
  if (op === undefined || more.length > 0) return undefined;
  const args = logic[op];
  if (op === "and" || op === "or") {
    const items = args.map(toRulesEngineCondition);
    return items.includes(undefined) ? undefined : { [op === "and" ? "all" : "any"]: items };
  }
  if (op === "!") {
    const inner = toRulesEngineCondition(Array.isArray(args) ? args[0] : args);
    return inner === undefined ? undefined : { not: inner };
  }
  if (OPERATORS[op] === undefined || !Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args;
  if (isVar(left) && isLiteral(right))
    return { fact: left.var, operator: OPERATORS[op], value: right };
  if (isVar(left) && isVar(right))
    return { fact: left.var, operator: OPERATORS[op], value: { fact: right.var } };
  if (isLiteral(left) && isVar(right) && MIRRORED[op] !== undefined)
    return { fact: right.var, operator: OPERATORS[MIRRORED[op]], value: left };
  return undefined;
}

/** The benchmarks whose every condition converts to json-rules-engine. */
export function convertibleBenchmarks(benchmarks) {
  return benchmarks.filter((b) =>
    [b.appliesTo, ...Object.values(b.levels)].every(
      (logic) => logic === undefined || toRulesEngineCondition(logic) !== undefined,
    ),
  );
}

/**
 * json-rules-engine with one rule per condition (each benchmark's `appliesTo` and levels), run once
 * per organisation over flattened facts; the outcome is read from the events that fired, as a user
 * of a rules engine would. Every rule is evaluated: a rules engine does not stop at the first level.
 */
export function rulesEngineJudge(benchmarks) {
  const engine = new Engine([], { allowUndefinedFacts: true });
  const all = benchmarks.map(conditionsOf);
  for (const b of all) {
    const rules = [
      ...(b.appliesTo === undefined ? [] : [{ logic: b.appliesTo, code: 0 }]),
      ...b.levels,
    ];
    for (const { logic, code } of rules) {
      const condition = toRulesEngineCondition(logic);
      const top =
        "all" in condition || "any" in condition || "not" in condition
          ? condition
          : { all: [condition] };
      engine.addRule({
        name: `${b.id}:${code}`,
        conditions: top,
        event: { type: `${b.id}:${code}` },
      });
    }
  }
  const outcome = (b, fired) => {
    if (b.appliesTo !== undefined && !fired.has(`${b.id}:0`)) return 0;
    for (const { code } of b.levels) if (fired.has(`${b.id}:${code}`)) return code;
    return 1;
  };
  const run = async (facts) => new Set((await engine.run(facts)).events.map((e) => e.type));
  return {
    judge: async (facts) => {
      const fired = await run(facts);
      let sum = 0;
      for (const b of all) sum += outcome(b, fired);
      return sum;
    },
    outcomes: async (facts) => {
      const fired = await run(facts);
      return Object.fromEntries(all.map((b) => [b.id, outcome(b, fired)]));
    },
  };
}
