/**
 * Shapes shared by the assignment solver, its certificate checker and the LAP1 reader.
 *
 * An instance is a rectangular cost matrix in CSR form: the allowed pairs of row i are the entries
 * `rowStart[i] .. rowStart[i+1]-1` of `colIdx` / `cost`, columns sorted ascending and unique. A pair
 * that is not listed is forbidden. Costs are integers with |cost| < 2^31, so every total below 2^53
 * is exact in a double.
 *
 * Semantics (LAP1): choose exactly min(rows, cols) allowed pairs, no row or column twice, minimising
 * the total cost.
 */
export interface AssignmentInstance {
  readonly rows: number;
  readonly cols: number;
  /** Length rows + 1; rowStart[rows] = number of allowed pairs. */
  readonly rowStart: Int32Array;
  /** Column of each allowed pair, ascending and unique within a row. */
  readonly colIdx: Int32Array;
  /** Integer cost of each allowed pair. */
  readonly cost: Float64Array | Int32Array;
}

/** Options of `solveSparseAssignment`. Both callbacks are optional and called rarely. */
export interface SolveOptions {
  /**
   * Called with (rows matched, rows to match): when the searches start, about every 1000
   * augmenting paths, and at the end (total, total).
   */
  readonly onProgress?: (done: number, total: number) => void;
  /** Polled before solving and every 256 augmenting paths; true stops the solve with status `cancelled`. */
  readonly shouldCancel?: () => boolean;
}

/**
 * An optimal assignment with its dual certificate (see `checkAssignmentCertificate` for the exact LP
 * and sign conventions the duals satisfy).
 */
export interface OptimalAssignment {
  readonly status: 'optimal';
  /** Column of each row, -1 when the row is unassigned (only possible when rows > cols). */
  readonly rowToCol: Int32Array;
  /** Row of each column, -1 when the column is unassigned (only possible when cols > rows). */
  readonly colToRow: Int32Array;
  /** Sum of the costs of the assigned pairs (exact integer). */
  readonly objective: number;
  /** Row duals. */
  readonly u: Float64Array;
  /** Column duals. */
  readonly v: Float64Array;
}

/**
 * No assignment of min(rows, cols) pairs exists. `side` is the side that must be fully matched (the
 * smaller one); `unmatched` lists the members of that side left out by a maximum matching, and
 * `witness` is a Hall violator: `members` (on `side`) whose allowed partners `neighbours` are fewer
 * than the members, which proves that no full matching exists.
 */
export interface InfeasibleAssignment {
  readonly status: 'infeasible';
  readonly side: 'row' | 'col';
  readonly unmatched: readonly number[];
  /** Size of a maximum matching; `required` = min(rows, cols). */
  readonly maxMatching: number;
  readonly required: number;
  readonly witness: { readonly members: readonly number[]; readonly neighbours: readonly number[] };
  /** Human-readable reason, e.g. "row 7 has no allowed pair". */
  readonly reason: string;
}

export interface CancelledAssignment {
  readonly status: 'cancelled';
}

export type AssignmentResult = OptimalAssignment | InfeasibleAssignment | CancelledAssignment;
