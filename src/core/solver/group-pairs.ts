import { Csr } from './cost-graph.js';

/**
 * Pairs collected in one pass as coordinates (graph row, graph column, cost), with counts[r + 1] =
 * pairs of graph row r, grouped into CSR by a counting sort of the collected pairs only. Transposing
 * a band this way reads the instance once and moves only the band's pairs.
 *
 * With `dummies`, row r also gets the pair (m - rows + r, 0) last (the stay reduction's dummies).
 *
 * @example groupPairs(2, 3, Int32Array.of(0, 1, 1), 2, rowOf, colOf, costOf, false) // -> 2-row CSR
 */
export function groupPairs(
  rows: number,
  m: number,
  counts: Int32Array,
  kept: number,
  rowOf: Int32Array,
  colOf: Int32Array,
  costOf: Float64Array,
  dummies: boolean,
): Csr {
  const start = counts;
  if (dummies) for (let r = 0; r < rows; r++) start[r + 1]!++;
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;
  const total = start[rows]!;
  const col = new Int32Array(total);
  const cost = new Float64Array(total);
  const fill = start.slice(0, rows);
  scatter(kept, rowOf, colOf, costOf, fill, col, cost);
  if (dummies) {
    const first = m - rows;
    for (let r = 0; r < rows; r++) {
      col[start[r + 1]! - 1] = first + r;
      cost[start[r + 1]! - 1] = 0;
    }
  }
  return new Csr(rows, m, start, col, cost);
}

function scatter(
  kept: number,
  rowOf: Int32Array,
  colOf: Int32Array,
  costOf: Float64Array,
  fill: Int32Array,
  col: Int32Array,
  cost: Float64Array,
): void {
  for (let q = 0; q < kept; q++) {
    const p = fill[rowOf[q]!]!++;
    col[p] = colOf[q]!;
    cost[p] = costOf[q]!;
  }
}
