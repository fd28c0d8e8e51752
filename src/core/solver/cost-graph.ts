/**
 * The solver's internal view of an instance: n "rows" that must all be matched (the smaller side,
 * n <= m) and m "columns", CSR with double costs. The public instance is turned into this shape by
 * `orientInstance` (possibly transposed) or by the stay reduction.
 */
export interface CostGraph {
  readonly n: number;
  readonly m: number;
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly cost: Float64Array;
}

/**
 * A matching with duals on a `CostGraph`. Invariants kept by every phase of the solver:
 * c_ij - u_i - v_j >= 0 on every pair, = 0 on matched pairs; v_j <= 0 and v_j = 0 on unmatched
 * columns (u_i of an unmatched row is meaningless until the row is matched).
 */
export interface MatchingState {
  readonly rowToCol: Int32Array;
  readonly colToRow: Int32Array;
  readonly u: Float64Array;
  readonly v: Float64Array;
}

/** An empty matching with zero duals. */
export function emptyMatchingState(n: number, m: number): MatchingState {
  return {
    rowToCol: new Int32Array(n).fill(-1),
    colToRow: new Int32Array(m).fill(-1),
    u: new Float64Array(n),
    v: new Float64Array(m),
  };
}
