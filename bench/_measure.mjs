// Interleaved measurement in one process: every case runs once per round, in an order rotated
// each round, after warm-up rounds that are not recorded; a full garbage collection before each
// run keeps one case's garbage from being collected in another's time.
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

setFlagsFromString("--expose-gc");
/** Full garbage collection (exposed for this process only, so `npm run bench` needs no node flags). */
const collectGarbage = runInNewContext("gc");

/**
 * Measures `cases` (`{ id, items, run(round) }`: `run` does `items` units of work, sync or async,
 * on the data of `round` (warm-up rounds are negative), and returns a number). Returns each
 * case's samples, one per recorded round, in microseconds per item: `wall` (elapsed time) and
 * `cpu` (this process's user + system time, which other processes on a busy machine do not inflate).
 */
export async function interleave(cases, { rounds, warmup, onRound = () => {} }) {
  const samples = new Map(cases.map((c) => [c.id, { wall: [], cpu: [] }]));
  let sink = 0;
  for (let round = -warmup; round < rounds; round++) {
    const start = ((round % cases.length) + cases.length) % cases.length;
    const order = [...cases.slice(start), ...cases.slice(0, start)];
    for (const c of order) {
      collectGarbage();
      const cpuBefore = process.cpuUsage();
      const began = performance.now();
      let out = c.run(round);
      if (out instanceof Promise) out = await out;
      const elapsed = performance.now() - began;
      const cpu = process.cpuUsage(cpuBefore);
      sink += typeof out === "number" ? out : 0;
      if (round < 0) continue;
      samples.get(c.id).wall.push((elapsed * 1000) / c.items);
      samples.get(c.id).cpu.push((cpu.user + cpu.system) / c.items);
    }
    onRound(round);
  }
  if (Number.isNaN(sink)) throw new Error("bench: a case returned NaN");
  return samples;
}

/** The q-quantile (0…1) of numbers, interpolated. */
export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  const high = Math.ceil(at);
  return sorted[low] + (sorted[high] - sorted[low]) * (at - low);
}

/** The median of numbers. */
export const median = (values) => quantile(values, 0.5);

/** The median over rounds of a case's time divided by the reference's time in the same round (`clock`: wall or cpu). */
export function roundRatio(samples, id, reference, clock = "wall") {
  const mine = samples.get(id)[clock];
  const theirs = samples.get(reference)[clock];
  return median(mine.map((t, i) => t / theirs[i]));
}
