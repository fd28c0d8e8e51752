import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMatrix } from './assignment-fixtures.js';
import type { AssignmentInstance } from './assignment-types.js';
import { checkAssignmentCertificate } from './certificate.js';
import { BlockCertificateCheck, type CertificateBlock } from './certificate-blocks.js';
import { solveSparseAssignment } from './sparse-assignment.js';

/** The instance's rows cut into blocks at the given row boundaries. */
function blocksOf(inst: AssignmentInstance, cuts: readonly number[]): CertificateBlock[] {
  const bounds = [
    0,
    ...[...new Set(cuts)].filter((c) => c > 0 && c < inst.rows).sort((a, b) => a - b),
    inst.rows,
  ];
  const out: CertificateBlock[] = [];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const [r0, r1] = [bounds[b]!, bounds[b + 1]!];
    const e0 = inst.rowStart[r0]!;
    const e1 = inst.rowStart[r1]!;
    out.push({
      rowBegin: r0,
      rowStart: Int32Array.from(inst.rowStart.subarray(r0, r1 + 1), (e) => e - e0),
      colIdx: inst.colIdx.slice(e0, e1),
      cost: Int32Array.from(inst.cost.slice(e0, e1)),
    });
  }
  return out;
}

function checkBlocks(
  inst: AssignmentInstance,
  blocks: readonly CertificateBlock[],
  rowToCol: ArrayLike<number>,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  objective: number,
) {
  const check = new BlockCertificateCheck(inst.rows, inst.cols, rowToCol, u, v, objective);
  for (const b of blocks) check.add(b);
  return check.finish();
}

const instanceArb = fc
  .record({ rows: fc.integer({ min: 1, max: 6 }), cols: fc.integer({ min: 1, max: 6 }) })
  .chain(({ rows, cols }) =>
    fc.record({
      cols: fc.constant(cols),
      matrix: fc.array(
        fc.array(fc.option(fc.integer({ min: -50, max: 50 }), { freq: 3 }), {
          minLength: cols,
          maxLength: cols,
        }),
        { minLength: rows, maxLength: rows },
      ),
      cuts: fc.array(fc.integer({ min: 0, max: rows }), { maxLength: 3 }),
    }),
  );

describe('BlockCertificateCheck', () => {
  it('gives the same verdict and figures in blocks as the whole-instance checker', () => {
    fc.assert(
      fc.property(instanceArb, ({ cols, matrix, cuts }) => {
        const inst = fromMatrix(matrix, cols);
        const r = solveSparseAssignment(inst);
        if (r.status !== 'optimal') return;
        const whole = checkAssignmentCertificate(inst, r.rowToCol, r.u, r.v, r.objective);
        const split = checkBlocks(inst, blocksOf(inst, cuts), r.rowToCol, r.u, r.v, r.objective);
        expect(whole.holds).toBe(true);
        expect(split).toEqual({ ...whole, pairsChecked: inst.rowStart[inst.rows] });
        // A tampered row dual breaks the proof in blocks too.
        const u = Float64Array.from(r.u);
        u[0]! += 1;
        expect(checkBlocks(inst, blocksOf(inst, cuts), r.rowToCol, u, r.v, r.objective).holds).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it('fails when a block is missing, out of order, or lacks the assigned pair', () => {
    const inst = fromMatrix(
      [
        [4, 1, null],
        [2, 8, 3],
        [null, 5, 0],
      ],
      3,
    );
    const r = solveSparseAssignment(inst);
    if (r.status !== 'optimal') throw new Error(r.status);
    const blocks = blocksOf(inst, [1, 2]);
    expect(checkBlocks(inst, blocks, r.rowToCol, r.u, r.v, r.objective).holds).toBe(true);

    const missing = checkBlocks(inst, [blocks[0]!, blocks[2]!], r.rowToCol, r.u, r.v, r.objective);
    expect(missing.holds).toBe(false);
    expect(missing.violations.map((x) => x.kind)).toContain('shape');

    const swapped = checkBlocks(
      inst,
      [blocks[1]!, blocks[0]!, blocks[2]!],
      r.rowToCol,
      r.u,
      r.v,
      r.objective,
    );
    expect(swapped.violations.map((x) => x.kind)).toContain('shape');

    // Row 1's pair list without its assigned column: the assignment uses a pair the list does not allow.
    const j = r.rowToCol[1]!;
    const row1 = blocks[1]!;
    const keep = Array.from(row1.colIdx.keys()).filter((e) => row1.colIdx[e] !== j);
    const without: CertificateBlock = {
      rowBegin: 1,
      rowStart: Int32Array.of(0, keep.length),
      colIdx: Int32Array.from(keep, (e) => row1.colIdx[e]!),
      cost: Int32Array.from(keep, (e) => row1.cost[e]!),
    };
    const lacking = checkBlocks(inst, [blocks[0]!, without, blocks[2]!], r.rowToCol, r.u, r.v, r.objective);
    expect(lacking.holds).toBe(false);
    expect(lacking.violations.map((x) => x.kind)).toContain('forbidden-pair');
  });

  it('finds a negative reduced cost on a pair the solver never saw', () => {
    // Solved without the pair (1, 0) of cost -10: optimal for the smaller list, not for the full one.
    const full = fromMatrix(
      [
        [1, 2],
        [-10, 3],
      ],
      2,
    );
    const restricted = fromMatrix(
      [
        [1, 2],
        [null, 3],
      ],
      2,
    );
    const r = solveSparseAssignment(restricted);
    if (r.status !== 'optimal') throw new Error(r.status);
    expect(checkAssignmentCertificate(restricted, r.rowToCol, r.u, r.v, r.objective).holds).toBe(true);
    const report = checkBlocks(full, blocksOf(full, [1]), r.rowToCol, r.u, r.v, r.objective);
    expect(report.holds).toBe(false);
    expect(report.violations[0]).toMatchObject({ kind: 'reduced-cost-negative', row: 1, col: 0 });
  });
});
