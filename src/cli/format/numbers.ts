// Numbers as people wrote them. The engine computes values in binary floating point ("$4.1 million" is
// 4.1 × 1,000,000 = 4099999.9999999995); printed as is, that reads as a different figure.

/**
 * The number with binary rounding noise removed: rounded to 15 significant digits, which every decimal
 * written with up to 15 digits survives exactly, and which drops the noise in the 16th and 17th.
 */
export function plainNumber(x: number): number {
  if (!Number.isFinite(x) || Number.isInteger(x)) return x;
  return Number(x.toPrecision(15));
}
