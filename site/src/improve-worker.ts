// Improvement plans can take seconds to search, so they are worked out off the page's main thread.
import type { PlanRequest, PlanResponse } from "./improve-protocol.js";
import { type RuleSet, safeParseRuleSet, suggestImprovements } from "./lib.js";

/** The worker's global scope, typed without the webworker lib (which clashes with the DOM lib). */
const scope = self as unknown as {
  addEventListener(type: "message", listener: (event: MessageEvent<PlanRequest>) => void): void;
  postMessage(message: PlanResponse): void;
};
const parsed = new Map<string, RuleSet>();

function ruleSetFor(request: PlanRequest): RuleSet {
  const cached = parsed.get(request.hash);
  if (cached) return cached;
  const result = safeParseRuleSet(request.ruleSet);
  if (!result.success) throw result.error;
  parsed.set(request.hash, result.ruleSet);
  return result.ruleSet;
}

scope.addEventListener("message", (event: MessageEvent<PlanRequest>) => {
  const request = event.data;
  let response: PlanResponse;
  try {
    const plan = suggestImprovements(ruleSetFor(request), request.document, {
      target: request.target,
    });
    response = { id: request.id, ok: true, plan };
  } catch (error) {
    response = {
      id: request.id,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  scope.postMessage(response);
});
