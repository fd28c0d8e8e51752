import type { AssignmentInstance } from './assignment-types.js';
import { type CandidateSource, type CostGraph, Csr, type FullGraph } from './cost-graph.js';
import { CostSample } from './cost-sample.js';
import { groupPairs } from './group-pairs.js';
import type { StayStructure } from './stay-structure.js';

const SAMPLE = 4096;
const INF = Number.POSITIVE_INFINITY;

/**
 * Candidate graphs of the outside-option reduction (bench README, "csgraph_stay"): rows are the K
 * shared L-vertices, columns are the n S-vertices followed by K private "vacant" dummies (row p's
 * dummy is column n + p, cost 0). A pair (s, l) becomes c' = c - stayCost[s] and is kept only when
 * c' < 0: otherwise staying is at least as good, so the pair is never needed.
 *
 * The dummy of row p is reachable from p only, so it never is an inner column of a search and its
 * dual stays 0 (augmenting row reduction is told not to lower it): hence u_p <= 0 for every row and
 * u_p = 0 for vacant ones - exactly the signs the original problem's certificate needs.
 *
 * A class for the same reason as `PlainSource`.
 *
 * @example new StaySource(inst, detectStayStructure(inst)!, 8).initial() // -> K x (n + K) graph
 */
export class StaySource implements CandidateSource {
  readonly n: number;
  readonly m: number;
  readonly ladder: Float64Array;
  readonly privateFrom: number;
  readonly direct = false;
  private readonly sample: CostSample;

  constructor(
    private readonly inst: AssignmentInstance,
    private readonly stay: StayStructure,
    perRow: number,
  ) {
    const K = stay.shared.length;
    this.sample = sampleReducedCosts(inst, stay);
    const steps = Array.from(this.sample.ladder(K, perRow)).filter((t) => t < 0);
    this.ladder = Float64Array.from([...steps, INF]);
    this.n = K;
    this.m = stay.n + K;
    this.privateFrom = stay.n;
  }

  initial(): CostGraph {
    return this.build(-INF, this.ladder[0]!, true);
  }

  band(level: number): FullGraph {
    return this.build(this.ladder[level]!, this.ladder[level + 1]!, false);
  }

  full(): FullGraph {
    return this.build(-INF, 0, false);
  }

  /** Reduced pairs with lo <= c' < min(hi, 0); dummies only in the initial graph. */
  private build(lo: number, hi: number, dummies: boolean): CostGraph {
    const { inst, stay } = this;
    const top = Math.min(hi, 0);
    return stay.sIsRows
      ? buildFromSRows(inst, stay, lo, top, dummies, this.sample.capacity(lo, top))
      : buildFromLRows(inst, stay, lo, top, dummies);
  }
}

/** Reduced costs c' < 0 of an evenly spread sample of the pairs, standing for the estimated c' < 0 pairs. */
function sampleReducedCosts(inst: AssignmentInstance, stay: StayStructure): CostSample {
  const { rows, rowStart, colIdx, cost } = inst;
  const { sIsRows, sharedIndex, stayCost } = stay;
  const pairs = rowStart[rows]!;
  const step = Math.max(1, Math.floor(pairs / SAMPLE));
  const out: number[] = [];
  let looked = 0;
  for (let e = 0, i = 0; e < pairs; e += step) {
    while (rowStart[i + 1]! <= e) i++;
    const s = sIsRows ? i : colIdx[e]!;
    const l = sIsRows ? colIdx[e]! : i;
    if (sharedIndex[l]! < 0) continue;
    looked++;
    const c = cost[e]! - stayCost[s]!;
    if (c < 0) out.push(c);
  }
  const kept = looked === 0 ? 0 : Math.round((out.length / looked) * pairs);
  return new CostSample(Float64Array.from(out), kept);
}

/** S = instance rows: the band's pairs on shared columns, grouped by shared column (`groupPairs`). */
function buildFromSRows(
  inst: AssignmentInstance,
  stay: StayStructure,
  lo: number,
  hi: number,
  dummies: boolean,
  estimate: number,
): CostGraph {
  const { rows, rowStart, colIdx, cost } = inst;
  const { stayCost, sharedIndex } = stay;
  const K = stay.shared.length;
  const counts = new Int32Array(K + 1);
  let cap = Math.min(estimate, rowStart[rows]!);
  for (;;) {
    const rowOf = new Int32Array(cap);
    const colOf = new Int32Array(cap);
    const costOf = new Float64Array(cap);
    const kept = collectShared(
      rows,
      rowStart,
      colIdx,
      cost,
      stayCost,
      sharedIndex,
      lo,
      hi,
      cap,
      counts,
      rowOf,
      colOf,
      costOf,
    );
    if (kept >= 0) return groupPairs(K, stay.n + K, counts, kept, rowOf, colOf, costOf, dummies);
    // Larger than estimated: all pairs fit.
    cap = rowStart[rows]!;
    counts.fill(0);
  }
}

/**
 * Collects (shared index, row, c - stayCost[row]) for the pairs with lo <= c - stayCost[row] < hi;
 * returns how many, or -1 as soon as more than `cap` would be needed.
 */
function collectShared(
  rows: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
  stayCost: Float64Array,
  sharedIndex: Int32Array,
  lo: number,
  hi: number,
  cap: number,
  counts: Int32Array,
  rowOf: Int32Array,
  colOf: Int32Array,
  costOf: Float64Array,
): number {
  let q = 0;
  for (let i = 0; i < rows; i++) {
    const end = rowStart[i + 1]!;
    const sc = stayCost[i]!;
    const a = lo + sc;
    const b = hi + sc;
    for (let e = rowStart[i]!; e < end; e++) {
      const x = cost[e]!;
      if (x < b && x >= a) {
        const p = sharedIndex[colIdx[e]!]!;
        if (p >= 0) {
          if (q === cap) return -1;
          counts[p + 1]!++;
          rowOf[q] = p;
          colOf[q] = i;
          costOf[q++] = x - sc;
        }
      }
    }
  }
  return q;
}

/** S = instance columns: the shared rows, filtered. */
function buildFromLRows(
  inst: AssignmentInstance,
  stay: StayStructure,
  lo: number,
  hi: number,
  dummies: boolean,
): CostGraph {
  const { rowStart, colIdx, cost } = inst;
  const { shared, stayCost, n } = stay;
  const K = shared.length;
  const start = new Int32Array(K + 1);
  let total = dummies ? K : 0;
  for (let p = 0; p < K; p++) {
    const l = shared[p]!;
    for (let e = rowStart[l]!; e < rowStart[l + 1]!; e++) {
      const x = cost[e]! - stayCost[colIdx[e]!]!;
      if (x < hi && x >= lo) total++;
    }
  }
  const col = new Int32Array(total);
  const c = new Float64Array(total);
  let q = 0;
  for (let p = 0; p < K; p++) {
    const l = shared[p]!;
    for (let e = rowStart[l]!; e < rowStart[l + 1]!; e++) {
      const s = colIdx[e]!;
      const x = cost[e]! - stayCost[s]!;
      if (x < hi && x >= lo) {
        col[q] = s;
        c[q++] = x;
      }
    }
    if (dummies) {
      col[q] = n + p;
      c[q++] = 0;
    }
    start[p + 1] = q;
  }
  return new Csr(K, n + K, start, col, c);
}
