import { organisationTypes } from "../format/defaults.js";
import type { EvidenceField, RuleSet } from "../format/schema.js";

/** A rule set's evidence declarations arranged for checking documents against them. */
export interface Declarations {
  /** Declared fields by dot path, in declaration order. */
  readonly fields: ReadonlyMap<string, EvidenceField>;
  /** Each declared path split into its segments. */
  readonly segments: ReadonlyMap<string, readonly string[]>;
  /** Every proper prefix of a declared path (an object in the document), with the fields under it. */
  readonly parents: ReadonlyMap<string, readonly string[]>;
  /** The declarations as a tree of path segments, so a document is walked without building paths. */
  readonly tree: DeclarationNode;
  readonly organisationTypes: readonly string[];
  /** `id@version`, for messages. */
  readonly name: string;
}

/** A declared field (with `field`), or an object of the document that holds declared fields. */
export interface DeclarationNode {
  /** The dot path ("" at the root). */
  readonly path: string;
  readonly field?: EvidenceField;
  readonly children: ReadonlyMap<string, DeclarationNode>;
}

function buildTree(fields: ReadonlyMap<string, EvidenceField>): DeclarationNode {
  type Node = { path: string; field?: EvidenceField; children: Map<string, Node> };
  const root: Node = { path: "", children: new Map() };
  for (const [path, field] of fields) {
    const segments = path.split(".");
    let node = root;
    segments.forEach((segment, i) => {
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { path: segments.slice(0, i + 1).join("."), children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    });
    node.field = field;
  }
  return root;
}

/** Indexes a rule set's evidence declarations once, for every document checked against them. */
export function indexDeclarations(ruleSet: RuleSet): Declarations {
  const fields = new Map<string, EvidenceField>(Object.entries(ruleSet.evidence));
  const parents = new Map<string, string[]>();
  const split = new Map<string, readonly string[]>();
  for (const path of fields.keys()) {
    const segments = path.split(".");
    split.set(path, segments);
    for (let i = 1; i < segments.length; i++) {
      const prefix = segments.slice(0, i).join(".");
      const under = parents.get(prefix);
      if (under === undefined) parents.set(prefix, [path]);
      else under.push(path);
    }
  }
  return {
    fields,
    segments: split,
    parents,
    tree: buildTree(fields),
    organisationTypes: organisationTypes(ruleSet),
    name: `${ruleSet.id}@${ruleSet.version}`,
  };
}

/** Sets `value` at a dot path (or its segments) in nested plain objects, creating the objects on the way. */
export function setPath(
  target: Record<string, unknown>,
  path: string | readonly string[],
  value: unknown,
): void {
  const segments = typeof path === "string" ? path.split(".") : path;
  let node = target;
  for (let i = 0; i < segments.length - 1; i++) {
    const key = segments[i]!;
    const next = node[key];
    if (next !== null && typeof next === "object") node = next as Record<string, unknown>;
    else {
      const created: Record<string, unknown> = Object.create(null);
      node[key] = created;
      node = created;
    }
  }
  node[segments[segments.length - 1]!] = value;
}
