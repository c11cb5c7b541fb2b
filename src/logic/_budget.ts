/** Most work one condition evaluation may do: callbacks run plus elements and characters built. */
export const MAX_STEPS = 1_000_000;

/** Thrown when a condition does more work than {@link MAX_STEPS} allows. */
export class BudgetError extends Error {
  override name = "BudgetError";
}

// One counter for the process: evaluation is synchronous and every top-level evaluation resets it
// first, so no evaluation can see another's count. It bounds what a hostile rule set can make
// map/filter/reduce, merge and cat do, which depth and size limits alone cannot.
let steps = 0;

/** Starts a new evaluation's budget. */
export function resetBudget(): void {
  steps = 0;
}

/** Spends `n` steps of the budget; throws {@link BudgetError} when it runs out. */
export function charge(n: number): void {
  steps += n;
  if (steps > MAX_STEPS) throw new BudgetError("the condition does more work than the limit allows");
}
