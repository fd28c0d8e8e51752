import type { CostGraph, MatchingState } from './cost-graph.js';

/** How `augmentFreeRows` ended. */
export type AugmentOutcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'cancelled' }
  /** The search from freeRows[next] needs pairs at or above the threshold: raise it and resume. */
  | { readonly kind: 'needMore'; readonly next: number }
  /** No augmenting path from `row`: `rows` (incl. `row`) can reach only the `cols`, and |cols| < |rows|. */
  | { readonly kind: 'failed'; readonly row: number; readonly rows: number[]; readonly cols: number[] };

export interface AugmentHooks {
  readonly onProgress?: (done: number, total: number) => void;
  readonly shouldCancel?: () => boolean;
  /** Offset and total reported to onProgress (augmentations done before this call, overall total). */
  readonly progressBase?: number;
  readonly progressTotal?: number;
}

/**
 * Successive shortest augmenting paths (LAPJVsp style): for each free row, a Dijkstra over the
 * columns on reduced costs c_ij - u_i - v_j with a binary heap, stopped at the first free column;
 * then the duals of the finalised part are shifted and the path is flipped.
 *
 * Why this shape: on sparse data a search touches only the arcs of the rows it reaches, and with
 * many free columns (rectangular problems, reduced "stay" problems) it stops after a few steps, so
 * the total work is far below the O(n^2 m) of a dense Hungarian method. Duals only ever decrease on
 * columns, which keeps the rectangular certificate (v <= 0, v = 0 on free columns) for free.
 *
 * @example augmentFreeRows(graph, state, freeRows, freeRows.length) // -> { kind: 'done' }
 */
export function augmentFreeRows(
  g: CostGraph,
  st: MatchingState,
  freeRows: Int32Array,
  count: number,
  threshold: number,
  hooks: AugmentHooks = {},
): AugmentOutcome {
  const { m, start, col, cost } = g;
  const { rowToCol, colToRow, u, v } = st;
  const dist = new Float64Array(m).fill(Number.POSITIVE_INFINITY);
  const pred = new Int32Array(m);
  const heap = new Int32Array(m);
  const heapPos = new Int32Array(m).fill(-1);
  const touched = new Int32Array(m);
  const scanned = new Int32Array(m);
  const base = hooks.progressBase ?? 0;
  const total = hooks.progressTotal ?? count;

  for (let f = 0; f < count; f++) {
    if ((f & 255) === 255 && hooks.shouldCancel?.()) return { kind: 'cancelled' };
    if ((f + base) % 1000 === 999) hooks.onProgress?.(f + base + 1, total);
    const s = freeRows[f]!;
    let nTouched = 0;
    let nScanned = 0;
    let heapSize = 0;
    let sink = -1;
    let dSink = 0;
    // Scan the free row: distances measured with u_s = 0.
    let i = s;
    let h = 0;
    let dCur = Number.NEGATIVE_INFINITY;
    // Pairs left out of g cost >= threshold, so from a row scanned at offset h they reach no column
    // closer than h + threshold (v <= 0): a search is exact while it stays at or below `bound`.
    let bound = threshold;
    let uncertain = false;
    for (;;) {
      const end = start[i + 1]!;
      for (let e = start[i]!; e < end; e++) {
        const k = col[e]!;
        const nd = h + cost[e]! - v[k]!;
        const old = dist[k]!;
        if (nd < old) {
          if (colToRow[k]! < 0 && nd <= dCur) {
            // A free column at the current minimum distance: nothing can beat it.
            if (old === Number.POSITIVE_INFINITY) touched[nTouched++] = k;
            dist[k] = nd;
            pred[k] = i;
            sink = k;
            dSink = nd;
            break;
          }
          dist[k] = nd;
          pred[k] = i;
          let p = heapPos[k]!;
          if (p < 0) {
            if (old === Number.POSITIVE_INFINITY) touched[nTouched++] = k;
            p = heapSize++;
          }
          // sift up
          while (p > 0) {
            const parent = (p - 1) >> 1;
            const pc = heap[parent]!;
            if (dist[pc]! <= nd) break;
            heap[p] = pc;
            heapPos[pc] = p;
            p = parent;
          }
          heap[p] = k;
          heapPos[k] = p;
        }
      }
      if (sink >= 0) break;
      if (heapSize === 0) {
        uncertain = bound !== Number.POSITIVE_INFINITY;
        break;
      }
      // pop min
      const j = heap[0]!;
      heapPos[j] = -2;
      heapSize--;
      if (heapSize > 0) {
        const last = heap[heapSize]!;
        const dl = dist[last]!;
        let p = 0;
        for (;;) {
          let c = 2 * p + 1;
          if (c >= heapSize) break;
          let cc = heap[c]!;
          let dc = dist[cc]!;
          if (c + 1 < heapSize) {
            const c2 = heap[c + 1]!;
            const d2 = dist[c2]!;
            if (d2 < dc) {
              c++;
              cc = c2;
              dc = d2;
            }
          }
          if (dl <= dc) break;
          heap[p] = cc;
          heapPos[cc] = p;
          p = c;
        }
        heap[p] = last;
        heapPos[last] = p;
      }
      dCur = dist[j]!;
      if (dCur > bound) {
        uncertain = true;
        break;
      }
      const owner = colToRow[j]!;
      if (owner < 0) {
        sink = j;
        dSink = dCur;
        break;
      }
      scanned[nScanned++] = j;
      i = owner;
      h = dCur - u[i]!;
      if (h + threshold < bound) bound = h + threshold;
    }
    if (uncertain || (sink >= 0 && dSink > bound)) {
      resetWork(dist, heapPos, touched, nTouched);
      return { kind: 'needMore', next: f };
    }

    if (sink < 0) {
      const rows = [s];
      const cols: number[] = [];
      for (let t = 0; t < nScanned; t++) {
        cols.push(scanned[t]!);
        rows.push(colToRow[scanned[t]!]!);
      }
      return { kind: 'failed', row: s, rows, cols };
    }

    // Dual update on the finalised columns and the rows matched to them.
    u[s] = dSink;
    for (let t = 0; t < nScanned; t++) {
      const j = scanned[t]!;
      const delta = dSink - dist[j]!;
      v[j] = v[j]! - delta;
      const r = colToRow[j]!;
      u[r] = u[r]! + delta;
    }
    // Flip the path.
    let j = sink;
    for (;;) {
      const r = pred[j]!;
      const next = rowToCol[r]!;
      rowToCol[r] = j;
      colToRow[j] = r;
      if (r === s) break;
      j = next;
    }
    resetWork(dist, heapPos, touched, nTouched);
  }
  return { kind: 'done' };
}

function resetWork(dist: Float64Array, heapPos: Int32Array, touched: Int32Array, nTouched: number): void {
  for (let t = 0; t < nTouched; t++) {
    const k = touched[t]!;
    dist[k] = Number.POSITIVE_INFINITY;
    heapPos[k] = -1;
  }
}
