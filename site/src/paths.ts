const UNSAFE = new Set(["__proto__", "prototype", "constructor"]);

type Tree = Record<string, unknown>;

function isTree(value: unknown): value is Tree {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function segments(path: string): string[] | undefined {
  const parts = path.split(".");
  return parts.some((p) => UNSAFE.has(p) || p === "") ? undefined : parts;
}

/** Reads a dot path from nested evidence (`undefined` when any part is missing). */
export function readPath(root: unknown, path: string): unknown {
  let node = root;
  for (const part of segments(path) ?? []) {
    if (!isTree(node) || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}

/** Sets a dot path in nested evidence, creating (or replacing non-object) parents on the way. */
export function writePath(root: Tree, path: string, value: unknown): void {
  const parts = segments(path);
  if (!parts) return;
  let node = root;
  for (const part of parts.slice(0, -1)) {
    const next = Object.hasOwn(node, part) ? node[part] : undefined;
    if (isTree(next)) node = next;
    else {
      const created: Tree = {};
      node[part] = created;
      node = created;
    }
  }
  node[parts.at(-1)!] = value;
}

/** Removes a dot path from nested evidence; parents are left in place. */
export function deletePath(root: Tree, path: string): void {
  const parts = segments(path);
  if (!parts) return;
  const parent = readPath(root, parts.slice(0, -1).join("."));
  const target = parts.length === 1 ? root : parent;
  if (isTree(target)) delete target[parts.at(-1)!];
}
