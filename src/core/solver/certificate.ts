import type { AssignmentInstance } from './assignment-types.js';

export type CertificateViolationKind =
  | 'shape'
  | 'column-out-of-range'
  | 'forbidden-pair'
  | 'column-used-twice'
  | 'wrong-pair-count'
  | 'dual-not-finite'
  | 'reduced-cost-negative'
  | 'assigned-not-tight'
  | 'dual-sign'
  | 'unassigned-dual-nonzero'
  | 'objective-mismatch'
  | 'duality-gap';

export interface CertificateViolation {
  readonly kind: CertificateViolationKind;
  readonly row?: number;
  readonly col?: number;
  readonly detail: string;
}

export interface CertificateReport {
  /** True iff the assignment is feasible and the duals prove it optimal. */
  readonly holds: boolean;
  /** The first few violations (at most 10); `violationCount` counts them all. */
  readonly violations: readonly CertificateViolation[];
  readonly violationCount: number;
  /** Sum of the costs of the assigned pairs. */
  readonly primalObjective: number;
  /** sum(u) + sum(v): a lower bound on every feasible assignment when the duals are feasible. */
  readonly dualBound: number;
  /** 0 when all duals are integers (everything exact); otherwise the tolerance that was used. */
  readonly tolerance: number;
}

const MAX_LISTED = 10;

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
  const violations: CertificateViolation[] = [];
  let violationCount = 0;
  const report = (kind: CertificateViolationKind, detail: string, row?: number, col?: number): void => {
    violationCount++;
    if (violations.length < MAX_LISTED)
      violations.push({
        kind,
        detail,
        ...(row === undefined ? {} : { row }),
        ...(col === undefined ? {} : { col }),
      });
  };
  if (rowToCol.length !== rows || u.length !== rows || v.length !== cols) {
    report('shape', `expected rowToCol and u of length ${rows} and v of length ${cols}`);
    return {
      holds: false,
      violations,
      violationCount,
      primalObjective: Number.NaN,
      dualBound: Number.NaN,
      tolerance: 0,
    };
  }
  let integral = true;
  let scale = 1;
  for (const d of [u, v]) {
    for (let k = 0; k < d.length; k++) {
      const x = d[k]!;
      if (!Number.isFinite(x))
        report('dual-not-finite', `dual ${x}`, d === u ? k : undefined, d === v ? k : undefined);
      else if (!Number.isInteger(x)) integral = false;
      scale = Math.max(scale, Math.abs(x));
    }
  }
  for (let e = 0; e < rowStart[rows]!; e++) scale = Math.max(scale, Math.abs(cost[e]!));
  const tol = integral ? 0 : 1e-9 * scale;

  // Which side must be fully assigned, and which side's duals are sign-constrained.
  const rowsFull = rows <= cols;
  const colsFull = cols <= rows;
  const colOwner = new Int32Array(cols).fill(-1);
  let pairs = 0;
  let primal = 0;
  for (let i = 0; i < rows; i++) {
    const j = rowToCol[i]!;
    let found = false;
    for (let e = rowStart[i]!; e < rowStart[i + 1]!; e++) {
      const c = colIdx[e]!;
      const reduced = cost[e]! - u[i]! - v[c]!;
      if (reduced < -tol) report('reduced-cost-negative', `c - u - v = ${reduced} < 0`, i, c);
      if (c === j && !found) {
        found = true;
        primal += cost[e]!;
        if (Math.abs(reduced) > tol)
          report('assigned-not-tight', `assigned pair has c - u - v = ${reduced}`, i, j);
      }
    }
    if (j === -1) {
      if (rowsFull) report('wrong-pair-count', 'row is unassigned but every row must be', i);
      continue;
    }
    if (!Number.isInteger(j) || j < 0 || j >= cols) {
      report('column-out-of-range', `column ${j} is not in 0..${cols - 1}`, i, j);
      continue;
    }
    if (!found) report('forbidden-pair', 'assigned pair is not allowed', i, j);
    if (colOwner[j]! >= 0) report('column-used-twice', `column also assigned to row ${colOwner[j]}`, i, j);
    colOwner[j] = i;
    pairs++;
  }
  if (pairs !== Math.min(rows, cols))
    report('wrong-pair-count', `${pairs} pairs assigned, need ${Math.min(rows, cols)}`);
  if (colsFull) {
    for (let j = 0; j < cols; j++)
      if (colOwner[j]! < 0)
        report('wrong-pair-count', 'column is unassigned but every column must be', undefined, j);
  }
  // Sign constraints of the larger side (none when square) and complementary slackness on it.
  if (rows < cols) {
    for (let j = 0; j < cols; j++) {
      if (v[j]! > tol) report('dual-sign', `v = ${v[j]} > 0`, undefined, j);
      if (colOwner[j]! < 0 && Math.abs(v[j]!) > tol)
        report('unassigned-dual-nonzero', `unassigned column has v = ${v[j]}`, undefined, j);
    }
  } else if (rows > cols) {
    for (let i = 0; i < rows; i++) {
      if (u[i]! > tol) report('dual-sign', `u = ${u[i]} > 0`, i);
      if (rowToCol[i] === -1 && Math.abs(u[i]!) > tol)
        report('unassigned-dual-nonzero', `unassigned row has u = ${u[i]}`, i);
    }
  }
  let dual = 0;
  for (let i = 0; i < rows; i++) dual += u[i]!;
  for (let j = 0; j < cols; j++) dual += v[j]!;
  if (primal !== objective)
    report('objective-mismatch', `reported objective ${objective}, assigned pairs cost ${primal}`);
  if (Math.abs(primal - dual) > tol * (rows + cols + 1))
    report('duality-gap', `primal ${primal} != dual bound ${dual}`);
  return {
    holds: violationCount === 0,
    violations,
    violationCount,
    primalObjective: primal,
    dualBound: dual,
    tolerance: tol,
  };
}
