import type { FullGraph } from './cost-graph.js';

/**
 * Maximum cardinality matching (Hopcroft-Karp, O(pairs * sqrt(n))), costs ignored. Used only to
 * explain infeasibility: the rows it leaves unmatched are the ones no assignment can serve together
 * with the others.
 *
 * @example maximumMatching(graph).size // -> 41 (of 42 rows: one row cannot be matched)
 */
export function maximumMatching(g: FullGraph, n: number, m: number): { rowToCol: Int32Array; size: number } {
  const { start, col } = g;
  const rowToCol = new Int32Array(n).fill(-1);
  const colToRow = new Int32Array(m).fill(-1);
  const layer = new Int32Array(n);
  const queue = new Int32Array(n);
  const stackRow = new Int32Array(n);
  const stackEdge = new Int32Array(n);
  const INF = 0x7fffffff;
  let size = 0;
  for (;;) {
    // BFS from the free rows; layer[i] = distance in the alternating graph.
    let qh = 0;
    let qt = 0;
    for (let i = 0; i < n; i++) {
      if (rowToCol[i]! < 0) {
        layer[i] = 0;
        queue[qt++] = i;
      } else {
        layer[i] = INF;
      }
    }
    let found = INF;
    while (qh < qt) {
      const i = queue[qh++]!;
      if (layer[i]! >= found) continue;
      for (let e = start[i]!; e < start[i + 1]!; e++) {
        const r = colToRow[col[e]!]!;
        if (r < 0) {
          if (found === INF) found = layer[i]! + 1;
        } else if (layer[r] === INF) {
          layer[r] = layer[i]! + 1;
          queue[qt++] = r;
        }
      }
    }
    if (found === INF) return { rowToCol, size };
    // DFS along the layers from every free row (iterative).
    for (let s = 0; s < n; s++) {
      if (rowToCol[s]! >= 0) continue;
      let top = 0;
      stackRow[0] = s;
      stackEdge[0] = start[s]!;
      while (top >= 0) {
        const i = stackRow[top]!;
        const e = stackEdge[top]!;
        if (e >= start[i + 1]!) {
          layer[i] = INF; // dead end: never visit again in this phase
          top--;
          continue;
        }
        stackEdge[top] = e + 1;
        const j = col[e]!;
        const r = colToRow[j]!;
        if (r < 0) {
          if (layer[i]! + 1 !== found) continue;
          // Augment along the stack.
          for (let t = top; t >= 0; t--) {
            const ri = stackRow[t]!;
            const cj = col[stackEdge[t]! - 1]!;
            rowToCol[ri] = cj;
            colToRow[cj] = ri;
          }
          size++;
          break;
        }
        if (layer[r] === layer[i]! + 1) {
          top++;
          stackRow[top] = r;
          stackEdge[top] = start[r]!;
        }
      }
    }
  }
}
