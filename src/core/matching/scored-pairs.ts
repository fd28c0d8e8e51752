/** Bits of `ScoredPairs.status`. */
export const PAIR_WARN = 1;
/** The pair is the person's current post (the "stay" option); always kept. */
export const PAIR_STAY = 2;
/** At least one score component took its neutral value for lack of data. */
export const PAIR_NO_DATA = 4;

export interface ScoreAllPairsOptions {
  /** Best posts kept per person, besides the stay pair (default 50; Infinity keeps every eligible pair). */
  readonly topK?: number;
  /** Called with (people done, people) every 1,024 people and at the end. */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Eligible pairs in CSR form by person: row i is `rowStart[i] .. rowStart[i+1]-1`, posts ascending.
 * Indices are positions in the `candidates` and `posts` arrays given. The shape of the assignment
 * solver's instance: cost = 100 * SCORE_SCALE - scoreUnits, for example.
 */
export interface ScoredPairs {
  readonly employees: number;
  readonly positions: number;
  readonly rowStart: Int32Array;
  readonly employeeIndex: Int32Array;
  readonly positionIndex: Int32Array;
  /** Score x SCORE_SCALE, exact. */
  readonly scoreUnits: Int32Array;
  /** 0-100, equal to `explainFit(...).score` for the same pair. */
  readonly score: Float64Array;
  readonly status: Uint8Array;
}

export interface ScoringStats {
  /** Every (person, post) pair: employees x positions. */
  readonly pairsConsidered: number;
  /** Pairs a blocking rule excluded before any score was computed. */
  readonly pairsPruned: number;
  /** Eligible pairs that received a score. */
  readonly pairsScored: number;
  /** Pairs in the result (top-k per person plus stay pairs). */
  readonly pairsKept: number;
  readonly ruleGroups: number;
  readonly scoreGroups: number;
  /** Rule checks actually run (one per person, rule and post signature at most). */
  readonly ruleChecks: number;
  /** Score computations actually run (one per person and score group at most). */
  readonly scoreComputations: number;
}
