const DECIMAL = /^(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/;

/** A positive finite number as an exact decimal `mantissa × 10^exponent`, from its shortest form. */
function toDecimal(value: number): { mantissa: bigint; exponent: number } {
  const match = DECIMAL.exec(String(value));
  if (match === null) throw new RangeError("a weight must be a positive finite number");
  const fraction = match[2] ?? "";
  return {
    mantissa: BigInt(match[1]! + fraction),
    exponent: Number(match[3] ?? 0) - fraction.length,
  };
}

/**
 * Weights as exact integers on one common scale, so weighted percents can be computed and
 * rounded without floating-point error (0.1 + 0.2 is exactly 0.3 here).
 */
export function toWeightUnits(weights: readonly number[]): bigint[] {
  const decimals = weights.map(toDecimal);
  const scale = Math.min(0, ...decimals.map((d) => d.exponent));
  return decimals.map((d) => d.mantissa * 10n ** BigInt(d.exponent - scale));
}

/**
 * `Σ(score × weight) / (4 × Σ weight) × 100` rounded to an integer, exactly: `half-up` rounds
 * .5 up (62.5 → 63), `floor` drops the fraction (62.5 → 62). Scores are 1–4, weights positive.
 */
export function weightedPercent(
  items: readonly { readonly score: number; readonly units: bigint }[],
  rounding: "half-up" | "floor",
): number {
  let points = 0n;
  let total = 0n;
  for (const { score, units } of items) {
    points += BigInt(score) * units;
    total += 4n * units;
  }
  const percent =
    rounding === "floor" ? (100n * points) / total : (200n * points + total) / (2n * total);
  return Number(percent);
}
