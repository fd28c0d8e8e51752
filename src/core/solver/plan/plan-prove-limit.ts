import { type DualPoint, maximiseDual } from './plan-bound.js';
import { certifiedSolve, type RestrictedProblem } from './plan-certified-solve.js';
import { limitOptimality, scenarioCost } from './plan-optimality.js';
import type { EligiblePairs } from './plan-pairs.js';
import type { PlanProblem } from './plan-problem.js';
import { MAX_MOVE_COST_UNITS, type SolveLoopHooks } from './plan-solve.js';
import type { PlanOptimality, PlanSolve } from './plan-types.js';

/** Solves the dual search may add to a plan whose limit binds (each about as long as one plan solve). */
export const MAX_BOUND_SOLVES = 8;

export interface LimitProof {
  /** The final solve's certificate holds on every allowed pair. */
  readonly certified: boolean;
  readonly optimality: PlanOptimality;
  /** The solves of the dual search, in order (none when the limit does not bind). */
  readonly boundSolves: PlanSolve[];
}

/**
 * What the plan `loop` found proves about its scenario, move limit included (`plan-bound.ts`): when
 * the first solve broke the limit, certified solves without the tenure tie-break search the
 * Lagrangian bound, and the plan is PROVEN_OPTIMAL if the bound meets its scenario cost, BOUNDED
 * with the gap otherwise. Only solves whose certificate holds on every allowed pair count. The
 * solves share `restricted` with the plan (pricing may add pairs to it, never remove them).
 * @example proveLimit(restricted, source, loop, 50_000, 150).optimality.status // 'BOUNDED'
 */
export function proveLimit(
  restricted: RestrictedProblem,
  source: EligiblePairs,
  loop: {
    readonly rowToCol: Int32Array;
    readonly moveCostUnits: number;
    readonly solves: readonly PlanSolve[];
    readonly problem: PlanProblem;
  },
  baseMoveCostUnits: number,
  maxMoves: number | null,
  hooks: SolveLoopHooks = {},
): LimitProof | 'cancelled' {
  const covers = (s: PlanSolve) => s.certificate.holds && s.pairsChecked === source.seatTotal;
  const last = loop.solves.at(-1)!;
  const first = loop.solves[0]!;
  const binding = maxMoves !== null && loop.solves.length > 1;
  const certified = covers(last);
  const boundSolves: PlanSolve[] = [];
  const planCost = scenarioCost(loop.problem, loop.rowToCol, baseMoveCostUnits);
  let best: DualPoint | null = null;
  if (binding && certified && covers(first)) {
    const K = maxMoves;
    const search = maximiseDual(
      { extra: 0, value: first.objective, slope: first.moves - K },
      (extra) => {
        const r = certifiedSolve(restricted, source, baseMoveCostUnits + extra, false, hooks);
        if (r.status === 'cancelled') return 'cancelled';
        if (r.status === 'infeasible') return null;
        boundSolves.push(r.solve);
        hooks.onSolve?.(loop.solves.length + boundSolves.length);
        if (!covers(r.solve)) return null;
        return { extra, value: r.solve.objective - extra * K, slope: r.moves - K };
      },
      planCost,
      {
        start: loop.moveCostUnits - baseMoveCostUnits,
        // Rationing adds at most one unit per row to a move, so without it the plan's move cost plus
        // the rows' count usually keeps the limit already.
        step: loop.rowToCol.length,
        maxExtra: MAX_MOVE_COST_UNITS - baseMoveCostUnits,
        maxEvaluations: MAX_BOUND_SOLVES,
      },
    );
    if (search.cancelled) return 'cancelled';
    best = search.best;
  }
  const optimality = limitOptimality({
    certified,
    maxMoves,
    binding,
    moves: last.moves,
    planCost,
    baseMoveCostUnits,
    best,
  });
  return { certified, optimality, boundSolves };
}
