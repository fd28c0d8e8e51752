import type { AssignmentInstance } from './assignment-types.js';
import { type CandidateSource, type CostGraph, Csr, type FullGraph } from './cost-graph.js';
import { CostSample } from './cost-sample.js';
import { groupPairs } from './group-pairs.js';

/** Cost sample: BLOCKS runs of RUN consecutive pairs, spread evenly (few cache misses, many values). */
const BLOCKS = 256;
const RUN = 8;

/**
 * Candidate graphs of an instance as it is, oriented so that the rows of every graph are the smaller
 * side: rows as they are when rows <= cols (direct: a row's further pairs are read from the instance),
 * else the columns (filtered counting-sort transposes, so only the pairs of a band are ever moved).
 *
 * A class, not an object of closures: V8's optimised code speculates on the functions it calls, and
 * fresh closures per solve would throw that code away at every solve.
 *
 * @example new PlainSource(inst, 8).initial() // -> the pairs below ladder[0], smaller side as rows
 */
export class PlainSource implements CandidateSource {
  readonly n: number;
  readonly m: number;
  readonly ladder: Float64Array;
  readonly privateFrom: number;
  readonly direct: boolean;
  private readonly sample: CostSample;

  constructor(
    private readonly inst: AssignmentInstance,
    perRow: number,
  ) {
    const { rows, cols, rowStart, cost } = inst;
    const pairs = rowStart[rows]!;
    this.direct = rows <= cols;
    this.n = this.direct ? rows : cols;
    this.m = this.direct ? cols : rows;
    this.privateFrom = this.m;
    this.sample = new CostSample(sampleCosts(cost, pairs), pairs);
    this.ladder = this.sample.ladder(this.n, perRow);
  }

  initial(): CostGraph {
    const t = this.ladder[0]!;
    return this.direct ? this.rowsBelow(t) : this.transposeBand(Number.NEGATIVE_INFINITY, t);
  }

  band(level: number): FullGraph {
    return this.transposeBand(this.ladder[level]!, this.ladder[level + 1]!);
  }

  /** Direct sources: the instance's own rows, costs as stored (no copy). */
  full(): FullGraph {
    const { rowStart, colIdx, cost } = this.inst;
    if (this.direct) return new InstanceRows(rowStart, colIdx, cost);
    return this.transposeBand(Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY);
  }

  /** Rows as they are, keeping the pairs of cost < t (buffers sized by the sample's estimate). */
  private rowsBelow(t: number): CostGraph {
    const { rows, cols, rowStart, colIdx, cost } = this.inst;
    const pairs = rowStart[rows]!;
    const start = new Int32Array(rows + 1);
    let cap = this.sample.capacity(Number.NEGATIVE_INFINITY, t);
    for (;;) {
      const col = new Int32Array(cap);
      const c = new Float64Array(cap);
      // Every pair allowed (columns are unique and in range, so the row is 0..cols-1): skip colIdx.
      const kept =
        pairs === rows * cols
          ? filterDenseRows(rows, cols, cost, t, cap, start, col, c)
          : filterRows(rows, rowStart, colIdx, cost, t, cap, start, col, c);
      if (kept >= 0) return new Csr(rows, cols, start, col.subarray(0, kept), c.subarray(0, kept));
      cap = countBand(pairs, cost, Number.NEGATIVE_INFINITY, t);
    }
  }

  /**
   * Columns as rows, keeping the pairs with lo <= cost < hi: one pass collects them (buffers sized by
   * the sample's estimate), `groupPairs` sorts only those; an exact count first if the band is larger.
   */
  private transposeBand(lo: number, hi: number): CostGraph {
    const { rows, cols, rowStart, colIdx, cost } = this.inst;
    const counts = new Int32Array(cols + 1);
    let cap = this.sample.capacity(lo, hi);
    let rowOf = new Int32Array(cap);
    let colOf = new Int32Array(cap);
    let costOf = new Float64Array(cap);
    let kept = collectColumns(rows, rowStart, colIdx, cost, lo, hi, cap, counts, rowOf, colOf, costOf);
    if (kept < 0) {
      cap = countBand(rowStart[rows]!, cost, lo, hi);
      rowOf = new Int32Array(cap);
      colOf = new Int32Array(cap);
      costOf = new Float64Array(cap);
      counts.fill(0);
      kept = collectColumns(rows, rowStart, colIdx, cost, lo, hi, cap, counts, rowOf, colOf, costOf);
    }
    return groupPairs(cols, rows, counts, kept, rowOf, colOf, costOf, false);
  }
}

/** A `FullGraph` view of the instance arrays. */
class InstanceRows implements FullGraph {
  constructor(
    readonly start: Int32Array,
    readonly col: Int32Array,
    readonly cost: Float64Array | Int32Array,
  ) {}
}

/** An evenly spread sample of the pair costs. */
function sampleCosts(cost: Float64Array | Int32Array, pairs: number): Float64Array {
  if (pairs <= BLOCKS * RUN) return Float64Array.from(cost.subarray(0, pairs));
  const sample = new Float64Array(BLOCKS * RUN);
  // Block copies by the typed-array built-ins: as fast before V8 has optimised anything.
  for (let b = 0; b < BLOCKS; b++) {
    const from = Math.floor((b * (pairs - RUN)) / (BLOCKS - 1));
    sample.set(cost.subarray(from, from + RUN), b * RUN);
  }
  return sample;
}

/** Copies the pairs of cost < t row by row into (start, col, c); returns how many, or -1 past `cap`. */
function filterRows(
  rows: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
  t: number,
  cap: number,
  start: Int32Array,
  col: Int32Array,
  c: Float64Array,
): number {
  let p = 0;
  for (let i = 0; i < rows; i++) {
    const end = rowStart[i + 1]!;
    for (let e = rowStart[i]!; e < end; e++) {
      const x = cost[e]!;
      if (x < t) {
        if (p === cap) return -1;
        col[p] = colIdx[e]!;
        c[p++] = x;
      }
    }
    start[i + 1] = p;
  }
  return p;
}

/** `filterRows` for a complete instance: the column of pair e of row i is e - i * cols. */
function filterDenseRows(
  rows: number,
  cols: number,
  cost: Float64Array | Int32Array,
  t: number,
  cap: number,
  start: Int32Array,
  col: Int32Array,
  c: Float64Array,
): number {
  let p = 0;
  for (let i = 0; i < rows; i++) {
    const base = i * cols;
    for (let j = 0; j < cols; j++) {
      const x = cost[base + j]!;
      if (x < t) {
        if (p === cap) return -1;
        col[p] = j;
        c[p++] = x;
      }
    }
    start[i + 1] = p;
  }
  return p;
}

/**
 * Collects the pairs with lo <= cost < hi as (column, row, cost), counts[j + 1] counting column j;
 * returns how many, or -1 as soon as more than `cap` would be needed.
 *
 * One flat loop over the costs (the row is only looked up for a kept pair): few bytecodes per pair,
 * so the pass is cheap even before V8 has optimised it, which in a one-shot solve it may never be.
 */
function collectColumns(
  rows: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
  lo: number,
  hi: number,
  cap: number,
  counts: Int32Array,
  rowOf: Int32Array,
  colOf: Int32Array,
  costOf: Float64Array,
): number {
  const pairs = rowStart[rows]!;
  let p = 0;
  let i = 0;
  for (let e = 0; e < pairs; e++) {
    const x = cost[e]!;
    if (x < hi && x >= lo) {
      if (p === cap) return -1;
      while (rowStart[i + 1]! <= e) i++;
      const j = colIdx[e]!;
      counts[j + 1]!++;
      rowOf[p] = j;
      colOf[p] = i;
      costOf[p++] = x;
    }
  }
  return p;
}

/** Number of pairs with lo <= cost < hi. */
function countBand(pairs: number, cost: Float64Array | Int32Array, lo: number, hi: number): number {
  let k = 0;
  for (let e = 0; e < pairs; e++) {
    const x = cost[e]!;
    if (x < hi && x >= lo) k++;
  }
  return k;
}
