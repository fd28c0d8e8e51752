import type { CandidateGraph } from './candidate-graph.js';
import type { MatchingState } from './cost-graph.js';

const INF = Number.POSITIVE_INFINITY;
const NO_PATH = -1;
// Slots of PathSearch.ints / .reals: numbers live in typed arrays, not fields, because a field
// switching between small-integer and double representation discards the optimised code.
const I_TOUCHED = 0;
const I_SCANNED = 1;
const I_SIZE = 2;
const I_BEST = 3;
const I_ROW = 4;
const I_FROM = 5;
const I_TO = 6;
const I_ROOT = 7;
const R_DCUR = 0;
const R_BEST = 1;
const R_H = 2;

/**
 * One Dijkstra search for a shortest augmenting path from a free row, on reduced costs
 * c_ij - u_i - v_j >= 0, with a binary heap of (distance, column) entries (stale entries skipped on
 * pop; nothing at or past the nearest free column is pushed, as it could only end the search - on the
 * bench that cuts pushes 2.5-6.5x), and the dual update plus path flip that follow. Work arrays are
 * allocated once and reset sparsely, so a search costs O(pairs it relaxes * log) however large the graph.
 *
 * Pairs not fetched yet: a row reached at offset h (= its column's distance - u_i) holds every pair
 * of cost < threshold(i), and v <= 0, so its missing pairs reach no column closer than
 * h + threshold(i). That bound goes into the heap as an event (entry m + i); if it is popped before
 * the search ends, the search pauses, row i fetches its next cost band, and `resume` goes on -
 * exact, lazily.
 *
 * Kept as a class whose hot loop runs every statement on the common path and keeps numbers in
 * typed arrays rather than fields: V8 then optimises it early and keeps the optimised code. The whole
 * search, augmentation included, is that one loop function (`run`): in a one-shot solve the second
 * solve is fast only if V8 finished optimising it during the first, and each further hot function
 * competes for the same background compiler (bench/README.md, "Cold solves").
 */
export class PathSearch {
  static readonly NO_PATH = NO_PATH;

  private readonly dist: Float64Array;
  private readonly pred: Int32Array;
  private readonly settled: Uint8Array;
  private readonly touched: Int32Array;
  private readonly scanned: Int32Array;
  /** Offset h of each row reached by the current search. */
  private readonly hRow: Float64Array;
  /** Heap of (distance, column or m + row) entries. */
  private hk: Float64Array;
  private hc: Int32Array;
  /** Search state between `run` calls (see the I_ and R_ slots). */
  private readonly ints = new Int32Array(8);
  private readonly reals = new Float64Array(4);

  constructor(
    private readonly g: CandidateGraph,
    private readonly st: MatchingState,
  ) {
    const m = g.m;
    this.dist = new Float64Array(m).fill(INF);
    this.pred = new Int32Array(m);
    this.settled = new Uint8Array(m);
    this.touched = new Int32Array(m);
    this.scanned = new Int32Array(m);
    this.hRow = new Float64Array(g.n);
    this.hk = new Float64Array(0);
    this.hc = new Int32Array(0);
    this.fitHeap(0);
  }

  /**
   * A search pushes at most one entry per pair held and one event per row scan or band fetched, so
   * this size never overflows; called again (keeping the `size` live entries) when rows grow.
   */
  private fitHeap(size: number): void {
    const need = this.g.inUse() + this.g.n * (this.g.ladder.length + 1) + 1;
    if (this.hk.length >= need) return;
    const cap = Math.max(need, 2 * this.hk.length);
    const hk = new Float64Array(cap);
    hk.set(this.hk.subarray(0, size));
    const hc = new Int32Array(cap);
    hc.set(this.hc.subarray(0, size));
    this.hk = hk;
    this.hc = hc;
  }

  /**
   * Starts a search from free row s. Returns the free column that ends a shortest augmenting path
   * (the duals are updated and the path flipped: s is matched), NO_PATH, or a value >= m: row
   * (value - m) must fetch its next cost band, then `resume(row)`.
   */
  search(s: number): number {
    const ints = this.ints;
    ints[I_ROOT] = s;
    ints[I_TOUCHED] = 0;
    ints[I_SCANNED] = 0;
    ints[I_SIZE] = 0;
    ints[I_BEST] = -1;
    ints[I_ROW] = s;
    ints[I_FROM] = this.g.rowOff[s]!;
    ints[I_TO] = ints[I_FROM]! + this.g.rowLen[s]!;
    const reals = this.reals;
    reals[R_DCUR] = -INF;
    reals[R_BEST] = INF;
    reals[R_H] = 0;
    this.hRow[s] = 0;
    return this.run();
  }

  /** Continues the search after row r fetched its next band (`CandidateGraph.expand`). */
  resume(r: number, lenBefore: number): number {
    this.fitHeap(this.ints[I_SIZE]!);
    const ints = this.ints;
    ints[I_ROW] = r;
    ints[I_FROM] = this.g.rowOff[r]! + lenBefore;
    ints[I_TO] = this.g.rowOff[r]! + this.g.rowLen[r]!;
    this.reals[R_H] = this.hRow[r]!;
    return this.run();
  }

  /**
   * The Dijkstra loop, entered with a row range to relax and left at the sink, when nothing is left,
   * or at a row event (the state is kept in `ints` / `reals` so that `resume` can continue). Rows
   * fetch pairs outside this function: its optimised code then has no rarely taken branch.
   */
  private run(): number {
    const g = this.g;
    const m = g.m;
    const { rowOff, rowLen, level, ladder, col, cost } = g;
    const { colToRow, u, v } = this.st;
    const { dist, pred, settled, touched, scanned, hRow, hk, hc, ints, reals } = this;
    let nTouched = ints[I_TOUCHED]!;
    let nScanned = ints[I_SCANNED]!;
    let size = ints[I_SIZE]!;
    let i = ints[I_ROW]!;
    let from = ints[I_FROM]!;
    let to = ints[I_TO]!;
    let h = reals[R_H]!;
    let dCur = reals[R_DCUR]!;
    // Free columns stay out of the heap: only the nearest one matters (the search ends there), and
    // checking it first among equal distances saves scanning rows at the sink's own distance.
    let bestFree = ints[I_BEST]!;
    let bestFreeD = reals[R_BEST]!;
    let event = -1;
    for (;;) {
      for (let e = from; e < to; e++) {
        const k = col[e]!;
        const nd = h + cost[e]! - v[k]!;
        const old = dist[k]!;
        if (nd < old) {
          if (old === INF) touched[nTouched++] = k;
          dist[k] = nd;
          pred[k] = i;
          if (colToRow[k]! >= 0) {
            // An entry at or past the nearest free column would only be popped to end the search.
            if (nd < bestFreeD) size = heapPush(hk, hc, size, nd, k);
          } else if (nd < bestFreeD) {
            bestFree = k;
            bestFreeD = nd;
            if (nd <= dCur) break; // at the current minimum distance: nothing can beat it
          }
        }
      }
      if (bestFreeD <= dCur) break;
      const t = ladder[level[i]!]!;
      if (h + t < bestFreeD) size = heapPush(hk, hc, size, h + t, m + i);
      // Pop the nearest entry: a row event, or a column not settled yet (skip stale entries).
      let j = -1;
      while (size > 0) {
        const topK = hk[0]!;
        const topC = hc[0]!;
        size--;
        if (size > 0) {
          // The last entry sifts down from the root. (Written out here, its only use: a helper of its
          // own would be one more compile for V8 before a one-shot solve runs optimised.)
          const lk = hk[size]!;
          const lc = hc[size]!;
          let p = 0;
          for (;;) {
            let c = 2 * p + 1;
            if (c >= size) break;
            let ck = hk[c]!;
            if (c + 1 < size && hk[c + 1]! < ck) {
              c++;
              ck = hk[c]!;
            }
            if (lk <= ck) break;
            hk[p] = ck;
            hc[p] = hc[c]!;
            p = c;
          }
          hk[p] = lk;
          hc[p] = lc;
        }
        if (topC >= m || (topK === dist[topC]! && settled[topC] !== 1)) {
          j = topC;
          dCur = topK;
          break;
        }
      }
      // The nearest free column is no farther than anything left: it ends the path.
      if (j < 0 || bestFreeD <= dCur) break;
      if (j >= m) {
        event = j;
        break;
      }
      settled[j] = 1;
      scanned[nScanned++] = j;
      i = colToRow[j]!;
      h = dCur - u[i]!;
      hRow[i] = h;
      from = rowOff[i]!;
      to = from + rowLen[i]!;
    }
    // Saved on every exit (not only when the search pauses or fails): code that first runs after V8
    // optimised this function would throw the optimised code away.
    ints[I_TOUCHED] = nTouched;
    ints[I_SCANNED] = nScanned;
    ints[I_SIZE] = size;
    ints[I_BEST] = bestFree;
    reals[R_DCUR] = dCur;
    reals[R_BEST] = bestFreeD;
    if (event >= 0) return event;
    if (bestFree < 0) return NO_PATH;
    // The path ends at bestFree: dual update on the settled columns and their rows, flip the path,
    // forget the search. (Here rather than in a method of its own: one function for V8 to optimise.)
    const { rowToCol } = this.st;
    const s = ints[I_ROOT]!;
    u[s] = bestFreeD;
    for (let t = 0; t < nScanned; t++) {
      const j = scanned[t]!;
      const delta = bestFreeD - dist[j]!;
      v[j] = v[j]! - delta;
      const r = colToRow[j]!;
      u[r] = u[r]! + delta;
    }
    let j = bestFree;
    let r = -1;
    do {
      r = pred[j]!;
      const next = rowToCol[r]!;
      rowToCol[r] = j;
      colToRow[j] = r;
      j = next;
    } while (r !== s);
    for (let t = 0; t < nTouched; t++) {
      const k = touched[t]!;
      dist[k] = INF;
      settled[k] = 0;
    }
    ints[I_TOUCHED] = 0;
    return bestFree;
  }

  /** Forgets the last search (distances and marks of the columns it touched). */
  reset(): void {
    const { dist, settled, touched } = this;
    const nTouched = this.ints[I_TOUCHED]!;
    for (let t = 0; t < nTouched; t++) {
      const k = touched[t]!;
      dist[k] = INF;
      settled[k] = 0;
    }
    this.ints[I_TOUCHED] = 0;
  }

  /** After NO_PATH: the rows the search reached and the (fewer) columns they can use - a Hall violator. */
  reachedSets(s: number): { rows: number[]; cols: number[] } {
    const rows = [s];
    const cols: number[] = [];
    for (let t = 0; t < this.ints[I_SCANNED]!; t++) {
      const j = this.scanned[t]!;
      cols.push(j);
      rows.push(this.st.colToRow[j]!);
    }
    this.reset();
    return { rows, cols };
  }
}

/** Adds (key, value) to the heap of `size` entries; returns the new size. */
function heapPush(hk: Float64Array, hc: Int32Array, size: number, key: number, value: number): number {
  let p = size;
  while (p > 0) {
    const parent = (p - 1) >> 1;
    const pk = hk[parent]!;
    if (pk <= key) break;
    hk[p] = pk;
    hc[p] = hc[parent]!;
    p = parent;
  }
  hk[p] = key;
  hc[p] = value;
  return size + 1;
}
