/** Scores are kept as integers in units of 1/10,000 of a point: exact to add, compare and store. */
export const SCORE_SCALE = 10_000;

/**
 * The fit score in units: round(sum(w_i * v_i) / sum(w) * SCORE_SCALE). With non-negative weights
 * and values in 0-100 it lies in 0..100 * SCORE_SCALE, and it never rises when a value falls
 * (every step, including the rounding, is monotone).
 * @example scoreUnits([100, 50], [1, 1], 2) // 750000, i.e. 75 points
 */
export function scoreUnits(values: ArrayLike<number>, weights: ArrayLike<number>, weightSum: number): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) s += weights[i]! * values[i]!;
  return Math.round((s * SCORE_SCALE) / weightSum);
}

/**
 * Splits a score's units among the components in proportion to w_i * v_i, by largest remainder,
 * so that the parts are whole units and add up to the score exactly.
 * @example contributionUnits([100, 50], [1, 1], 2, 750000) // [500000, 250000]
 */
export function contributionUnits(
  values: ArrayLike<number>,
  weights: ArrayLike<number>,
  weightSum: number,
  total: number,
): number[] {
  const n = values.length;
  const floors: number[] = [];
  const fractions: number[] = [];
  let assigned = 0;
  for (let i = 0; i < n; i++) {
    const raw = (weights[i]! * values[i]! * SCORE_SCALE) / weightSum;
    const f = Math.floor(raw);
    floors.push(f);
    fractions.push(raw - f);
    assigned += f;
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => fractions[b]! - fractions[a]! || a - b);
  let left = total - assigned;
  // Float noise can leave the remainder one unit outside [0, n]; the last steps absorb it.
  for (let k = 0; left > 0 && n > 0; k = (k + 1) % n, left--) {
    const i = order[k]!;
    floors[i] = floors[i]! + 1;
  }
  for (let k = n - 1; left < 0; k = (k - 1 + n) % n) {
    const i = order[k]!;
    if (floors[i]! > 0) {
      floors[i] = floors[i]! - 1;
      left++;
    }
  }
  return floors;
}
