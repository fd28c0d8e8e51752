import type { AssignmentInstance, InfeasibleAssignment } from '../assignment-types.js';
import { solveSparseAssignment } from '../sparse-assignment.js';
import type { EligiblePairs } from './plan-pairs.js';
import { addAllPairsOf, priceAndCertify } from './plan-pricing.js';
import {
  buildProblem,
  costsFor,
  type PlanProblem,
  type PlanRows,
  type RowPairLists,
} from './plan-problem.js';
import type { PlanSolve } from './plan-types.js';

/**
 * The restricted pair set shared by the solves of a plan (it only grows: a pair that pricing added
 * for one move cost stays for the next) and its problem, rebuilt when pairs were added.
 */
export class RestrictedProblem {
  private built: PlanProblem | null = null;

  constructor(
    readonly rows: PlanRows,
    readonly pairs: RowPairLists,
  ) {}

  get problem(): PlanProblem {
    this.built ??= buildProblem(this.rows, this.pairs);
    return this.built;
  }

  changed(): void {
    this.built = null;
  }
}

export interface CertifiedSolveHooks {
  readonly shouldCancel?: () => boolean;
  /** Milliseconds, for the solve times (core reads no clock); without it every time is 0. */
  readonly clock?: () => number;
}

export type CertifiedSolveResult =
  | {
      readonly status: 'optimal';
      readonly rowToCol: Int32Array;
      readonly moves: number;
      /** The solve's record: its costs, objective and the certificate checked on every allowed pair. */
      readonly solve: PlanSolve;
    }
  | InfeasibleAssignment
  | { readonly status: 'cancelled' };

/**
 * One solve of the plan's problem at a move cost (units), optimal over ALL allowed pairs, not only
 * the restricted set: after solving the restricted problem it prices every other allowed pair
 * against the duals, adds the negative ones and solves again until none is left (column
 * generation), and its certificate is checked on every allowed pair. A restricted problem without a
 * full assignment gets all the pairs of its Hall violator before it is called infeasible.
 * `ration` adds each row's tenure rank to its move cost (`costsFor`).
 * @example certifiedSolve(restricted, source, 50_000, false).status // 'optimal'
 */
export function certifiedSolve(
  restricted: RestrictedProblem,
  source: EligiblePairs,
  moveCostUnits: number,
  ration: boolean,
  hooks: CertifiedSolveHooks = {},
): CertifiedSolveResult {
  const clock = hooks.clock ?? (() => 0);
  const t0 = clock();
  let pricing = 0;
  const timed = <T>(f: () => T): T => {
    const t = clock();
    const out = f();
    pricing += clock() - t;
    return out;
  };
  for (let round = 1; ; round++) {
    const problem = restricted.problem;
    const inst: AssignmentInstance = {
      rows: problem.rowStart.length - 1,
      cols: problem.colPost.length,
      rowStart: problem.rowStart,
      colIdx: problem.colIdx,
      cost: costsFor(problem, moveCostUnits, ration),
    };
    const r = solveSparseAssignment(inst, hooks.shouldCancel ? { shouldCancel: hooks.shouldCancel } : {});
    if (r.status === 'cancelled') return r;
    if (r.status === 'infeasible') {
      const members = r.side === 'row' ? r.witness.members : r.unmatched;
      if (timed(() => addAllPairsOf(source, restricted.pairs, members)) === 0) return r;
      restricted.changed();
      continue;
    }
    if (hooks.shouldCancel?.()) return { status: 'cancelled' };
    const priced = timed(() =>
      priceAndCertify(source, restricted.rows, restricted.pairs, r, moveCostUnits, ration),
    );
    if (priced.added > 0) {
      restricted.changed();
      continue;
    }
    const moves = countMoves(problem, r.rowToCol);
    return {
      status: 'optimal',
      rowToCol: r.rowToCol,
      moves,
      solve: {
        moveCostUnits,
        rationed: ration,
        objective: r.objective,
        moves,
        certificate: priced.certificate,
        seconds: (clock() - t0) / 1000,
        pricingRounds: round,
        pricingSeconds: pricing / 1000,
        pairsRestricted: problem.colIdx.length,
        pairsChecked: priced.certificate.pairsChecked ?? 0,
      },
    };
  }
}

/** Rows that left their own post (placements of people without a post are not moves). */
export function countMoves(problem: PlanProblem, rowToCol: Int32Array): number {
  let moves = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    if (isMove(problem, r, rowToCol[r]!)) moves++;
  }
  return moves;
}

export function isMove(problem: PlanProblem, r: number, col: number): boolean {
  return col >= 0 && problem.rowOwnPost[r]! >= 0 && problem.colPost[col] !== problem.rowOwnPost[r];
}
