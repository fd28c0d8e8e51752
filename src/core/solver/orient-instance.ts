import type { AssignmentInstance } from './assignment-types.js';
import type { CostGraph } from './cost-graph.js';

/**
 * The instance as a `CostGraph` whose rows are the smaller side (the side that must be fully
 * matched), transposing when rows > cols. Augmenting from the smaller side means min(rows, cols)
 * searches instead of max(rows, cols), and every search ends early on one of the many free columns.
 *
 * @example orientInstance({ rows: 3, cols: 2, ... }) // -> { graph: 2 x 3, transposed: true }
 */
export function orientInstance(inst: AssignmentInstance): { graph: CostGraph; transposed: boolean } {
  const { rows, cols, rowStart, colIdx, cost } = inst;
  if (rows <= cols) {
    const c = cost instanceof Float64Array ? cost : Float64Array.from(cost);
    return { graph: { n: rows, m: cols, start: rowStart, col: colIdx, cost: c }, transposed: false };
  }
  return { graph: transposeCsr(rows, cols, rowStart, colIdx, cost), transposed: true };
}

/** Counting-sort transpose: column j's pairs, in ascending row order. */
export function transposeCsr(
  rows: number,
  cols: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
): CostGraph {
  const nnz = rowStart[rows]!;
  const start = new Int32Array(cols + 1);
  for (let e = 0; e < nnz; e++) start[colIdx[e]! + 1]!++;
  for (let j = 0; j < cols; j++) start[j + 1]! += start[j]!;
  const fill = start.slice(0, cols);
  const col = new Int32Array(nnz);
  const c = new Float64Array(nnz);
  for (let i = 0; i < rows; i++) {
    const end = rowStart[i + 1]!;
    for (let e = rowStart[i]!; e < end; e++) {
      const j = colIdx[e]!;
      const p = fill[j]!++;
      col[p] = i;
      c[p] = cost[e]!;
    }
  }
  return { n: cols, m: rows, start, col, cost: c };
}
