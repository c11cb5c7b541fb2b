export { builtInRuleSets, defaultRegistry } from "./built-ins.js";
