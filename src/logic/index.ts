export { compileLogic } from "./compile.js";
export { ALLOWED_OPERATORS, getOperator, isLogic, SCOPED_OPERATORS } from "./operators.js";
export type { TraceNode } from "./trace.js";
export { compileTracedLogic, explainLogic } from "./trace.js";
export { truthy } from "./truthy.js";
