import type {
  CertificateReport,
  CertificateViolation,
  CertificateViolationKind,
} from './certificate-types.js';

/**
 * Rows `rowBegin ..` of an instance in local CSR form: the pairs of row rowBegin + i are the entries
 * rowStart[i] .. rowStart[i+1]-1 of colIdx / cost. Blocks let the checker cover a pair list too big
 * to hold at once (memory: one block plus O(rows + cols)).
 */
export interface CertificateBlock {
  readonly rowBegin: number;
  readonly rowStart: Int32Array;
  readonly colIdx: Int32Array;
  readonly cost: Int32Array | Float64Array;
}

const MAX_LISTED = 10;

/** Largest |cost| the instances allow (see assignment-types.ts): the tolerance scale when costs arrive later. */
export const COST_BOUND = 2 ** 31;

/**
 * `checkAssignmentCertificate` (see there for the LP and the proof) over a pair list given in blocks
 * of rows, in order, each row exactly once: `add` every block, then `finish`. The checks are the same;
 * only the tolerance for non-integer duals must be fixed before the costs are seen, so it is scaled
 * by `costScale` (the largest |cost|, or the bound of all costs).
 */
export class BlockCertificateCheck {
  private readonly violations: CertificateViolation[] = [];
  private violationCount = 0;
  private readonly tol: number;
  private readonly colOwner: Int32Array;
  private readonly rowsFull: boolean;
  private nextRow = 0;
  private assigned = 0;
  private primal = 0;
  private pairsSeen = 0;

  constructor(
    private readonly rows: number,
    private readonly cols: number,
    private readonly rowToCol: ArrayLike<number>,
    private readonly u: ArrayLike<number>,
    private readonly v: ArrayLike<number>,
    private readonly objective: number,
    costScale: number = COST_BOUND,
  ) {
    if (rowToCol.length !== rows || u.length !== rows || v.length !== cols)
      this.report('shape', `expected rowToCol and u of length ${rows} and v of length ${cols}`);
    let integral = true;
    let scale = Math.max(1, Math.abs(costScale));
    for (const d of [u, v]) {
      for (let k = 0; k < d.length; k++) {
        const x = d[k]!;
        if (!Number.isFinite(x))
          this.report('dual-not-finite', `dual ${x}`, d === u ? k : undefined, d === v ? k : undefined);
        else if (!Number.isInteger(x)) integral = false;
        scale = Math.max(scale, Math.abs(x));
      }
    }
    this.tol = integral ? 0 : 1e-9 * scale;
    this.rowsFull = rows <= cols;
    this.colOwner = new Int32Array(cols).fill(-1);
  }

  private report(kind: CertificateViolationKind, detail: string, row?: number, col?: number): void {
    this.violationCount++;
    if (this.violations.length < MAX_LISTED)
      this.violations.push({
        kind,
        detail,
        ...(row === undefined ? {} : { row }),
        ...(col === undefined ? {} : { col }),
      });
  }

  /** Checks the pairs of the block's rows: reduced costs, the assigned pair and its column. */
  add(block: CertificateBlock): void {
    const { rowBegin, rowStart, colIdx, cost } = block;
    const n = rowStart.length - 1;
    if (rowBegin !== this.nextRow || rowBegin + n > this.rows) {
      this.report(
        'shape',
        `block of rows ${rowBegin}..${rowBegin + n - 1} out of order (next row ${this.nextRow})`,
      );
      return;
    }
    const { u, v, tol, rowToCol, colOwner } = this;
    for (let k = 0; k < n; k++) {
      const i = rowBegin + k;
      const j = rowToCol[i]!;
      let found = false;
      for (let e = rowStart[k]!; e < rowStart[k + 1]!; e++) {
        const c = colIdx[e]!;
        const reduced = cost[e]! - u[i]! - v[c]!;
        if (reduced < -tol) this.report('reduced-cost-negative', `c - u - v = ${reduced} < 0`, i, c);
        if (c === j && !found) {
          found = true;
          this.primal += cost[e]!;
          if (Math.abs(reduced) > tol)
            this.report('assigned-not-tight', `assigned pair has c - u - v = ${reduced}`, i, j);
        }
      }
      this.pairsSeen += rowStart[k + 1]! - rowStart[k]!;
      if (j === -1) {
        if (this.rowsFull) this.report('wrong-pair-count', 'row is unassigned but every row must be', i);
        continue;
      }
      if (!Number.isInteger(j) || j < 0 || j >= this.cols) {
        this.report('column-out-of-range', `column ${j} is not in 0..${this.cols - 1}`, i, j);
        continue;
      }
      if (!found) this.report('forbidden-pair', 'assigned pair is not allowed', i, j);
      if (colOwner[j]! >= 0)
        this.report('column-used-twice', `column also assigned to row ${colOwner[j]}`, i, j);
      colOwner[j] = i;
      this.assigned++;
    }
    this.nextRow += n;
  }

  /** The pair count, dual signs, complementary slackness on the larger side, objective and duality gap. */
  finish(): CertificateReport {
    const { rows, cols, u, v, tol, rowToCol, colOwner } = this;
    const shapeOk = rowToCol.length === rows && u.length === rows && v.length === cols;
    if (!shapeOk) return this.result(Number.NaN, Number.NaN);
    if (this.nextRow !== rows) this.report('shape', `blocks covered ${this.nextRow} of ${rows} rows`);
    if (this.assigned !== Math.min(rows, cols))
      this.report('wrong-pair-count', `${this.assigned} pairs assigned, need ${Math.min(rows, cols)}`);
    if (cols <= rows) {
      for (let j = 0; j < cols; j++)
        if (colOwner[j]! < 0)
          this.report('wrong-pair-count', 'column is unassigned but every column must be', undefined, j);
    }
    if (rows < cols) {
      for (let j = 0; j < cols; j++) {
        if (v[j]! > tol) this.report('dual-sign', `v = ${v[j]} > 0`, undefined, j);
        if (colOwner[j]! < 0 && Math.abs(v[j]!) > tol)
          this.report('unassigned-dual-nonzero', `unassigned column has v = ${v[j]}`, undefined, j);
      }
    } else if (rows > cols) {
      for (let i = 0; i < rows; i++) {
        if (u[i]! > tol) this.report('dual-sign', `u = ${u[i]} > 0`, i);
        if (rowToCol[i] === -1 && Math.abs(u[i]!) > tol)
          this.report('unassigned-dual-nonzero', `unassigned row has u = ${u[i]}`, i);
      }
    }
    let dual = 0;
    for (let i = 0; i < rows; i++) dual += u[i]!;
    for (let j = 0; j < cols; j++) dual += v[j]!;
    if (this.primal !== this.objective)
      this.report(
        'objective-mismatch',
        `reported objective ${this.objective}, assigned pairs cost ${this.primal}`,
      );
    if (Math.abs(this.primal - dual) > tol * (rows + cols + 1))
      this.report('duality-gap', `primal ${this.primal} != dual bound ${dual}`);
    return this.result(this.primal, dual);
  }

  private result(primal: number, dual: number): CertificateReport {
    return {
      holds: this.violationCount === 0,
      violations: this.violations,
      violationCount: this.violationCount,
      primalObjective: primal,
      dualBound: dual,
      tolerance: this.tol,
      pairsChecked: this.pairsSeen,
    };
  }
}
