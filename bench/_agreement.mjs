// Before timing anything: every runner must reach the same outcomes as json-logic-js, or the
// comparison would be between different work. Hand-written code must agree everywhere; well-led
// and json-rules-engine wherever every value a benchmark reads is present (with a value missing,
// well-led reports not-evidenced and json-rules-engine's numeric operators refuse null, by design).

const CODES = {
  "not-applicable": 0,
  "significant-shortfalls": 1,
  "some-shortfalls": 2,
  good: 3,
  exceptional: 4,
};

/** The `var` paths a condition reads. */
function varPaths(logic, into = new Set()) {
  if (Array.isArray(logic)) for (const item of logic) varPaths(item, into);
  else if (logic !== null && typeof logic === "object")
    for (const [op, args] of Object.entries(logic)) {
      if (op === "var") into.add(Array.isArray(args) ? args[0] : args);
      else varPaths(args, into);
    }
  return into;
}

function readPath(data, path) {
  let value = data;
  for (const key of path.split(".")) value = value?.[key];
  return value;
}

/**
 * Compares outcomes for every organisation; throws on the first disagreement and returns
 * `{ text }`, a sentence saying how many outcomes were compared.
 */
export async function checkAgreement({ data, facts, documents, judges, hand, evaluator }) {
  const paths = new Map(
    evaluator.ruleSet.benchmarks.map((b) => [b.id, [...varPaths([b.appliesTo, b.levels])]]),
  );
  const complete = (id, d) =>
    paths.get(id).every((p) => readPath(d, p) !== undefined && readPath(d, p) !== null);
  const counts = { hand: 0, engine: 0, wellLed: 0 };
  const fail = (who, id, i, got, expected) => {
    throw new Error(
      `bench: ${who} disagrees with json-logic-js on ${id} for organisation ${i + 1} (${got} vs ${expected})`,
    );
  };
  for (let i = 0; i < data.length; i++) {
    const reference = judges.all.outcomes(data[i]);
    for (const [id, code] of Object.entries(hand.outcomes(data[i]))) {
      if (code !== reference[id]) fail("hand-written code", id, i, code, reference[id]);
      counts.hand++;
    }
    for (const [id, code] of Object.entries(await judges.engine.outcomes(facts[i]))) {
      if (!complete(id, data[i])) continue;
      if (code !== reference[id]) fail("json-rules-engine", id, i, code, reference[id]);
      counts.engine++;
    }
    for (const b of evaluator.evaluate(documents[i]).benchmarks) {
      if (!complete(b.id, data[i])) continue;
      if (CODES[b.outcome] !== reference[b.id])
        fail("well-led", b.id, i, b.outcome, reference[b.id]);
      counts.wellLed++;
    }
  }
  const text = `Outcomes agree with json-logic-js: well-led ${counts.wellLed.toLocaleString("en-GB")}, json-rules-engine ${counts.engine.toLocaleString("en-GB")}, hand-written ${counts.hand.toLocaleString("en-GB")} (benchmark × organisation pairs with every value present; hand-written: all pairs).`;
  return { text };
}
