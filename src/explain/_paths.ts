import { getOperator, isLogic, SCOPED_OPERATORS } from "../logic/operators.js";

/**
 * The dot paths a condition reads (`var`, `missing`, `missing_some`), in written order, without
 * duplicates; paths inside map/filter/reduce/all/some/none callbacks refer to elements and are
 * left out.
 */
export function pathsRead(logic: unknown): string[] {
  const found = new Set<string>();
  const read = (name: unknown) => {
    if (typeof name === "string" || typeof name === "number") {
      if (String(name) !== "") found.add(String(name));
    }
  };
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      node.forEach(walk);
      return;
    }
    if (!isLogic(node)) return;
    const op = getOperator(node);
    const raw = node[op];
    const args: unknown[] = Array.isArray(raw) ? raw : [raw];
    if (op === "var") {
      read(args[0]);
      walk(args[1]);
    } else if (op === "missing") {
      args.forEach(read);
    } else if (op === "missing_some") {
      walk(args[0]);
      (Array.isArray(args[1]) ? args[1] : [args[1]]).forEach(read);
    } else if (SCOPED_OPERATORS.has(op)) {
      walk(args[0]);
      if (op === "reduce") walk(args[2]);
    } else {
      args.forEach(walk);
    }
  };
  walk(logic);
  return [...found];
}
