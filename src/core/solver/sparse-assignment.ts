import type {
  AssignmentInstance,
  AssignmentResult,
  InfeasibleAssignment,
  SolveOptions,
} from './assignment-types.js';
import type { FullGraph } from './cost-graph.js';
import { maximumMatching } from './hopcroft-karp.js';
import { PlainSource } from './plain-source.js';
import { solveOnSource } from './solve-on-source.js';
import { mapStaySolution } from './stay-solution.js';
import { StaySource } from './stay-source.js';
import { detectStayStructure } from './stay-structure.js';

/**
 * Pairs per row (on average) in the first candidate graph; rows fetch more when their searches need
 * it. Measured on the bench: 8 when the rows are the instance's own rows (fetching is row-local and
 * cheap), 16 when rows are transposed or reduced (the first fetch at a level builds a band, a pass
 * over all pairs, which 16 usually avoids altogether).
 */
const PER_ROW_DIRECT = 8;
const PER_ROW_BANDED = 16;

/**
 * Minimum-cost rectangular assignment on a sparse instance (LAP1 semantics: exactly min(rows, cols)
 * allowed pairs, no row or column twice), with a dual certificate.
 *
 * How: the smaller side S is matched by successive shortest augmenting paths (Dijkstra on reduced
 * costs, LAPJVsp style) after a Jonker-Volgenant greedy start and augmenting row reduction. The
 * searches run on the cheapest pairs only and fetch more when they cannot prove optimality. When every
 * S-vertex owns a private partner (a "stay" column), the outside-option reduction matches only the
 * shared partners, and the solution and duals are mapped back to the original instance. The result's
 * u, v satisfy `checkAssignmentCertificate` on the instance as given.
 *
 * Preconditions (checked by the LAP1 reader, not here beyond the shapes): columns of a row ascending,
 * unique and in range; integer costs with |cost| < 2^31.
 *
 * @example
 *   solveSparseAssignment({ rows: 2, cols: 2, rowStart: Int32Array.of(0, 2, 4),
 *     colIdx: Int32Array.of(0, 1, 0, 1), cost: Int32Array.of(4, 1, 2, 8) })
 *   // -> { status: 'optimal', rowToCol: [1, 0], objective: 3, u, v }
 */
export function solveSparseAssignment(
  inst: AssignmentInstance,
  options: SolveOptions = {},
): AssignmentResult {
  checkShape(inst);
  const { rows, cols } = inst;
  const sIsRows = rows <= cols;
  if (rows === 0 || cols === 0) {
    return {
      status: 'optimal',
      rowToCol: new Int32Array(rows).fill(-1),
      colToRow: new Int32Array(cols).fill(-1),
      objective: 0,
      u: new Float64Array(rows),
      v: new Float64Array(cols),
    };
  }
  if (options.shouldCancel?.()) return { status: 'cancelled' };
  const stay = detectStayStructure(inst);
  const source = stay
    ? new StaySource(inst, stay, PER_ROW_BANDED)
    : new PlainSource(inst, sIsRows ? PER_ROW_DIRECT : PER_ROW_BANDED);
  const out = solveOnSource(source, options);
  if (out.kind === 'cancelled') return { status: 'cancelled' };
  if (out.kind === 'failed') return infeasible(out.full, source.n, source.m, out.rows, out.cols, sIsRows);

  const n = sIsRows ? rows : cols;
  const m = sIsRows ? cols : rows;
  const { sToL, dS, dL } = stay
    ? mapStaySolution(stay, out.state)
    : { sToL: out.state.rowToCol, dS: out.state.u, dL: out.state.v };
  const lToS = new Int32Array(m).fill(-1);
  for (let s = 0; s < n; s++) lToS[sToL[s]!] = s;
  const rowToCol = sIsRows ? sToL : lToS;
  const u = sIsRows ? dS : dL;
  const v = sIsRows ? dL : dS;
  return {
    status: 'optimal',
    rowToCol,
    colToRow: sIsRows ? lToS : sToL,
    objective: assignedCost(rowToCol, u, v),
    u,
    v,
  };
}

function checkShape(inst: AssignmentInstance): void {
  const { rows, cols, rowStart, colIdx, cost } = inst;
  if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) {
    throw new RangeError(`rows and cols must be non-negative integers (got ${rows} x ${cols})`);
  }
  if (rowStart.length !== rows + 1 || rowStart[0] !== 0) {
    throw new RangeError(`rowStart must have rows + 1 = ${rows + 1} entries starting at 0`);
  }
  for (let i = 0; i < rows; i++) {
    if (rowStart[i + 1]! < rowStart[i]!) throw new RangeError(`rowStart decreases at row ${i}`);
  }
  if (colIdx.length < rowStart[rows]! || cost.length < rowStart[rows]!) {
    throw new RangeError('colIdx and cost must hold rowStart[rows] pairs');
  }
}

/**
 * Sum of the costs of the assigned pairs, as u_i + v_j: every phase of the solver keeps the reduced
 * cost of a matched pair at 0 (exact: integer costs give integer duals), so this is the primal cost
 * in O(rows) without looking pairs up in the instance. `checkAssignmentCertificate` recomputes the
 * cost from the instance and reports any difference, so the figure is never taken on trust.
 */
function assignedCost(rowToCol: Int32Array, u: Float64Array, v: Float64Array): number {
  let total = 0;
  for (let i = 0; i < rowToCol.length; i++) {
    const j = rowToCol[i]!;
    if (j >= 0) total += u[i]! + v[j]!;
  }
  return total;
}

function infeasible(
  full: FullGraph,
  n: number,
  m: number,
  members: number[],
  neighbours: number[],
  sIsRows: boolean,
): InfeasibleAssignment {
  const side = sIsRows ? 'row' : 'col';
  const other = sIsRows ? 'column' : 'row';
  const mm = maximumMatching(full, n, m);
  const unmatched: number[] = [];
  for (let s = 0; s < n; s++) if (mm.rowToCol[s]! < 0) unmatched.push(s);
  members.sort((a, b) => a - b);
  neighbours.sort((a, b) => a - b);
  const sideName = sIsRows ? 'row' : 'column';
  const list = (xs: number[]): string => xs.slice(0, 10).join(', ') + (xs.length > 10 ? ', ...' : '');
  const plural = (k: number, word: string): string => `${k} ${word}${k === 1 ? '' : 's'}`;
  const reason =
    neighbours.length === 0
      ? `${sideName} ${members[0]} has no allowed pair`
      : `${plural(members.length, sideName)} (${list(members)}) have only ${plural(neighbours.length, `allowed ${other}`)} between them (${list(neighbours)})`;
  return {
    status: 'infeasible',
    side,
    unmatched,
    maxMatching: mm.size,
    required: n,
    witness: { members, neighbours },
    reason,
  };
}
