/** Scores are rounded to this many decimals before they are compared or shown. */
export const SCORE_DECIMALS = 6;

/**
 * A score rounded to `SCORE_DECIMALS`, so float noise (summation order, a reloaded index) can
 * never reorder a tie.
 *
 * @example
 * roundScore(1.23456789); // 1.234568
 */
export function roundScore(score: number): number {
  const factor = 10 ** SCORE_DECIMALS;
  return Math.round(score * factor) / factor;
}
