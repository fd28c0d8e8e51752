import type { AssignmentInstance } from './assignment-types.js';
import { BlockCertificateCheck } from './certificate-blocks.js';
import type { CertificateReport } from './certificate-types.js';

export type {
  CertificateReport,
  CertificateViolation,
  CertificateViolationKind,
} from './certificate-types.js';

/**
 * Checks an assignment and its duals against the instance, independently of the solver.
 *
 * The LP (rows <= cols; for rows > cols swap the roles of rows and columns):
 *   primal  min sum c_ij x_ij  s.t.  sum_j x_ij = 1 (every row),  sum_i x_ij <= 1 (every column), x >= 0
 *   dual    max sum u_i + sum v_j  s.t.  u_i + v_j <= c_ij on every allowed pair,  u free,  v_j <= 0
 * Weak duality, for any feasible x: sum c x >= sum (u_i + v_j) x_ij = sum u + sum_j v_j (sum_i x_ij)
 * >= sum u + sum v, the last step because v_j <= 0 and sum_i x_ij <= 1. So when the assignment's cost
 * equals sum u + sum v, no assignment is cheaper. Complementary slackness (implied by that equality,
 * checked to name the culprit): c_ij - u_i - v_j = 0 on assigned pairs, v_j = 0 on unassigned columns.
 * When rows = cols every column is assigned, sum_i x_ij = 1, and v may have any sign.
 *
 * Arithmetic: costs are integers; with integer duals every sum below 2^53 is exact, so the checks use
 * no tolerance. Non-integer duals are checked with a relative tolerance of 1e-9, reported in the result.
 *
 * The checks run in `BlockCertificateCheck` (one block here; a plan streams its pairs in many).
 *
 * @example checkAssignmentCertificate(inst, result.rowToCol, result.u, result.v, result.objective).holds // -> true
 */
export function checkAssignmentCertificate(
  inst: AssignmentInstance,
  rowToCol: ArrayLike<number>,
  u: ArrayLike<number>,
  v: ArrayLike<number>,
  objective: number,
): CertificateReport {
  const { rows, cols, rowStart, colIdx, cost } = inst;
  if (rowToCol.length !== rows || u.length !== rows || v.length !== cols) {
    return {
      holds: false,
      violations: [
        { kind: 'shape', detail: `expected rowToCol and u of length ${rows} and v of length ${cols}` },
      ],
      violationCount: 1,
      primalObjective: Number.NaN,
      dualBound: Number.NaN,
      tolerance: 0,
    };
  }
  let costScale = 1;
  for (let e = 0; e < rowStart[rows]!; e++) costScale = Math.max(costScale, Math.abs(cost[e]!));
  const check = new BlockCertificateCheck(rows, cols, rowToCol, u, v, objective, costScale);
  check.add({ rowBegin: 0, rowStart, colIdx, cost });
  return check.finish();
}
