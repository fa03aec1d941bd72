/** 10 000 basis points are 100 %: shares are whole numbers, so "adds up to 100 %" is an exact test. */
export const FULL_SHARE = 10_000;

/** "33.33" % → 3333 basis points; null when the percent has more than two decimals or is not finite. */
export function percentToBasisPoints(percent: number): number | null {
  if (!Number.isFinite(percent)) return null;
  const basisPoints = Math.round(percent * 100);
  return Math.abs(basisPoints - percent * 100) < 1e-6 ? basisPoints : null;
}

export const basisPointsToPercent = (basisPoints: number): number => basisPoints / 100;

/**
 * Splits a whole amount over weighted keys so the parts add up to the amount exactly (largest
 * remainder: each key gets its floor, the leftover kronor go to the largest fractions, ties in key
 * order). BigInt, because amount × weight may exceed 2^53.
 */
export function splitByWeight<K>(amount: number, weights: readonly { key: K; weight: number }[]): Map<K, number> {
  const total = weights.reduce((sum, w) => sum + BigInt(w.weight), 0n);
  const parts = new Map<K, number>();
  if (total === 0n) {
    for (const w of weights) parts.set(w.key, 0);
    return parts;
  }
  const exact = weights.map((w, index) => {
    const scaled = BigInt(amount) * BigInt(w.weight);
    return { key: w.key, index, floor: scaled / total, remainder: scaled % total };
  });
  let leftover = BigInt(amount) - exact.reduce((sum, e) => sum + e.floor, 0n);
  const byRemainder = [...exact].sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const extra = new Set<number>();
  for (const e of byRemainder) {
    if (leftover <= 0n) break;
    extra.add(e.index);
    leftover -= 1n;
  }
  for (const e of exact) parts.set(e.key, Number(e.floor + (extra.has(e.index) ? 1n : 0n)));
  return parts;
}
