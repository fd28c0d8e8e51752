import type { AssignmentInstance } from './assignment-types.js';

/**
 * The "stay" structure: every vertex of the smaller side S owns a private partner on the larger side
 * L (an L-vertex with exactly one allowed pair), e.g. an employee's "stay in the current post"
 * column. Indices are in S/L terms; `sIsRows` says whether S is the instance's rows. (A class, not a
 * literal: see `Csr`.)
 */
export class StayStructure {
  constructor(
    readonly sIsRows: boolean,
    /** |S| and |L|. */
    readonly n: number,
    readonly m: number,
    /** Cost of the cheapest private partner of each S-vertex (s_i) and that partner. */
    readonly stayCost: Float64Array,
    readonly stayPartner: Int32Array,
    /** L-vertices with two or more allowed pairs, ascending, and the inverse map (-1 = none). */
    readonly shared: Int32Array,
    readonly sharedIndex: Int32Array,
  ) {}
}

/**
 * Detects the stay structure, or returns null when some S-vertex has no private partner or when
 * the reduction would not shrink the problem (as many shared L-vertices as S-vertices).
 *
 * Why: with it, an optimal assignment is "everyone stays, except for the shared L-vertices that are
 * filled", so only the shared L-vertices need augmenting paths (the outside-option reduction).
 *
 * @example detectStayStructure(civilInstance) // -> { n: 3000, shared: 1500 positions, ... }
 */
export function detectStayStructure(inst: AssignmentInstance): StayStructure | null {
  const { rows, cols, rowStart, colIdx, cost } = inst;
  if (rows === cols || rows === 0 || cols === 0) return null;
  const sIsRows = rows < cols;
  const n = sIsRows ? rows : cols;
  const m = sIsRows ? cols : rows;
  const pairs = rowStart[rows]!;
  if (!sIsRows && !fewSharedRows(rows, rowStart, n)) return null;
  // Degree of every L-vertex.
  const degree = new Int32Array(m);
  if (sIsRows) {
    for (let e = 0; e < pairs; e++) degree[colIdx[e]!]!++;
  } else {
    for (let i = 0; i < rows; i++) degree[i] = rowStart[i + 1]! - rowStart[i]!;
  }
  let nShared = 0;
  for (let l = 0; l < m; l++) if (degree[l]! > 1) nShared++;
  if (nShared >= n) return null;
  const stayCost = new Float64Array(n).fill(Number.POSITIVE_INFINITY);
  const stayPartner = new Int32Array(n).fill(-1);
  if (sIsRows) cheapestPrivateOfRows(rows, rowStart, colIdx, cost, degree, stayCost, stayPartner);
  else cheapestPrivateOfCols(rows, rowStart, colIdx, cost, degree, stayCost, stayPartner);
  for (let s = 0; s < n; s++) if (stayPartner[s]! < 0) return null;
  const shared = new Int32Array(nShared);
  const sharedIndex = new Int32Array(m).fill(-1);
  let k = 0;
  for (let l = 0; l < m; l++) {
    if (degree[l]! > 1) {
      shared[k] = l;
      sharedIndex[l] = k++;
    }
  }
  return new StayStructure(sIsRows, n, m, stayCost, stayPartner, shared, sharedIndex);
}

/** L = rows: fewer than n rows with two or more pairs? (Stops counting at n: no allocation, no full pass.) */
function fewSharedRows(rows: number, rowStart: Int32Array, n: number): boolean {
  let shared = 0;
  for (let i = 0; i < rows && shared < n; i++) if (rowStart[i + 1]! - rowStart[i]! > 1) shared++;
  return shared < n;
}

/** S = rows: the cheapest pair of each row whose column has degree 1 (ties: the lower column). */
function cheapestPrivateOfRows(
  rows: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
  degree: Int32Array,
  stayCost: Float64Array,
  stayPartner: Int32Array,
): void {
  for (let i = 0; i < rows; i++) {
    const end = rowStart[i + 1]!;
    let best = stayCost[i]!;
    let partner = -1;
    for (let e = rowStart[i]!; e < end; e++) {
      const j = colIdx[e]!;
      if (degree[j] === 1 && cost[e]! < best) {
        best = cost[e]!;
        partner = j;
      }
    }
    stayCost[i] = best;
    stayPartner[i] = partner;
  }
}

/** S = columns: the cheapest degree-1 row of each column (ties: the lower row). */
function cheapestPrivateOfCols(
  rows: number,
  rowStart: Int32Array,
  colIdx: Int32Array,
  cost: Float64Array | Int32Array,
  degree: Int32Array,
  stayCost: Float64Array,
  stayPartner: Int32Array,
): void {
  for (let l = 0; l < rows; l++) {
    if (degree[l] !== 1) continue;
    const e = rowStart[l]!;
    const s = colIdx[e]!;
    if (cost[e]! < stayCost[s]!) {
      stayCost[s] = cost[e]!;
      stayPartner[s] = l;
    }
  }
}
