import type { InfeasibleAssignment } from '../assignment-types.js';
import {
  type CertifiedSolveHooks,
  certifiedSolve,
  countMoves,
  isMove,
  RestrictedProblem,
} from './plan-certified-solve.js';
import type { EligiblePairs } from './plan-pairs.js';
import type { PlanProblem } from './plan-problem.js';
import type { PlanSolve } from './plan-types.js';

export { countMoves, isMove, RestrictedProblem };

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

export interface SolveLoopHooks extends CertifiedSolveHooks {
  readonly onSolve?: (solveNumber: number) => void;
}

/**
 * Solves at the scenario's move cost; while the plan has more moves than `maxMoves`, raises the move
 * cost (doubling, then interpolation and bisection to the unit) and solves again, with the moves rationed by tenure
 * (`costsFor`). The move count of an optimal plan does not grow when the move cost rises, so the
 * bisection finds the lowest move cost whose plan keeps the limit; that plan is returned (and is the
 * last solve).
 *
 * Every solve is optimal over ALL allowed pairs, not only the restricted set, and its certificate
 * is checked on every allowed pair (`certifiedSolve`). What the plan proves about the move limit
 * itself (the rationed plan is not always the limit's optimum) is `plan-bound.ts`'s business.
 */
export function solveWithMoveLimit(
  restricted: RestrictedProblem,
  source: EligiblePairs,
  baseMoveCostUnits: number,
  maxMoves: number | null,
  hooks: SolveLoopHooks = {},
): SolveLoopResult {
  const solves: PlanSolve[] = [];
  const run = (lambda: number, ration: boolean) => {
    const r = certifiedSolve(restricted, source, lambda, ration, hooks);
    if (r.status !== 'optimal') return r;
    solves.push(r.solve);
    hooks.onSolve?.(solves.length);
    return r;
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
