/**
 * A graph in CSR form with double costs: rows 0..n-1, columns 0..m-1. The solver's rows are always
 * the side that must be fully matched (n <= m).
 */
export interface CostGraph {
  readonly n: number;
  readonly m: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
}

/** The complete pairs of each row (costs may stay in the instance's own Int32Array). */
export interface FullGraph {
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array | Int32Array;
}

/**
 * Where the solver's pairs come from. `initial` holds, for every row, the pairs of cost below
 * ladder[0] (plus pairs that must always be present, e.g. dummies); a row then fetches its next cost
 * band ladder[k] <= c < ladder[k+1] on demand - by filtering its row of `full()` when the source is
 * `direct` (the instance's own rows, nothing to build), else from `band(k)`, built once per level.
 *
 * Why: an optimal assignment uses few, cheap pairs. Starting from the cheapest and letting only the
 * rows whose searches need it fetch more keeps the searches small on dense and large instances, and
 * building bands (not the whole transposed graph) keeps the fetching cheap.
 */
export interface CandidateSource {
  readonly n: number;
  readonly m: number;
  /** Ascending thresholds ending with +Infinity. */
  readonly ladder: Float64Array;
  /**
   * Columns from here on are private dummies (column privateFrom + i belongs to row i only); their
   * duals must stay 0 (see `StaySource`). m when there are none.
   */
  readonly privateFrom: number;
  /** True when `full()` costs nothing (it is the instance itself). */
  readonly direct: boolean;
  initial(): CostGraph;
  band(level: number): FullGraph;
  /** Every pair (no dummies); used by direct expansion and to explain infeasibility. */
  full(): FullGraph;
}

/**
 * A graph value. Solver objects are class instances rather than object literals on purpose: V8
 * creates a literal's boilerplate on its second evaluation, which generalises the field types and
 * throws away the optimised code of every hot loop that reads the object - once per solve.
 */
export class Csr implements CostGraph {
  constructor(
    readonly n: number,
    readonly m: number,
    readonly start: Int32Array,
    readonly col: Int32Array,
    readonly cost: Float64Array,
  ) {}
}

/**
 * A matching with duals. Invariants kept by every phase of the solver: c_ij - u_i - v_j >= 0 on
 * every pair (including pairs not fetched yet), = 0 on matched pairs; v_j <= 0, and v_j = 0 on
 * unmatched columns (u_i of an unmatched row is meaningless until the row is matched).
 */
export class MatchingState {
  readonly rowToCol: Int32Array;
  readonly colToRow: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
  constructor(n: number, m: number) {
    this.rowToCol = new Int32Array(n).fill(-1);
    this.colToRow = new Int32Array(m).fill(-1);
    this.u = new Float64Array(n);
    this.v = new Float64Array(m);
  }
}
