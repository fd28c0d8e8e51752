import type { CandidateSource, FullGraph } from './cost-graph.js';

const INF = Number.POSITIVE_INFINITY;

/**
 * The pairs the solver currently knows, row by row, growing on demand. Row i holds exactly the pairs
 * of its full row with cost < threshold(i) (plus the source's always-present pairs), so every pair it
 * does not hold costs >= threshold(i). `expand(i)` fetches the next cost band of row i.
 *
 * Storage: one pool of (column, cost) entries; row i occupies pool[rowOff[i] .. + rowLen[i]) within a
 * capacity rowCap[i]. A row that outgrows its room moves to the end of the pool with twice the room,
 * so the pool stays within a small multiple of the pairs held.
 *
 * @example const g = new CandidateGraph(new PlainSource(inst, 8)); g.expand(3); // row 3 gets more pairs
 */
export class CandidateGraph {
  readonly n: number;
  readonly m: number;
  readonly ladder: Float64Array;
  /** Columns >= privateFrom are private dummies whose duals stay 0. */
  readonly privateFrom: number;
  readonly rowOff: Int32Array;
  readonly rowLen: Int32Array;
  readonly rowCap: Int32Array;
  /** Index into `ladder` of each row's threshold. */
  readonly level: Int32Array;
  /** Pool; replaced (copied into a larger array) when full. */
  col: Int32Array;
  cost: Float64Array;
  /** [entries of the pool in use] */
  private readonly used = new Int32Array(1);
  /**
   * Built on first use: the band graphs of a non-direct source by level, or at index 0 the full
   * graph of a direct one. (An array, not nullable fields: see `Csr`.)
   */
  private readonly graphs: (FullGraph | null)[];

  constructor(private readonly source: CandidateSource) {
    const g = source.initial();
    const { n, start } = g;
    this.n = n;
    this.m = source.m;
    this.ladder = source.ladder;
    this.privateFrom = source.privateFrom;
    this.graphs = Array.from(source.ladder, () => null);
    this.rowOff = start.slice(0, n);
    this.rowLen = new Int32Array(n);
    this.level = new Int32Array(n);
    for (let i = 0; i < n; i++) this.rowLen[i] = start[i + 1]! - start[i]!;
    this.rowCap = this.rowLen.slice();
    const pairs = start[n]!;
    const capacity = pairs + Math.max(pairs, 1024);
    this.col = new Int32Array(capacity);
    this.cost = new Float64Array(capacity);
    this.col.set(g.col.subarray(0, pairs));
    this.cost.set(g.cost.subarray(0, pairs));
    this.used[0] = pairs;
  }

  /** Every pair of row i not held costs at least this (+Infinity once the row is complete). */
  threshold(i: number): number {
    return this.ladder[this.level[i]!]!;
  }

  /** Pool entries in use (an upper bound on the pairs any search can relax). */
  inUse(): number {
    return this.used[0]!;
  }

  /**
   * Fetches the pairs of row i with threshold(i) <= cost < next threshold. The row may move in the
   * pool and the pool may be replaced: callers must re-read `col`, `cost` and `rowOff[i]`.
   */
  expand(i: number): void {
    const L = this.level[i]!;
    const lo = this.ladder[L]!;
    if (lo === INF) return;
    const hi = this.ladder[L + 1]!;
    this.level[i] = L + 1;
    const direct = this.source.direct;
    const slot = direct ? 0 : L;
    let g = this.graphs[slot] ?? null;
    if (g === null) {
      g = direct ? this.source.full() : this.source.band(L);
      this.graphs[slot] = g;
    }
    const { start, col, cost } = g;
    const from = start[i]!;
    const to = start[i + 1]!;
    // Direct rows hold every cost: count the band first. Band rows are the band already.
    let band = 0;
    if (direct) {
      for (let e = from; e < to; e++) {
        const c = cost[e]!;
        if (c >= lo && c < hi) band++;
      }
    } else {
      band = to - from;
    }
    const len = this.rowLen[i]!;
    if (this.rowCap[i]! < len + band) this.relocate(i, Math.max(2 * (len + band), 8));
    const pc = this.col;
    const pk = this.cost;
    let p = this.rowOff[i]! + len;
    for (let e = from; e < to && band > 0; e++) {
      const c = cost[e]!;
      if (c >= lo && c < hi) {
        pc[p] = col[e]!;
        pk[p++] = c;
        band--;
      }
    }
    this.rowLen[i] = p - this.rowOff[i]!;
  }

  /** Moves row i to the end of the pool with room for `cap` entries, growing the pool if needed. */
  private relocate(i: number, cap: number): void {
    const used = this.used[0]!;
    if (used + cap > this.col.length) {
      const size = Math.max(2 * this.col.length, used + cap);
      const col = new Int32Array(size);
      col.set(this.col.subarray(0, used));
      const cost = new Float64Array(size);
      cost.set(this.cost.subarray(0, used));
      this.col = col;
      this.cost = cost;
    }
    const off = this.rowOff[i]!;
    const len = this.rowLen[i]!;
    this.col.copyWithin(used, off, off + len);
    this.cost.copyWithin(used, off, off + len);
    this.rowOff[i] = used;
    this.rowCap[i] = cap;
    this.used[0] = used + cap;
  }
}
