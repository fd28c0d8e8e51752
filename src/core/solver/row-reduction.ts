import type { CandidateGraph } from './candidate-graph.js';
import type { MatchingState } from './cost-graph.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * Cheap start (Jonker-Volgenant): every row takes its cheapest column if that column is still free
 * (u_i = row minimum, v = 0). Returns the rows left free, in `free`, and their count.
 *
 * Why not JV's column reduction: it sets v_j to column minima, which may be positive and nonzero on
 * columns that end up unmatched - not a valid certificate for rectangular problems. Row reduction
 * keeps v = 0, so the invariants of `MatchingState` hold from the start. A row is only matched when
 * its minimum is within its threshold (u_i <= threshold(i)), as pairs not fetched yet may be cheaper
 * than an always-present pair such as a stay dummy.
 */
export function greedyRowStart(g: CandidateGraph, st: MatchingState, free: Int32Array): number {
  const { n, rowOff, rowLen, level, ladder, col, cost } = g;
  const { rowToCol, colToRow, u, v } = st;
  let nf = 0;
  for (let i = 0; i < n; i++) {
    let best = INF;
    let bj = -1;
    const end = rowOff[i]! + rowLen[i]!;
    for (let e = rowOff[i]!; e < end; e++) {
      const h = cost[e]! - v[col[e]!]!;
      if (h < best) {
        best = h;
        bj = col[e]!;
      }
    }
    if (bj >= 0 && best <= ladder[level[i]!]! && colToRow[bj]! < 0) {
      rowToCol[i] = bj;
      colToRow[bj] = i;
      u[i] = best;
    } else {
      free[nf++] = i;
    }
  }
  return nf;
}

/**
 * Augmenting row reduction (Jonker-Volgenant 1987): a free row takes its cheapest column j1 and
 * lowers v_j1 by the gap to its second cheapest, evicting j1's owner, which then tries again at
 * once. It settles most rows in O(row length) each, leaving few for the expensive Dijkstra searches.
 * Only ever lowers v, so v <= 0 and v = 0 on free columns still hold; the second minimum is capped at
 * the row's threshold (its missing pairs cost at least that), which keeps u_i <= threshold(i).
 * Private dummy columns (stay reduction) are taken without lowering their dual, which must stay 0.
 *
 * @returns the number of rows still free (listed first in `free`).
 */
export function augmentingRowReduction(
  g: CandidateGraph,
  st: MatchingState,
  free: Int32Array,
  count: number,
): number {
  const { rowOff, rowLen, level, ladder, privateFrom, col, cost } = g;
  const { rowToCol, colToRow, u, v } = st;
  const queue = free.slice(0, count);
  const qlen = count;
  let head = 0;
  let pending = count;
  let left = 0;
  // A budget against price wars on tie-heavy data: each eviction costs one unit.
  let budget = 4 * count + 64;
  while (pending > 0) {
    const i = queue[head]!;
    head = head + 1 === qlen ? 0 : head + 1;
    pending--;
    let u1 = INF;
    let u2 = INF;
    let j1 = -1;
    let j2 = -1;
    const threshold = ladder[level[i]!]!;
    const end = rowOff[i]! + rowLen[i]!;
    for (let e = rowOff[i]!; e < end; e++) {
      const j = col[e]!;
      const h = cost[e]! - v[j]!;
      if (h < u2) {
        if (h >= u1) {
          u2 = h;
          j2 = j;
        } else {
          u2 = u1;
          j2 = j1;
          u1 = h;
          j1 = j;
        }
      }
    }
    if (u2 > threshold) {
      u2 = threshold;
      j2 = -1;
    }
    // No usable second minimum (a single allowed pair): lowering v_j1 "by infinity" is meaningless,
    // so such rows are left to the exact searches.
    if (j1 < 0 || u1 > threshold || u2 === INF || budget <= 0) {
      free[left++] = i;
      continue;
    }
    let i0 = colToRow[j1]!;
    let ui = u2;
    if (u1 < u2) {
      // A private dummy is simply taken (it is free: only row i can use it); its dual stays 0.
      if (j1 < privateFrom) v[j1] = v[j1]! - (u2 - u1);
      else ui = u1;
    } else if (i0 >= 0 && j2 >= 0) {
      j1 = j2;
      i0 = colToRow[j2]!;
    }
    if (i0 >= 0) rowToCol[i0] = -1;
    rowToCol[i] = j1;
    colToRow[j1] = i;
    u[i] = ui;
    if (i0 >= 0) {
      budget--;
      if (u1 < u2) {
        // The evicted row tries again next (it has the best chance to settle cheaply).
        head = head === 0 ? qlen - 1 : head - 1;
        queue[head] = i0;
        pending++;
      } else {
        free[left++] = i0;
      }
    }
  }
  return left;
}
