import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Random } from './random.js';

describe('Random', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = new Random(seed);
      return Array.from({ length: 20 }, () => rng.uint32());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('keeps the xoshiro128** reference values stable across releases', () => {
    const rng = new Random(1);
    // Pinned once: a change here would change every demo data set.
    expect([rng.uint32(), rng.uint32(), rng.uint32()]).toEqual([393288148, 2174103013, 3814759091]);
  });

  it('draws integers inside the closed range', () => {
    fc.assert(
      fc.property(
        fc.integer(),
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: 0, max: 1000 }),
        (seed, min, span) => {
          const rng = new Random(seed);
          for (let i = 0; i < 20; i++) {
            const v = rng.int(min, min + span);
            if (v < min || v > min + span || !Number.isInteger(v)) return false;
          }
          return true;
        },
      ),
    );
  });

  it('draws floats in [0, 1) with a plausible mean', () => {
    const rng = new Random(7);
    let sum = 0;
    let outside = 0;
    for (let i = 0; i < 10_000; i++) {
      const f = rng.float();
      if (f < 0 || f >= 1) outside++;
      sum += f;
    }
    expect(outside).toBe(0);
    expect(sum / 10_000).toBeCloseTo(0.5, 1);
  });

  it('picks by weight and never picks a zero weight', () => {
    const rng = new Random(3);
    const counts = { a: 0, b: 0, c: 0 };
    for (let i = 0; i < 10_000; i++)
      counts[
        rng.weighted([
          ['a', 1],
          ['b', 3],
          ['c', 0],
        ] as const)
      ]++;
    expect(counts.c).toBe(0);
    expect(counts.b / counts.a).toBeGreaterThan(2.5);
    expect(counts.b / counts.a).toBeLessThan(3.5);
  });

  it('draws normal values around the mean', () => {
    const rng = new Random(5);
    const xs = Array.from({ length: 5000 }, () => rng.normal(10, 2));
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
    expect(mean).toBeCloseTo(10, 0);
    expect(sd).toBeGreaterThan(1.8);
    expect(sd).toBeLessThan(2.2);
  });

  it('refuses to pick from nothing', () => {
    const rng = new Random(1);
    expect(() => rng.pick([])).toThrow(RangeError);
    expect(() => rng.weighted([['a', 0]])).toThrow(RangeError);
    expect(() => rng.int(2, 1)).toThrow(RangeError);
  });
});
