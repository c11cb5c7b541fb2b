import { SCOPED_OPERATORS } from "../logic/operators.js";

/**
 * The static paths a checked JsonLogic condition reads (`var`, `missing`, `missing_some`),
 * leaving out paths inside map/filter/reduce/all/some/none callbacks, which read the element.
 */
export function conditionReads(condition: unknown): string[] {
  const reads = new Set<string>();
  const note = (name: unknown) => {
    if (typeof name === "string" && name !== "") reads.add(name);
    else if (typeof name === "number") reads.add(String(name));
  };
  const stack: { node: unknown; scoped: boolean }[] = [{ node: condition, scoped: false }];
  while (stack.length > 0) {
    const { node, scoped } = stack.pop()!;
    if (node === null || typeof node !== "object") continue;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, scoped });
      continue;
    }
    for (const [op, args] of Object.entries(node)) {
      const list: unknown[] = Array.isArray(args) ? args : [args];
      if (op === "var") {
        if (!scoped) note(list[0]);
        stack.push({ node: list[1], scoped });
      } else if (op === "missing" || op === "missing_some") {
        const names = op === "missing_some" ? list[1] : args;
        if (op === "missing_some") stack.push({ node: list[0], scoped });
        if (!scoped) for (const name of Array.isArray(names) ? names : [names]) note(name);
      } else {
        const isScoped = SCOPED_OPERATORS.has(op);
        list.forEach((arg, i) => {
          const inner = scoped || (isScoped && (i === 1 || (op !== "reduce" && i > 1)));
          stack.push({ node: arg, scoped: inner });
        });
      }
    }
  }
  return [...reads];
}
