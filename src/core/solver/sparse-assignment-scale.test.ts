import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMatrix, mulberry32, transpose } from './assignment-fixtures.js';
import type { AssignmentInstance, AssignmentResult } from './assignment-types.js';
import { checkAssignmentCertificate } from './certificate.js';
import { solveSparseAssignment } from './sparse-assignment.js';

/**
 * Instances large enough for the candidate machinery to matter (thresholds, per-row bands, sampled
 * buffer sizes): too big for brute force, so every result is checked by its certificate, which is
 * a complete proof of optimality.
 */

function expectCertified(inst: AssignmentInstance, r: AssignmentResult): void {
  if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
  const check = checkAssignmentCertificate(inst, r.rowToCol, r.u, r.v, r.objective);
  expect(check.violations).toEqual([]);
  expect(check.holds).toBe(true);
  expect(check.primalObjective).toBe(r.objective);
  for (let i = 0; i < inst.rows; i++) if (r.rowToCol[i]! >= 0) expect(r.colToRow[r.rowToCol[i]!]).toBe(i);
}

describe('solveSparseAssignment at scale', () => {
  it('certifies mid-size dense and sparse instances where rows fetch more pairs (ladder expansions)', () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 20, max: 60 }),
          cols: fc.integer({ min: 20, max: 60 }),
          density: fc.constantFrom(1, 0.5, 0.15),
          spread: fc.constantFrom(3, 1000, 2 ** 30),
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
        }),
        ({ rows, cols, density, spread, seed }) => {
          const rnd = mulberry32(seed);
          // Rows differ in density, scale and offset, so one global cost threshold fits none of them.
          const m = Array.from({ length: rows }, () => {
            const d = density === 1 ? 1 : density * 2 * rnd();
            const scale = spread * rnd() ** 2;
            const offset = Math.floor((rnd() - 0.5) * spread);
            return Array.from({ length: cols }, () =>
              rnd() < d ? offset + Math.floor(rnd() * scale) : null,
            );
          });
          const inst = fromMatrix(m, cols);
          const r = solveSparseAssignment(inst);
          if (r.status === 'optimal') expectCertified(inst, r);
          else expect(r.status).toBe('infeasible');
          if (density === 1) expect(r.status).toBe('optimal');
        },
      ),
      { numRuns: 60 },
    );
  });

  it('certifies mid-size "stay" instances where rows fetch more pairs (both orientations)', () => {
    fc.assert(
      fc.property(
        fc.record({
          rows: fc.integer({ min: 100, max: 300 }),
          shared: fc.integer({ min: 5, max: 30 }),
          flip: fc.boolean(),
          seed: fc.integer({ min: 1, max: 2 ** 30 }),
        }),
        ({ rows, shared, flip, seed }) => {
          const rnd = mulberry32(seed);
          // Eligibility varies by position, so some positions have only a few (or no) cheap pairs.
          const density = Array.from({ length: shared }, () => rnd() ** 2);
          const m = Array.from({ length: rows }, (_, i) => [
            ...density.map((d) => (rnd() < d ? -1 - Math.floor(rnd() * 1000) : null)),
            ...Array.from({ length: rows }, (_, k) => (k === i ? -200 - Math.floor(rnd() * 601) : null)),
          ]);
          const inst = fromMatrix(m, shared + rows);
          const oriented = flip ? transpose(inst) : inst;
          const r = solveSparseAssignment(oriented);
          expectCertified(oriented, r);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('stays exact when the cost sample misjudges how many pairs a band holds', () => {
    // The sample reads 256 runs of 8 consecutive pairs spread evenly; with rows of 400 pairs and
    // 255 * 400 + 8 pairs in all, every run is the first 8 pairs of a row. Those are expensive here,
    // nearly all others cheap: band builds find far more pairs than estimated and must recount.
    const rnd = mulberry32(3);
    const m = Array.from({ length: 255 }, (_, i) =>
      Array.from({ length: 408 }, (_, j) =>
        j >= (i === 254 ? 408 : 400) ? null : j < 8 ? 1000 - j : Math.floor(rnd() * 3),
      ),
    );
    const inst = fromMatrix(m, 408);
    expectCertified(inst, solveSparseAssignment(inst));
    // Same trick for a transposed build: 256 rows of 32 pairs (the last of 8) over 32 columns.
    const tall = Array.from({ length: 256 }, (_, i) =>
      Array.from({ length: 32 }, (_, j) =>
        i === 255 && j >= 8 ? null : j < 8 ? 1000 - j : Math.floor(rnd() * 3),
      ),
    );
    const t = fromMatrix(tall, 32);
    expectCertified(t, solveSparseAssignment(t));
    // And for the stay reduction, whose sample takes every 4th pair here (300 rows of 63 shared
    // pairs + 1 stay pair): sampled pairs are barely better than staying, the others much better.
    const stay = Array.from({ length: 300 }, (_, i) => {
      const row = new Array<number | null>(80 + 300).fill(null);
      const skip = new Set<number>();
      while (skip.size < 17) skip.add(Math.floor(rnd() * 80));
      let p = 0;
      for (let j = 0; j < 80; j++)
        if (!skip.has(j)) row[j] = p++ % 4 === 0 ? -201 - Math.floor(rnd() * 3) : -1100;
      row[80 + i] = -200;
      return row;
    });
    const st = fromMatrix(stay, 380);
    expectCertified(st, solveSparseAssignment(st));
  });
});
