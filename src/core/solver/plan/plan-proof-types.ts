import type { RuleResult } from '../../eligibility/rule.js';

// What a plan claims beyond its moves: what its certificates prove with the move limit, and the
// candidates it puts forward for vacant JPT posts (re-exported by plan-types.ts).

/** Why a plan is proven optimal for its scenario, move limit included. */
export type PlanProofBasis =
  /** No move limit: the certified solve at the scenario's own move cost is the optimum. */
  | 'NO_LIMIT'
  /** The optimum at the scenario's own move cost already keeps the limit (no extra move cost). */
  | 'LIMIT_NOT_BINDING'
  /** The limit binds, and the Lagrangian bound equals the plan's value (`plan-bound.ts`). */
  | 'BOUND_MET';

/**
 * What the certificates prove about the plan as the answer to its scenario: the best arrangement
 * with at most `maxMoves` moves, by the scenario's own objective. Values are in fit points: the sum
 * of the rows' fits minus the scenario's move cost per move and the rotation penalty of overdue rows
 * who stay (the objective the solver minimises, negated).
 *
 * When the limit binds, the builder raises the move cost until the plan keeps the limit; that plan
 * is optimal for the raised cost but not necessarily for the limit (moves come in rings and chains,
 * so the plan may stop short of the limit, and equal candidates are rationed by tenure). It is then
 * PROVEN_OPTIMAL only when the Lagrangian bound meets its value, and BOUNDED otherwise.
 */
export type PlanOptimality =
  | { readonly status: 'PROVEN_OPTIMAL'; readonly basis: PlanProofBasis }
  | {
      readonly status: 'BOUNDED';
      /** The plan's value (fit points). */
      readonly value: number;
      /** No arrangement with at most `maxMoves` moves has a higher value (fit points). */
      readonly bound: number;
      /** bound - value > 0: the plan is at most this many fit points below the optimum of the limit. */
      readonly gap: number;
      readonly maxMoves: number;
      /** The plan's moves (at most maxMoves). */
      readonly moves: number;
      /** Move cost (fit points) of the certified solve whose dual gave the bound. */
      readonly boundMoveCost: number;
    }
  /** A certificate failed or did not cover every allowed pair: nothing is claimed. */
  | { readonly status: 'NOT_PROVEN' };

/** A candidate the plan puts forward for a JPT post's open selection (DOMAIN.md 15.3). */
export interface PlanNominee {
  readonly employeeId: number;
  readonly nip: string;
  readonly name: string;
  /** Post held now; null without one. */
  readonly currentPositionId: number | null;
  /** Fit for the JPT post (0-100), from the matching engine. */
  readonly fit: number;
  readonly eligibilityStatus: 'ELIGIBLE' | 'ELIGIBLE_WITH_WARNINGS';
  /** The rule results that are not PASS (warnings). */
  readonly ruleResults: readonly RuleResult[];
  /** Where this plan moves the nominee, if it does (a nomination does not reserve anyone). */
  readonly plannedPositionId: number | null;
}

/**
 * A JPT post in scope with a vacant seat. A plan never fills a JPT post: JPT posts are filled by
 * open, competitive selection (PP 11/2017 Pasal 108-121 as amended; UU 20/2023), where a committee
 * proposes three names to the PPK. The plan only nominates: the best eligible people by fit.
 */
export interface PlanNomination {
  readonly positionId: number;
  readonly unitId: number;
  readonly vacantSeats: number;
  /** At most `JPT_NOMINEES` (3), best fit first; eligible people only. */
  readonly nominees: readonly PlanNominee[];
}
