import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForce, fromMatrix, mulberry32, toMatrix, transpose } from './assignment-fixtures.js';
import type { AssignmentInstance, AssignmentResult } from './assignment-types.js';
import { checkAssignmentCertificate } from './certificate.js';
import { solveSparseAssignment } from './sparse-assignment.js';

const BIG = 2 ** 31 - 1;

const costArb = fc.oneof(
  fc.integer({ min: 0, max: 3 }),
  fc.integer({ min: -1000, max: 1000 }),
  fc.constantFrom(BIG, -BIG, BIG - 1, -BIG + 1, 0),
);

/** Rectangular instances up to 8 x 8 (both orientations), random forbidden pairs. */
const instanceArb = fc
  .record({ rows: fc.integer({ min: 0, max: 8 }), cols: fc.integer({ min: 0, max: 8 }) })
  .chain(({ rows, cols }) =>
    fc
      .array(fc.array(fc.option(costArb, { freq: 3 }), { minLength: cols, maxLength: cols }), {
        minLength: rows,
        maxLength: rows,
      })
      .map((m) => fromMatrix(m, cols)),
  );

/** "Stay" instances: rows employees, K shared columns, column K + i private to row i; also transposed. */
const stayInstanceArb = fc
  .record({
    rows: fc.integer({ min: 1, max: 6 }),
    shared: fc.integer({ min: 0, max: 5 }),
    flip: fc.boolean(),
  })
  .chain(({ rows, shared, flip }) =>
    fc
      .record({
        m: fc.array(fc.array(fc.option(costArb, { freq: 2 }), { minLength: shared, maxLength: shared }), {
          minLength: rows,
          maxLength: rows,
        }),
        stay: fc.array(costArb, { minLength: rows, maxLength: rows }),
        // A second private column for some rows (the cheaper one is the stay option).
        second: fc.array(fc.option(costArb, { freq: 3 }), { minLength: rows, maxLength: rows }),
      })
      .map(({ m, stay, second }) => {
        const extra = second.filter((x) => x !== null).length;
        let next = shared + rows;
        const full = m.map((row, i) => {
          const r: (number | null)[] = [...row, ...stay.map((s, k) => (k === i ? s : null))];
          r.length = shared + rows + extra;
          r.fill(null, shared + rows);
          if (second[i] !== null && second[i] !== undefined) r[next++] = second[i]!;
          return r;
        });
        const inst = fromMatrix(full, shared + rows + extra);
        return flip ? transpose(inst) : inst;
      }),
  );

function expectCertified(inst: AssignmentInstance, r: AssignmentResult): void {
  if (r.status !== 'optimal') throw new Error(`expected optimal, got ${r.status}`);
  const check = checkAssignmentCertificate(inst, r.rowToCol, r.u, r.v, r.objective);
  expect(check.violations).toEqual([]);
  expect(check.holds).toBe(true);
  expect(check.primalObjective).toBe(r.objective);
  for (let i = 0; i < inst.rows; i++) if (r.rowToCol[i]! >= 0) expect(r.colToRow[r.rowToCol[i]!]).toBe(i);
}

function expectAgreesWithBruteForce(inst: AssignmentInstance): void {
  const r = solveSparseAssignment(inst);
  const brute = bruteForce(inst);
  if (brute.best === Number.POSITIVE_INFINITY) {
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.maxMatching).toBe(brute.maxMatching);
    expect(r.unmatched.length).toBe(r.required - r.maxMatching);
    // The witness is a Hall violator: its members can only reach its (fewer) neighbours.
    const { members, neighbours } = r.witness;
    expect(neighbours.length).toBeLessThan(members.length);
    const m = r.side === 'row' ? toMatrix(inst) : toMatrix(transpose(inst));
    for (const s of members) {
      m[s]!.forEach((x, j) => {
        if (x !== null) expect(neighbours).toContain(j);
      });
    }
  } else {
    expectCertified(inst, r);
    if (r.status === 'optimal') expect(r.objective).toBe(brute.best);
  }
}

describe('solveSparseAssignment', () => {
  it('matches brute force on random rectangular instances with forbidden pairs', () => {
    fc.assert(fc.property(instanceArb, expectAgreesWithBruteForce), { numRuns: 400 });
  });

  it('matches brute force on instances with private "stay" columns (both orientations)', () => {
    fc.assert(fc.property(stayInstanceArb, expectAgreesWithBruteForce), { numRuns: 300 });
  });

  it('matches brute force on tall instances (rows >> cols) with many rows left without pairs', () => {
    // The transposed build reads the instance's costs in one flat pass and looks a pair's row up
    // only when it keeps the pair: rows without pairs (first, last, in runs) must not shift rows.
    const tallArb = fc
      .record({ rows: fc.integer({ min: 4, max: 8 }), cols: fc.integer({ min: 1, max: 3 }) })
      .chain(({ rows, cols }) =>
        fc
          .array(
            fc.oneof(
              fc.constant(new Array<number | null>(cols).fill(null)),
              fc.array(fc.option(costArb, { freq: 2 }), { minLength: cols, maxLength: cols }),
            ),
            { minLength: rows, maxLength: rows },
          )
          .map((m) => fromMatrix(m, cols)),
      );
    fc.assert(fc.property(tallArb, expectAgreesWithBruteForce), { numRuns: 300 });
  });

  it('solves the README example', () => {
    const inst = fromMatrix(
      [
        [4, 1],
        [2, 8],
      ],
      2,
    );
    const r = solveSparseAssignment(inst);
    expectCertified(inst, r);
    expect(r.status === 'optimal' && Array.from(r.rowToCol)).toEqual([1, 0]);
  });

  it('treats an empty scope (0 rows or 0 columns) as solved with nothing assigned', () => {
    for (const [rows, cols] of [
      [0, 0],
      [0, 5],
      [4, 0],
    ] as const) {
      const inst = fromMatrix(
        Array.from({ length: rows }, () => []),
        cols,
      );
      const r = solveSparseAssignment(inst);
      expectCertified(inst, r);
      expect(r.status === 'optimal' && r.objective).toBe(0);
    }
  });

  it('handles a single row, a single column and all-equal costs', () => {
    const row = fromMatrix([[5, 3, null, 3, 9]], 5);
    const r1 = solveSparseAssignment(row);
    expectCertified(row, r1);
    expect(r1.status === 'optimal' && r1.objective).toBe(3);
    const column = transpose(row);
    const r2 = solveSparseAssignment(column);
    expectCertified(column, r2);
    expect(r2.status === 'optimal' && r2.objective).toBe(3);
    const equal = fromMatrix(
      Array.from({ length: 7 }, () => new Array(9).fill(42)),
      9,
    );
    const r3 = solveSparseAssignment(equal);
    expectCertified(equal, r3);
    expect(r3.status === 'optimal' && r3.objective).toBe(7 * 42);
  });

  it('names a row without any allowed pair', () => {
    const inst = fromMatrix(
      [
        [1, 2, 3],
        [null, null, null],
        [4, null, 6],
      ],
      3,
    );
    const r = solveSparseAssignment(inst);
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.side).toBe('row');
    expect(r.unmatched).toEqual([1]);
    expect(r.reason).toContain('row 1 has no allowed pair');
  });

  it('reports a Hall violator when columns cannot all be filled (rows > cols)', () => {
    // Columns 0 and 1 can only take row 0.
    const inst = fromMatrix(
      [
        [1, 1, 5],
        [null, null, 2],
        [null, null, 3],
        [null, null, 1],
      ],
      3,
    );
    const r = solveSparseAssignment(inst);
    expect(r.status).toBe('infeasible');
    if (r.status !== 'infeasible') return;
    expect(r.side).toBe('col');
    expect(r.maxMatching).toBe(2);
    expect(r.witness.neighbours).toEqual([0]);
    expect(r.reason).toMatch(/2 columns \(0, 1\) have only 1 allowed row/);
  });

  it('accepts costs as a Float64Array too', () => {
    const asInt = fromMatrix(
      [
        [7, null, 3],
        [2, 9, null],
      ],
      3,
    );
    const inst = { ...asInt, cost: Float64Array.from(asInt.cost) };
    const r = solveSparseAssignment(inst);
    expectCertified(inst, r);
    expect(r.status === 'optimal' && r.objective).toBe(bruteForce(asInt).best);
  });

  it('is exact with costs near +-(2^31 - 1)', () => {
    const inst = fromMatrix(
      [
        [BIG, -BIG, BIG - 1],
        [-BIG, BIG, -BIG + 1],
        [BIG, BIG, -BIG],
      ],
      3,
    );
    const r = solveSparseAssignment(inst);
    expectCertified(inst, r);
    expect(r.status === 'optimal' && r.objective).toBe(bruteForce(inst).best);
  });

  it('reports progress and can be cancelled', () => {
    const rnd = mulberry32(7);
    const m = Array.from({ length: 300 }, () => Array.from({ length: 300 }, () => Math.floor(rnd() * 5)));
    const inst = fromMatrix(m, 300);
    const calls: [number, number][] = [];
    const r = solveSparseAssignment(inst, { onProgress: (done, total) => calls.push([done, total]) });
    expectCertified(inst, r);
    expect(calls.at(-1)).toEqual([300, 300]);
    expect(solveSparseAssignment(inst, { shouldCancel: () => true }).status).toBe('cancelled');
  });
});
