import type { PlanRequest, PlanResponse } from "./improve-protocol.js";
import type { ImprovementPlan } from "./lib.js";

type Answer = { ok: true; plan: ImprovementPlan } | { ok: false; message: string };

/**
 * Runs improvement plans in a module worker (`improve-worker.js`, same origin, so `script-src
 * 'self'` allows it). A new request while one is running stops the old search: only the latest
 * evidence matters.
 */
export function createPlanClient(url: URL) {
  let worker: Worker | undefined;
  let pending: { id: number; resolve: (answer: Answer | undefined) => void } | undefined;
  let nextId = 1;

  const start = () => {
    const w = new Worker(url, { type: "module", name: "well-led improvement plans" });
    w.addEventListener("message", (event: MessageEvent<PlanResponse>) => {
      if (!pending || event.data.id !== pending.id) return;
      const { resolve } = pending;
      pending = undefined;
      const data = event.data;
      resolve(data.ok ? { ok: true, plan: data.plan } : { ok: false, message: data.message });
    });
    w.addEventListener("error", (event) => {
      const current = pending;
      pending = undefined;
      current?.resolve({ ok: false, message: event.message || "the improvement worker failed" });
    });
    return w;
  };

  return {
    /** Resolves to the plan, or `undefined` when a later request replaced this one. */
    request(request: Omit<PlanRequest, "id">): Promise<Answer | undefined> {
      if (pending) {
        pending.resolve(undefined);
        pending = undefined;
        worker?.terminate();
        worker = undefined;
      }
      worker ??= start();
      const id = nextId++;
      const active = worker;
      return new Promise((resolve) => {
        pending = { id, resolve };
        active.postMessage({ ...request, id } satisfies PlanRequest);
      });
    },
  };
}
