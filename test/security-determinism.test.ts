// Determinism: the same rule set, evidence and asOf give byte-identical JSON whatever the time of
// day, the time zone, the locale, the order documents are evaluated in, and the key order of the
// documents. `asOf` is the only clock; nothing reads the locale or a random source.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createEvaluator, type EvidenceDocument, evaluate } from "../src/evaluate/index.js";
import { hashRuleSet } from "../src/format/hash.js";
import { parseRuleSet } from "../src/format/parse.js";
import { defineOwn, evidenceDocument, isoDate, RULE_SETS } from "./fuzz/arbitraries.js";
import { judgeSamples } from "./fuzz/judge-samples.js";
import { fuzzParams, outcomeOf, outcomeSummary, shuffle } from "./fuzz/support.js";

const run = promisify(execFile);
const root = fileURLToPath(new URL("..", import.meta.url));

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const withRuleSet = fc
  .constantFrom(...RULE_SETS)
  .chain(({ ruleSet, document }) =>
    evidenceDocument(ruleSet).map((doc) => ({ ruleSet, document, doc })),
  );

const judged = (call: () => unknown) => outcomeSummary(outcomeOf(call));

/** Any instant from 1970 to 2100, and the awkward ones around midnight and leap days. */
const instant = fc.oneof(
  fc.integer({ min: 0, max: Date.UTC(2100, 0, 1) }),
  fc.constantFrom(
    Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    Date.UTC(2025, 2, 31, 0, 0, 0),
    Date.UTC(2025, 11, 31, 23, 59),
  ),
);

/** Rebuilds `value` with every object's keys in another order (own `__proto__` keys kept). */
function permuteKeys(value: unknown, picks: readonly number[]): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => permuteKeys(v, picks));
  const out: Record<string, unknown> = {};
  for (const key of shuffle(Object.keys(value), picks))
    defineOwn(out, key, permuteKeys((value as Record<string, unknown>)[key], picks));
  return out;
}

describe("the clock", () => {
  it("is never read when asOf is given: any system time gives the same bytes", () => {
    fc.assert(
      fc.property(withRuleSet, isoDate, instant, instant, ({ ruleSet, doc }, asOf, t1, t2) => {
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(t1);
        const first = judged(() => evaluate(ruleSet, doc as EvidenceDocument, { asOf }));
        vi.setSystemTime(t2);
        const second = judged(() => evaluate(ruleSet, doc as EvidenceDocument, { asOf }));
        const inDocument = judged(() => evaluate(ruleSet, { ...doc, asOf } as EvidenceDocument));
        vi.useRealTimers();
        expect(second).toBe(first);
        expect(inDocument).toBe(first);
      }),
      fuzzParams(20),
    );
  });

  it("is not read at all when asOf is given (Date itself throws)", () => {
    const { ruleSet } = RULE_SETS[1]!;
    const doc = { organisation: { type: "acute" }, evidence: {} };
    const expected = judged(() => evaluate(ruleSet, doc, { asOf: "2025-03-31", explain: "full" }));
    const RealDate = globalThis.Date;
    const ThrowingDate = new Proxy(RealDate, {
      construct: () => {
        throw new Error("the clock was read");
      },
      get: (target, key) =>
        key === "now"
          ? () => {
              throw new Error("the clock was read");
            }
          : Reflect.get(target, key),
    });
    globalThis.Date = ThrowingDate;
    let actual: string;
    try {
      actual = judged(() => evaluate(ruleSet, doc, { asOf: "2025-03-31", explain: "full" }));
    } finally {
      globalThis.Date = RealDate;
    }
    expect(actual).toBe(expected);
  });

  it("gives today's UTC date as asOf when none is given, in any time zone", () => {
    const { ruleSet } = RULE_SETS[2]!;
    const doc = { organisation: { type: "acute" }, evidence: {} };
    const zone = process.env.TZ;
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Europe/London"]) {
        process.env.TZ = tz;
        vi.useFakeTimers({ toFake: ["Date"] });
        vi.setSystemTime(Date.UTC(2025, 2, 31, 23, 30)); // 31 March in UTC; 1 April in Kiribati
        expect(evaluate(ruleSet, doc).asOf, tz).toBe("2025-03-31");
        vi.setSystemTime(Date.UTC(2025, 3, 1, 0, 30)); // 1 April in UTC; 31 March in Samoa
        expect(evaluate(ruleSet, doc).asOf, tz).toBe("2025-04-01");
        vi.useRealTimers();
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it("gives the same bytes in any process time zone (in-process TZ changes)", () => {
    const zone = process.env.TZ;
    const results: string[][] = [];
    try {
      for (const tz of ["UTC", "Pacific/Kiritimati", "America/St_Johns", "Asia/Kathmandu"]) {
        process.env.TZ = tz;
        results.push(judgeSamples(3));
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
    for (const result of results.slice(1)) expect(result).toEqual(results[0]);
  });
});

describe("the locale and randomness", () => {
  it("are never used: locale-sensitive APIs and Math.random may throw without changing a byte", () => {
    const expected = judgeSamples(3);
    const refuse = () => {
      throw new Error("locale-sensitive or random API used");
    };
    for (const proto of [
      Number.prototype,
      Date.prototype,
      Array.prototype,
      BigInt.prototype,
    ] as unknown as Record<string, unknown>[]) {
      for (const name of ["toLocaleString", "toLocaleDateString", "toLocaleTimeString"]) {
        if (name in proto)
          vi.spyOn(proto as Record<string, () => string>, name).mockImplementation(refuse);
      }
    }
    vi.spyOn(String.prototype, "localeCompare").mockImplementation(refuse);
    vi.spyOn(String.prototype, "toLocaleUpperCase").mockImplementation(refuse);
    vi.spyOn(String.prototype, "toLocaleLowerCase").mockImplementation(refuse);
    vi.spyOn(Math, "random").mockImplementation(refuse);
    for (const name of [
      "NumberFormat",
      "DateTimeFormat",
      "Collator",
      "PluralRules",
      "ListFormat",
      "RelativeTimeFormat",
      "Segmenter",
    ] as const)
      vi.spyOn(Intl, name).mockImplementation(refuse);
    expect(judgeSamples(3)).toEqual(expected);
  });

  it("do not change a byte across processes with other time zones and locales", async () => {
    const variants = [
      { TZ: "Pacific/Kiritimati", LANG: "ar_EG.UTF-8", LC_ALL: "ar_EG.UTF-8" },
      { TZ: "America/Los_Angeles", LANG: "de_DE.UTF-8", LC_ALL: "de_DE.UTF-8" },
    ];
    const outputs = await Promise.all(
      variants.map(async (env) => {
        const { stdout } = await run(
          process.execPath,
          ["--import", "tsx", "test/fuzz/judge-samples.ts", "4"],
          {
            cwd: root,
            env: { ...process.env, ...env },
            maxBuffer: 64 * 1024 * 1024,
          },
        );
        return JSON.parse(stdout) as { locale: string; offset: number; judgements: string[] };
      }),
    );
    // The environments really differ (if this fails, the platform ignores TZ or LANG here)…
    expect(new Set(outputs.map((o) => `${o.locale} ${o.offset}`)).size).toBe(outputs.length);
    // …and the judgements do not, between the children or with this process.
    const here = judgeSamples(4);
    for (const output of outputs) expect(output.judgements).toEqual(here);
  }, 60_000);
});

describe("order", () => {
  it("of evaluation does not matter: shuffled batches give the same bytes per document", () => {
    const { ruleSet } = RULE_SETS[1]!;
    const evaluator = createEvaluator(ruleSet);
    fc.assert(
      fc.property(
        fc.array(evidenceDocument(ruleSet), { minLength: 2, maxLength: 6 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (docs, picks) => {
          const alone = docs.map((doc) =>
            judged(() => evaluate(ruleSet, doc as EvidenceDocument, { asOf: "2025-03-31" })),
          );
          const order = shuffle(
            docs.map((_, i) => i),
            picks,
          );
          const shuffled: string[] = new Array(docs.length);
          for (const i of order)
            shuffled[i] = judged(() =>
              evaluator.evaluate(docs[i] as EvidenceDocument, { asOf: "2025-03-31" }),
            );
          expect(shuffled).toEqual(alone);
        },
      ),
      fuzzParams(15, 0.2),
    );
  });

  it("of keys in the evidence document does not matter", () => {
    fc.assert(
      fc.property(
        withRuleSet,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        ({ ruleSet, doc }, picks) => {
          const permuted = permuteKeys(doc, picks);
          const a = judged(() =>
            evaluate(ruleSet, doc as EvidenceDocument, { asOf: "2025-03-31", explain: "full" }),
          );
          const b = judged(() =>
            evaluate(ruleSet, permuted as EvidenceDocument, {
              asOf: "2025-03-31",
              explain: "full",
            }),
          );
          expect(b).toBe(a);
        },
      ),
      fuzzParams(30),
    );
  });

  it("of keys in the rule-set document changes neither its hash nor any judgement", () => {
    fc.assert(
      fc.property(
        withRuleSet,
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        ({ ruleSet, document, doc }, picks) => {
          const permuted = parseRuleSet(permuteKeys(document, picks));
          expect(hashRuleSet(permuted)).toBe(hashRuleSet(ruleSet));
          const a = judged(() =>
            evaluate(ruleSet, doc as EvidenceDocument, { asOf: "2025-03-31" }),
          );
          const b = judged(() =>
            evaluate(permuted, doc as EvidenceDocument, { asOf: "2025-03-31" }),
          );
          expect(b).toBe(a);
        },
      ),
      fuzzParams(10, 0.1),
    );
  });
});
