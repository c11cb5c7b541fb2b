import { SCOPED_OPERATORS } from "../logic/operators.js";

interface Frame {
  readonly node: unknown;
  readonly scoped: boolean;
}

/**
 * The dot paths a condition reads from its data (`var`, `missing`, `missing_some`), in the order
 * they are written, without duplicates. Paths inside map/filter/reduce/all/some/none callbacks
 * refer to array elements and are left out.
 */
export function readPaths(logic: unknown): string[] {
  const reads = new Set<string>();
  const stack: Frame[] = [{ node: logic, scoped: false }];
  const read = (name: unknown, scoped: boolean) => {
    if (!scoped && name !== null && typeof name !== "object" && name !== undefined && name !== "")
      reads.add(String(name));
  };
  while (stack.length > 0) {
    const { node, scoped } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    const children: Frame[] = [];
    if (Array.isArray(node)) {
      for (const item of node)
        if (item !== null && typeof item === "object") children.push({ node: item, scoped });
    } else {
      const keys = Object.keys(node);
      if (keys.length !== 1) continue;
      const op = keys[0]!;
      const args: unknown = (node as Record<string, unknown>)[op];
      const list: unknown[] = Array.isArray(args) ? args : [args];
      if (op === "var") {
        read(list[0], scoped);
        if (list.length > 1) children.push({ node: list[1], scoped });
      } else if (op === "missing" || op === "missing_some") {
        const names = op === "missing" ? args : list[1];
        if (op === "missing_some") children.push({ node: list[0], scoped });
        for (const name of Array.isArray(names) ? names : [names]) read(name, scoped);
      } else {
        const isScoped = SCOPED_OPERATORS.has(op);
        list.forEach((arg, i) => {
          const inner = scoped || (isScoped && (i === 1 || (op !== "reduce" && i > 1)));
          children.push({ node: arg, scoped: inner });
        });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return [...reads];
}
