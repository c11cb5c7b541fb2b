/** Wraps `fn` so that a burst of calls runs it once, `ms` after the last call; `now()` runs it at once. */
export function debounce(fn: () => void, ms: number): { (): void; now(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    fn();
  };
  const debounced = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, ms);
  };
  debounced.now = run;
  return debounced;
}
