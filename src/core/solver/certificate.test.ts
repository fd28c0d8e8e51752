import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMatrix } from './assignment-fixtures.js';
import type { AssignmentInstance } from './assignment-types.js';
import { checkAssignmentCertificate } from './certificate.js';
import { solveSparseAssignment } from './sparse-assignment.js';

/** Every feasible assignment (rowToCol arrays) of a tiny instance, with its cost. */
function allAssignments(inst: AssignmentInstance): { rowToCol: number[]; cost: number }[] {
  const out: { rowToCol: number[]; cost: number }[] = [];
  const need = Math.min(inst.rows, inst.cols);
  const used = new Set<number>();
  const cur: number[] = [];
  const walk = (i: number, pairs: number, cost: number): void => {
    if (i === inst.rows) {
      if (pairs === need) out.push({ rowToCol: cur.slice(), cost });
      return;
    }
    if (inst.rows - i > need - pairs) {
      cur.push(-1);
      walk(i + 1, pairs, cost);
      cur.pop();
    }
    for (let e = inst.rowStart[i]!; e < inst.rowStart[i + 1]!; e++) {
      const j = inst.colIdx[e]!;
      if (used.has(j)) continue;
      used.add(j);
      cur.push(j);
      walk(i + 1, pairs + 1, cost + inst.cost[e]!);
      cur.pop();
      used.delete(j);
    }
  };
  walk(0, 0, 0);
  return out;
}

const smallInstanceArb = fc
  .record({ rows: fc.integer({ min: 1, max: 5 }), cols: fc.integer({ min: 1, max: 5 }) })
  .chain(({ rows, cols }) =>
    fc
      .array(
        fc.array(fc.option(fc.integer({ min: -20, max: 20 }), { freq: 4 }), {
          minLength: cols,
          maxLength: cols,
        }),
        {
          minLength: rows,
          maxLength: rows,
        },
      )
      .map((m) => fromMatrix(m, cols)),
  );

describe('checkAssignmentCertificate', () => {
  it('rejects every strictly suboptimal assignment, whatever duals it is given', () => {
    fc.assert(
      fc.property(smallInstanceArb, (inst) => {
        const r = solveSparseAssignment(inst);
        if (r.status !== 'optimal') return;
        for (const a of allAssignments(inst)) {
          const check = checkAssignmentCertificate(inst, a.rowToCol, r.u, r.v, a.cost);
          expect(check.holds).toBe(a.cost === r.objective);
          expect(check.primalObjective).toBe(a.cost);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('rejects any dual moved by one unit', () => {
    fc.assert(
      fc.property(
        smallInstanceArb,
        fc.nat(),
        fc.boolean(),
        fc.constantFrom(-1, 1),
        (inst, at, onRows, delta) => {
          const r = solveSparseAssignment(inst);
          if (r.status !== 'optimal') return;
          const u = r.u.slice();
          const v = r.v.slice();
          const d = onRows ? u : v;
          d[at % d.length] = d[at % d.length]! + delta;
          expect(checkAssignmentCertificate(inst, r.rowToCol, u, v, r.objective).holds).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('names forbidden pairs, a column used twice, a missing pair and a wrong objective', () => {
    const inst = fromMatrix(
      [
        [1, null, 3],
        [2, 5, null],
      ],
      3,
    );
    const u = new Float64Array(2);
    const v = new Float64Array(3);
    const kinds = (rowToCol: number[], objective: number): string[] =>
      checkAssignmentCertificate(inst, rowToCol, u, v, objective).violations.map((x) => x.kind);
    expect(kinds([1, 0], 2)).toContain('forbidden-pair');
    expect(kinds([0, 0], 3)).toContain('column-used-twice');
    expect(kinds([0, -1], 1)).toContain('wrong-pair-count');
    expect(kinds([2, 0], 99)).toContain('objective-mismatch');
    expect(kinds([7, 0], 2)).toContain('column-out-of-range');
  });

  it('accepts a hand-made rectangular certificate and enforces the signs of the larger side', () => {
    // rows < cols: v <= 0, v = 0 on the unassigned column.
    const inst = fromMatrix(
      [
        [1, 4, 9],
        [2, 7, 8],
      ],
      3,
    );
    const rowToCol = [1, 0]; // 4 + 2 = 6, the optimum (1 + 7 = 8, 9 + 2 = 11, ...)
    const good = checkAssignmentCertificate(
      inst,
      rowToCol,
      Float64Array.of(4, 5),
      Float64Array.of(-3, 0, 0),
      6,
    );
    expect(good.holds).toBe(true);
    expect(good.dualBound).toBe(6);
    expect(good.tolerance).toBe(0);
    const positive = checkAssignmentCertificate(
      inst,
      rowToCol,
      Float64Array.of(3, 5),
      Float64Array.of(-3, 1, 0),
      6,
    );
    expect(positive.violations.map((x) => x.kind)).toContain('dual-sign');
    const unassigned = checkAssignmentCertificate(
      inst,
      rowToCol,
      Float64Array.of(4, 5),
      Float64Array.of(-3, 0, -1),
      6,
    );
    expect(unassigned.violations.map((x) => x.kind)).toContain('unassigned-dual-nonzero');
  });

  it('lets column duals take any sign when the instance is square', () => {
    const inst = fromMatrix(
      [
        [5, 6],
        [7, 9],
      ],
      2,
    );
    // 6 + 7 = 13 is optimal (5 + 9 = 14); u = (-1, 1), v = (6, 7) is a valid square certificate.
    const check = checkAssignmentCertificate(inst, [1, 0], Float64Array.of(-1, 1), Float64Array.of(6, 7), 13);
    expect(check.violations).toEqual([]);
  });

  it('uses a tolerance (and says so) only for non-integral duals', () => {
    const inst = fromMatrix([[1, 2]], 2);
    const check = checkAssignmentCertificate(inst, [0], Float64Array.of(0.5), Float64Array.of(0.5, 0), 1);
    expect(check.violations.map((x) => x.kind)).toContain('dual-sign');
    const fine = checkAssignmentCertificate(inst, [0], Float64Array.of(1.5), Float64Array.of(-0.5, 0), 1);
    expect(fine.holds).toBe(true);
    expect(fine.tolerance).toBeGreaterThan(0);
  });

  it('reports a shape mismatch instead of reading out of range', () => {
    const inst = fromMatrix([[1]], 1);
    const check = checkAssignmentCertificate(inst, [0, 0], Float64Array.of(1), Float64Array.of(0), 1);
    expect(check.holds).toBe(false);
    expect(check.violations[0]?.kind).toBe('shape');
  });
});
