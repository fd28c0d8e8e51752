import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionUnits, SCORE_SCALE, scoreUnits } from './score-aggregate.js';

const value = fc.double({ min: 0, max: 100, noNaN: true });
const weight = fc.oneof(fc.constant(0), fc.double({ min: 0, max: 1000, noNaN: true }));
const vector = fc
  .integer({ min: 1, max: 12 })
  .chain((n) =>
    fc.record({
      values: fc.array(value, { minLength: n, maxLength: n }),
      weights: fc.array(weight, { minLength: n, maxLength: n }),
    }),
  )
  .filter(({ weights }) => weights.reduce((a, b) => a + b, 0) > 0);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('scoreUnits and contributionUnits', () => {
  it('keeps the score within 0-100', () => {
    fc.assert(
      fc.property(vector, ({ values, weights }) => {
        const u = scoreUnits(values, weights, sum(weights));
        return Number.isInteger(u) && u >= 0 && u <= 100 * SCORE_SCALE;
      }),
    );
  });

  it('never raises the score when one value falls', () => {
    fc.assert(
      fc.property(
        vector,
        fc.nat(),
        fc.double({ min: 0, max: 1, noNaN: true }),
        ({ values, weights }, at, f) => {
          const i = at % values.length;
          const worse = values.slice();
          worse[i] = worse[i]! * f;
          const W = sum(weights);
          return scoreUnits(worse, weights, W) <= scoreUnits(values, weights, W);
        },
      ),
    );
  });

  it('splits the score into whole-unit contributions that add up to it exactly', () => {
    fc.assert(
      fc.property(vector, ({ values, weights }) => {
        const W = sum(weights);
        const total = scoreUnits(values, weights, W);
        const parts = contributionUnits(values, weights, W, total);
        expect(sum(parts)).toBe(total);
        parts.forEach((p, i) => {
          expect(Number.isInteger(p) && p >= 0).toBe(true);
          expect(Math.abs(p - (weights[i]! * values[i]! * SCORE_SCALE) / W)).toBeLessThanOrEqual(1 + 1e-6);
        });
      }),
    );
  });

  it('rounds the worked example of the JSDoc', () => {
    expect(scoreUnits([100, 50], [1, 1], 2)).toBe(750_000);
    expect(contributionUnits([100, 50], [1, 1], 2, 750_000)).toEqual([500_000, 250_000]);
  });
});
