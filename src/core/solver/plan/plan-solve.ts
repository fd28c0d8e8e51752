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

/** Highest move cost tried (units): far above any fit and penalty, and costs stay inside Int32. */
export const MAX_MOVE_COST_UNITS = 2 ** 30;

export type SolveLoopResult =
  | {
      readonly kind: 'solved';
      readonly rowToCol: Int32Array;
      readonly moveCostUnits: number;
      readonly solves: PlanSolve[];
      readonly problem: PlanProblem;
    }
  | {
      readonly kind: 'infeasible';
      readonly detail: InfeasibleAssignment;
      readonly solves: PlanSolve[];
      readonly problem: PlanProblem;
    }
  /** Even the highest move cost leaves more moves than the limit; `rowToCol` is that solve. */
  | {
      readonly kind: 'move-limit';
      readonly rowToCol: Int32Array;
      readonly moves: number;
      readonly solves: PlanSolve[];
      readonly problem: PlanProblem;
    }
  | { readonly kind: 'cancelled'; readonly solves: PlanSolve[] };

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

export interface SolveLoopHooks {
  readonly shouldCancel?: () => boolean;
  readonly onSolve?: (solveNumber: number) => void;
  /** Milliseconds, for the solve times (core reads no clock); without it every time is 0. */
  readonly clock?: () => number;
}

/**
 * Solves at the scenario's move cost; while the plan has more moves than `maxMoves`, raises the move
 * cost (doubling, then interpolation and bisection to the unit) and solves again, with the moves rationed by tenure
 * (`costsFor`). The move count of an optimal plan does not grow when the move cost rises, so the
 * bisection finds the lowest move cost whose plan keeps the limit; that plan is returned (and is the
 * last solve).
 *
 * Every solve is optimal over ALL allowed pairs, not only the restricted set: after solving the
 * restricted problem it prices every other allowed pair against the duals, adds the negative ones
 * and solves again until none is left (column generation), and its certificate is checked on every
 * allowed pair. A restricted problem without a full assignment gets all the pairs of its Hall
 * violator before it is called infeasible.
 */
export function solveWithMoveLimit(
  restricted: RestrictedProblem,
  source: EligiblePairs,
  baseMoveCostUnits: number,
  maxMoves: number | null,
  hooks: SolveLoopHooks = {},
): SolveLoopResult {
  const solves: PlanSolve[] = [];
  const clock = hooks.clock ?? (() => 0);
  const run = (lambda: number, ration: boolean) => {
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
        cost: costsFor(problem, lambda, ration),
      };
      const r = solveSparseAssignment(inst, hooks.shouldCancel ? { shouldCancel: hooks.shouldCancel } : {});
      if (r.status === 'cancelled') return r;
      if (r.status === 'infeasible') {
        const members = r.side === 'row' ? r.witness.members : r.unmatched;
        if (timed(() => addAllPairsOf(source, restricted.pairs, members)) === 0) return r;
        restricted.changed();
        continue;
      }
      if (hooks.shouldCancel?.()) return { status: 'cancelled' as const };
      const priced = timed(() =>
        priceAndCertify(source, restricted.rows, restricted.pairs, r, lambda, ration),
      );
      if (priced.added > 0) {
        restricted.changed();
        continue;
      }
      const moves = countMoves(problem, r.rowToCol);
      solves.push({
        moveCostUnits: lambda,
        rationed: ration,
        objective: r.objective,
        moves,
        certificate: priced.certificate,
        seconds: (clock() - t0) / 1000,
        pricingRounds: round,
        pricingSeconds: pricing / 1000,
        pairsRestricted: problem.colIdx.length,
        pairsChecked: priced.certificate.pairsChecked ?? 0,
      });
      hooks.onSolve?.(solves.length);
      return { status: 'optimal' as const, rowToCol: r.rowToCol, moves };
    }
  };
  const fits = (m: number) => maxMoves === null || m <= maxMoves;

  const first = run(baseMoveCostUnits, false);
  if (first.status === 'cancelled') return { kind: 'cancelled', solves };
  if (first.status === 'infeasible')
    return { kind: 'infeasible', detail: first, solves, problem: restricted.problem };
  if (fits(first.moves))
    return {
      kind: 'solved',
      rowToCol: first.rowToCol,
      moveCostUnits: baseMoveCostUnits,
      solves,
      problem: restricted.problem,
    };

  let lo = baseMoveCostUnits;
  let movesLo = first.moves;
  let hi = Math.max(baseMoveCostUnits, SCORE_STEP);
  let best: { rowToCol: Int32Array; lambda: number; moves: number } | null = null;
  while (best === null) {
    hi = Math.min(hi * 2, MAX_MOVE_COST_UNITS);
    const r = run(hi, true);
    if (r.status !== 'optimal') return { kind: 'cancelled', solves };
    if (fits(r.moves)) best = { rowToCol: r.rowToCol, lambda: hi, moves: r.moves };
    else if (hi === MAX_MOVE_COST_UNITS)
      return {
        kind: 'move-limit',
        rowToCol: r.rowToCol,
        moves: r.moves,
        solves,
        problem: restricted.problem,
      };
    else [lo, movesLo] = [hi, r.moves];
  }
  // Narrow [lo, best] to adjacent move costs, alternating a guess interpolated on the move counts
  // (usually close: the count falls steadily once rationed) with plain bisection (the guarantee).
  for (let step = 0; best.lambda - lo > 1; step++) {
    const span = best.lambda - lo;
    const share = (movesLo - maxMoves!) / Math.max(movesLo - best.moves, 1);
    const guess = step % 2 === 0 ? lo + Math.round(span * share) : lo + Math.floor(span / 2);
    const mid = Math.min(Math.max(guess, lo + 1), best.lambda - 1);
    const r = run(mid, true);
    if (r.status !== 'optimal') return { kind: 'cancelled', solves };
    if (fits(r.moves)) best = { rowToCol: r.rowToCol, lambda: mid, moves: r.moves };
    else [lo, movesLo] = [mid, r.moves];
  }
  // The last solve in the list is the plan: solve the chosen move cost again when the bisection ended on another.
  if (solves.at(-1)!.moveCostUnits !== best.lambda) {
    const r = run(best.lambda, true);
    if (r.status !== 'optimal') return { kind: 'cancelled', solves };
    if (fits(r.moves)) best = { rowToCol: r.rowToCol, lambda: best.lambda, moves: r.moves };
    else {
      // A tie among optima (the pair set grew since): keep the plan found first, its solve last.
      const at = solves.findLastIndex((x) => x.moveCostUnits === best!.lambda && x.moves === best!.moves);
      solves.push(...solves.splice(at, 1));
    }
  }
  return {
    kind: 'solved',
    rowToCol: best.rowToCol,
    moveCostUnits: best.lambda,
    solves,
    problem: restricted.problem,
  };
}

/** First doubling step: one fit point in units. */
const SCORE_STEP = 10_000;

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
