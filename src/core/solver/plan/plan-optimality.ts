import { SCORE_SCALE } from '../../matching/index.js';
import type { DualPoint } from './plan-bound.js';
import { type PlanProblem, rowExtras } from './plan-problem.js';
import { assignedUnits } from './plan-totals.js';
import type { Plan, PlanOptimality, PlanSolve } from './plan-types.js';

/**
 * The scenario's own cost of an arrangement (units): -fit of every row, plus the rotation penalty
 * of each overdue row who stays and the scenario's move cost per move; no tenure tie-break.
 * @example scenarioCost(problem, rowToCol, 50_000) // e.g. -1_498_036_914 (the plan is worth 149,803.6914 fit points)
 */
export function scenarioCost(problem: PlanProblem, rowToCol: Int32Array, moveCostUnits: number): number {
  let cost = 0;
  for (let r = 0; r < rowToCol.length; r++) {
    const col = rowToCol[r]!;
    const [stay, other] = rowExtras(problem, r, moveCostUnits, false);
    cost += -assignedUnits(problem, r, col) + (problem.colPost[col] === problem.rowOwnPost[r] ? stay : other);
  }
  return cost;
}

const points = (units: number) => units / SCORE_SCALE;

/**
 * BOUNDED, or PROVEN_OPTIMAL when the bound meets the plan's cost (both in units: `planCost` is the
 * plan's scenario cost, `bound` the best dual point, `boundCost` its move cost).
 */
function bounded(
  planCost: number,
  bound: number,
  boundMoveCostUnits: number,
  maxMoves: number,
  moves: number,
): PlanOptimality {
  // A bound above the plan's cost would contradict weak duality: claim nothing rather than a wrong gap.
  if (bound > planCost) return { status: 'NOT_PROVEN' };
  if (bound === planCost) return { status: 'PROVEN_OPTIMAL', basis: 'BOUND_MET' };
  return {
    status: 'BOUNDED',
    value: points(-planCost),
    bound: points(-bound),
    gap: points(planCost - bound),
    maxMoves,
    moves,
    boundMoveCost: points(boundMoveCostUnits),
  };
}

export interface LimitOptimalityInput {
  /** The final solve's certificate holds on every allowed pair. */
  readonly certified: boolean;
  readonly maxMoves: number | null;
  /** True when the first solve (the scenario's own move cost) broke the limit. */
  readonly binding: boolean;
  readonly moves: number;
  /** The plan's scenario cost (`scenarioCost`), units. */
  readonly planCost: number;
  readonly baseMoveCostUnits: number;
  /** The best dual point found (`maximiseDual`), null when a solve of the search was not certified. */
  readonly best: DualPoint | null;
}

/**
 * The optimality of a freshly built plan (see `PlanOptimality` and `plan-bound.ts`).
 * @example limitOptimality({ certified: true, maxMoves: 1, binding: true, moves: 0, planCost: 0,
 *   baseMoveCostUnits: 0, best: { extra: 5, value: -5, slope: -1 } }) // BOUNDED, gap 0.0005 points
 */
export function limitOptimality(x: LimitOptimalityInput): PlanOptimality {
  if (!x.certified) return { status: 'NOT_PROVEN' };
  if (x.maxMoves === null) return { status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' };
  if (!x.binding) return { status: 'PROVEN_OPTIMAL', basis: 'LIMIT_NOT_BINDING' };
  if (x.best === null) return { status: 'NOT_PROVEN' };
  return bounded(x.planCost, x.best.value, x.baseMoveCostUnits + x.best.extra, x.maxMoves, x.moves);
}

/**
 * The optimality of a plan as stored: its `optimality`, or for a plan stored before the field was
 * kept, what its recorded solves still prove. There the bound is the best of the first solve (the
 * scenario's own costs: its optimum is a bound with t = 0) and the rationed solves, each lowered by
 * the largest tie-break K movers could carry (the K largest ranks among `totals.rows` rows); the
 * plan's cost is taken from its final solve without its movers' ranks (at least 0), so the gap
 * reported is an upper bound on the true gap, never below it.
 * @example optimalityOf(plan).status // 'PROVEN_OPTIMAL' | 'BOUNDED' | 'NOT_PROVEN'
 */
export function optimalityOf(plan: Plan): PlanOptimality {
  if (plan.optimality) return plan.optimality;
  const certified = plan.certified ?? plan.provenOptimal;
  const K = plan.scenario.objectives.maxMoves;
  const base = Math.round(plan.scenario.objectives.moveCost * SCORE_SCALE);
  if (!certified) return { status: 'NOT_PROVEN' };
  if (K === null) return { status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' };
  if (plan.solves.length <= 1) return { status: 'PROVEN_OPTIMAL', basis: 'LIMIT_NOT_BINDING' };
  if (!plan.solves.every((s) => s.certificate.holds)) return { status: 'NOT_PROVEN' };
  const last = plan.solves.at(-1)!;
  const R = plan.totals.rows;
  const k = Math.min(K, R);
  const tieBreak = (k * (2 * R - k - 1)) / 2;
  const boundOf = (s: PlanSolve) => s.objective - (s.moveCostUnits - base) * K - (s.rationed ? tieBreak : 0);
  let best = plan.solves[0]!;
  for (const s of plan.solves) if (boundOf(s) > boundOf(best)) best = s;
  const planCost = last.objective - (last.moveCostUnits - base) * last.moves;
  return bounded(planCost, boundOf(best), best.moveCostUnits, K, last.moves);
}
