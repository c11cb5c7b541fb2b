// fast-check arbitraries of the security and fuzz tests: valid evidence documents for a rule set,
// hostile values, splicing a value into any position of a document, random JsonLogic.
import fc from "fast-check";
import type { EvidenceDocument } from "../../src/evaluate/index.js";
import { organisationTypes } from "../../src/format/defaults.js";
import { parseRuleSet } from "../../src/format/parse.js";
import type { EvidenceField, RuleSet } from "../../src/format/schema.js";
import { ALLOWED_OPERATORS } from "../../src/logic/operators.js";
import { cloneDeep, readDocument } from "./support.js";

/** The rule sets every fuzzer runs against: the built-ins and the small test fixture. */
export const RULE_SET_FILES = [
  "rules/well-led/1.0.0.json",
  "rules/well-led/2.0.0.json",
  "test/fixtures/small-rule-set.json",
] as const;

/** Each rule-set file with its raw document and its parsed rule set. */
export const RULE_SETS = RULE_SET_FILES.map((file) => {
  const document = readDocument(file);
  return { file, document, ruleSet: parseRuleSet(document) };
});

// Dates -------------------------------------------------------------------------------------

const DAY = 86_400_000;

/** A real calendar date `YYYY-MM-DD` between 1990 and 2099, leap days included. */
export const isoDate: fc.Arbitrary<string> = fc.oneof(
  fc
    .integer({ min: Date.UTC(1990, 0, 1) / DAY, max: Date.UTC(2099, 11, 31) / DAY })
    .map((day) => new Date(day * DAY).toISOString().slice(0, 10)),
  fc.constantFrom("2024-02-29", "2000-02-29", "2025-03-31", "2025-12-31", "1999-12-31"),
);

// Valid evidence ------------------------------------------------------------------------------

/** A value that a declared evidence field accepts. */
export function fieldValue(field: EvidenceField): fc.Arbitrary<unknown> {
  switch (field.type) {
    case "percent":
      return fc.oneof(
        fc.constantFrom(0, -0, 100, 95, 81, 50, 99.99),
        fc.double({ min: 0, max: 100, noNaN: true }),
      );
    case "number": {
      const min = field.min ?? -1e9;
      const max = field.max ?? 1e9;
      return fc.oneof(fc.constantFrom(min, max), fc.double({ min, max, noNaN: true }));
    }
    case "integer":
    case "count": {
      const low = field.type === "count" ? Math.max(0, field.min ?? 0) : (field.min ?? -1e6);
      const min = Math.ceil(low);
      const max = Math.floor(field.max ?? 1e6);
      return fc.oneof(fc.constantFrom(min, max), fc.integer({ min, max }));
    }
    case "boolean":
      return fc.boolean();
    case "enum":
      return fc.constantFrom(...field.values);
    case "date":
      return isoDate;
    case "string":
      return fc.oneof(
        fc.string({ maxLength: 40 }),
        fc.constantFrom("", "Board", "__proto__", "constructor"),
      );
  }
}

/** Sets an own property, even `__proto__`, without invoking setters. */
export function defineOwn(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
}

/** Nests `values` (keyed by dot path) into plain objects, as evidence documents write them. */
export function nest(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    const segments = path.split(".");
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      const next = node[segment];
      if (next === null || typeof next !== "object") defineOwn(node, segment, {});
      node = node[segment] as Record<string, unknown>;
    }
    defineOwn(node, segments[segments.length - 1]!, value);
  }
  return root;
}

/**
 * An evidence document that fits `ruleSet`: any subset of the declared fields (some `null`),
 * valid values, provenance for some of them, an organisation of a declared type, maybe `asOf`.
 */
export function evidenceDocument(ruleSet: RuleSet): fc.Arbitrary<EvidenceDocument> {
  const fields = Object.entries(ruleSet.evidence);
  const values = fc.record(
    Object.fromEntries(
      fields.map(([path, field]) => [
        path,
        fc.oneof({ weight: 6, arbitrary: fieldValue(field) }, fc.constant(null)),
      ]),
    ),
    { requiredKeys: [] },
  );
  const provenance = fc.dictionary(
    fc.constantFrom(...fields.map(([path]) => path)),
    fc.record(
      { collected: isoDate, source: fc.string({ maxLength: 20 }) },
      { requiredKeys: ["collected"] },
    ),
    { maxKeys: 5 },
  );
  const organisation = fc.record(
    {
      id: fc.string({ maxLength: 10 }),
      name: fc.string({ maxLength: 30 }),
      type: fc.constantFrom(...organisationTypes(ruleSet)),
    },
    { requiredKeys: ["type"] },
  );
  return fc
    .record(
      { organisation, asOf: isoDate, evidence: values, provenance },
      { requiredKeys: ["organisation", "evidence"] },
    )
    .map(({ evidence, provenance: p, ...rest }) => ({
      ...rest,
      evidence: nest(evidence),
      ...(p === undefined ? {} : { provenance: p }),
    }));
}

// Hostile values ------------------------------------------------------------------------------

/** Scalars that break naive numeric, date and truthiness handling. */
export const HOSTILE_SCALARS: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  0,
  1,
  -1,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  2 ** 53 + 2,
  1e21,
  0.1 + 0.2,
  100.000001,
  -1e-7,
  7.3,
  "",
  " ",
  "0",
  "-0",
  "1e3",
  "95",
  " 95 ",
  "NaN",
  "Infinity",
  "true",
  "false",
  "null",
  "2023-02-29",
  "2024-02-30",
  "2024-13-01",
  "2024-00-10",
  "0000-00-00",
  "2024-2-3",
  "2024-02-29T00:00:00Z",
  "+002024-02-29",
  "\u0000",
  "\ud800",
  "\u202e",
  "<script>",
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "acute",
  true,
  false,
  null,
  undefined,
];

function nestedArrays(depth: number): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

function nestedObjects(depth: number, key = "a"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = { [key]: value };
  return value;
}

/**
 * Builders of hostile JSON values (JSON.parse can produce each of them), called afresh for each
 * run so that no run sees another's mutation.
 */
const HOSTILE_JSON: readonly (() => unknown)[] = [
  () => JSON.parse('{"__proto__": {"polluted": true}}'),
  () => JSON.parse('{"constructor": {"prototype": {"polluted": true}}}'),
  () => JSON.parse('{"prototype": {"polluted": true}, "type": "acute"}'),
  () => JSON.parse('{"type": "acute", "__proto__": {"type": "acute", "isAdmin": true}}'),
  () => ({ constructor: "x", toString: 1, valueOf: null, hasOwnProperty: false }),
  () => [],
  () => [[]],
  () => [[[[]]]],
  () => [1, "2", null],
  () => ({}),
  () => "x".repeat(100_000),
  () => "x".repeat(100_001),
  () => nestedArrays(130),
  () => nestedObjects(130),
  () => nestedObjects(20, "__proto__"),
];

/** Builders of hostile values JSON cannot carry, and of very large ones. */
const HOSTILE_OBJECTS: readonly (() => unknown)[] = [
  ...HOSTILE_JSON,
  () => Object.assign(Object.create(null), { type: "acute", withRoleTargetsPct: 90 }),
  () => Object.create(null),
  () => new Array(100_001).fill(0),
  () => new Array(3),
  () => new Date(0),
  () => new Map([["type", "acute"]]),
  () => new Set([1]),
  () => Object(5),
  () => Object("acute"),
  () => 10n,
  () => Symbol("evidence"),
  () => () => 1,
  () => new Uint8Array(3),
  () => Object.defineProperty({}, "hidden", { value: 1, enumerable: false }),
  () =>
    new (class Evidence {
      type = "acute";
    })(),
  () => new Proxy({ type: "acute" }, {}),
];

/** A hostile value: an edge-case scalar or object, or anything fast-check can build. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_SCALARS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_OBJECTS).map((build) => build()) },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      withBoxedValues: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withTypedArray: true,
      withSparseArray: true,
      withObjectString: true,
      withUnicodeString: true,
    }),
  },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A JSON value, or a hostile JSON-parsed object (own `__proto__` keys, deep nesting). */
export const jsonOrHostileJson: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      ...HOSTILE_SCALARS.filter(
        (v) =>
          v === null ||
          ["string", "boolean"].includes(typeof v) ||
          (typeof v === "number" && Number.isFinite(v)),
      ),
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_JSON).map((build) => build()) },
);

/** Keys worth adding to an object: prototype names, reserved names and random ones. */
export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "valueOf",
    "hasOwnProperty",
    "",
    "organisation",
    "evidence",
    "provenance",
    "asOf",
    "type",
    "id",
    "levels",
    "good",
    "var",
    "benchmarks",
    "domains",
    "scoring",
    "limits",
    "when",
    "collected",
    "a.b",
    "polluted",
  ),
  fc.string({ maxLength: 8 }),
);

// Splicing ----------------------------------------------------------------------------------

/** A path to a node of a document: object keys and array indices. */
export type NodePath = readonly (string | number)[];

/** Paths to every node of a JSON-like document, the root (`[]`) included, without recursion. */
export function nodePaths(document: unknown): NodePath[] {
  const paths: NodePath[] = [];
  const stack: { value: unknown; path: NodePath }[] = [{ value: document, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    paths.push(path);
    if (value === null || typeof value !== "object") continue;
    if (Array.isArray(value))
      value.forEach((v, i) => void stack.push({ value: v, path: [...path, i] }));
    else
      for (const key of Object.keys(value))
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
  }
  return paths;
}

/** Paths to the objects and arrays of a document (where a key or element can be added). */
export function containerPaths(document: unknown): NodePath[] {
  return nodePaths(document).filter((path) => {
    const node = path.reduce<unknown>(
      (v, k) => (v as Record<string | number, unknown>)[k],
      document,
    );
    return node !== null && typeof node === "object";
  });
}

/**
 * A copy of `document` with the node at `path` replaced by `value` (`mode: "replace"`), or with
 * `value` added under `key` to the container at `path` (`mode: "add"`; arrays get it appended).
 */
export function splice(
  document: unknown,
  path: NodePath,
  value: unknown,
  mode: "replace" | "add" = "replace",
  key = "x",
): unknown {
  if (mode === "replace" && path.length === 0) return value;
  const copy = cloneDeep(document);
  const parentPath = mode === "replace" ? path.slice(0, -1) : path;
  const parent = parentPath.reduce<unknown>(
    (v, k) => (v as Record<string | number, unknown>)[k],
    copy,
  );
  if (mode === "add") {
    if (Array.isArray(parent)) parent.push(value);
    else defineOwn(parent as object, key, value);
  } else {
    defineOwn(parent as object, path[path.length - 1]!, value);
  }
  return copy;
}

/** Where a splice happened, for failure messages. */
export interface Spliced {
  readonly document: unknown;
  readonly where: string;
}

/** `document` with one value from `values` put at any node position (or added under a new key). */
export function splicedInto(
  document: unknown,
  values: fc.Arbitrary<unknown>,
): fc.Arbitrary<Spliced> {
  const nodes = nodePaths(document);
  const containers = containerPaths(document);
  return fc
    .record({ index: fc.nat(), add: fc.boolean(), key: hostileKey, value: values })
    .map(({ index, add, key, value }) => {
      const list = add ? containers : nodes;
      const path = list[index % list.length]!;
      const where = `${add ? `add ${JSON.stringify(key)} at` : "replace"} ${JSON.stringify(path)}`;
      return { document: splice(document, path, value, add ? "add" : "replace", key), where };
    });
}

// Random JsonLogic --------------------------------------------------------------------------

/** Paths no condition may read, and names json-logic-js's attacks used. */
export const HOSTILE_PATHS = [
  "__proto__",
  "constructor",
  "prototype",
  "constructor.prototype",
  "a.__proto__.polluted",
  "__proto__.polluted",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "length",
  "organisation",
  "organisation.id",
  "organisation.name",
  "evidence",
  "",
];

/** Operators a condition may not use, or that only look like allowed ones. */
const HOSTILE_OPERATORS = [
  "method",
  "log",
  "__proto__",
  "constructor",
  "toString",
  "var.prototype.constructor",
  "hasOwnProperty",
  "valueOf",
  "+.constructor",
  "apply",
  "eval",
  "Function",
];

/**
 * Random JsonLogic over `paths` (the readable ones), the scoped paths of map/filter/reduce,
 * hostile paths and operators: shallow trees mostly, and the odd one deeper than the limit.
 */
export function jsonLogic(paths: readonly string[]): fc.Arbitrary<unknown> {
  const path = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...paths) },
    { weight: 2, arbitrary: fc.constantFrom("", "current", "accumulator", "current.0", 0, null) },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE_PATHS) },
  );
  const scalar = fc.oneof(
    fc.constantFrom(0, -0, 1, 95, 100, 7.3, 1e308, "", "0", "acute", "a", true, false, null),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.string({ maxLength: 6 }),
  );
  const operators = [...ALLOWED_OPERATORS];
  const { logic } = fc.letrec<{ logic: unknown; args: unknown[] }>((tie) => ({
    logic: fc.oneof(
      { depthSize: "small", maxDepth: 5, withCrossShrink: true },
      { weight: 15, arbitrary: scalar },
      { weight: 20, arbitrary: path.map((p) => ({ var: p })) },
      { weight: 4, arbitrary: fc.tuple(path, scalar).map((args) => ({ var: args })) },
      { weight: 1, arbitrary: tie("logic").map((p) => ({ var: p })) },
      { weight: 2, arbitrary: fc.array(path, { maxLength: 3 }).map((keys) => ({ missing: keys })) },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.nat(3), fc.oneof(fc.array(path, { maxLength: 3 }), fc.constant(null), path))
          .map((args) => ({ missing_some: args })),
      },
      {
        weight: 30,
        arbitrary: fc
          .tuple(fc.constantFrom(...operators), tie("args"))
          .map(([op, args]) => ({ [op]: args })),
      },
      {
        weight: 6,
        arbitrary: fc
          .tuple(fc.constantFrom(...operators), tie("logic"))
          .map(([op, arg]) => ({ [op]: arg })),
      },
      {
        weight: 2,
        arbitrary: fc
          .tuple(fc.constantFrom(...HOSTILE_OPERATORS), tie("args"))
          .map(([op, args]) => ({ [op]: args })),
      },
      {
        weight: 1,
        arbitrary: fc.constantFrom({}, { a: 1, b: 2 }, JSON.parse('{"__proto__": {"var": "x"}}')),
      },
      { weight: 1, arbitrary: fc.integer({ min: 50, max: 80 }).map((depth) => deepLogic(depth)) },
    ),
    args: fc.array(tie("logic"), { maxLength: 4 }),
  }));
  return logic;
}

/** `{"!": {"!": … {"var": "x"}}}` nested `depth` levels deep. */
export function deepLogic(depth: number, inner: unknown = { var: "x" }): unknown {
  let logic = inner;
  for (let i = 0; i < depth; i++) logic = { "!": logic };
  return logic;
}

/** The paths a limit may read in `ruleSet` (its summary context). */
export function summaryPaths(ruleSet: RuleSet): string[] {
  return [
    "percent",
    "rating",
    "counts.1",
    "counts.4",
    "organisation.type",
    ...ruleSet.domains
      .slice(0, 3)
      .flatMap((d) => [`domains.${d.id}.score`, `domains.${d.id}.percent`]),
    ...ruleSet.benchmarks
      .slice(0, 3)
      .flatMap((b) => [`benchmarks.${b.id}.outcome`, `benchmarks.${b.id}.score`]),
    ...Object.keys(ruleSet.evidence)
      .slice(0, 5)
      .map((p) => `evidence.${p}`),
  ];
}
