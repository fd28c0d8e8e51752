import { planningContext } from '../../eligibility/planning-posture.js';
import type { PlanInput } from './plan-types.js';

/**
 * The input as the plan judges it: its eligibility context under the planning posture
 * (`planningContext`: over-qualified moves block unless the scenario allows them), so the plan
 * and its brute-force reference never propose what a scenario rules out.
 * @example withPlanningPosture(input).eligibility.ruleTable.rules['R-EDU-OVER'].severity // 'BLOCK'
 */
export function withPlanningPosture(input: PlanInput): PlanInput {
  const allow = input.scenario.objectives.allowOverqualifiedMoves ?? false;
  const eligibility = planningContext(input.eligibility, { allowOverqualifiedMoves: allow });
  return eligibility === input.eligibility ? input : { ...input, eligibility };
}
