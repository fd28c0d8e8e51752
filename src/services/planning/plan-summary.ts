import { optimalityOf } from '../../core/solver/plan/plan-optimality.js';
import type { Plan, PlanOptimality } from '../../core/solver/plan/plan-types.js';

/** What the certificate status of a public summary says about the plan (the move limit included). */
const STATUS: Record<PlanOptimality['status'], string> = {
  PROVEN_OPTIMAL: 'OPTIMAL',
  BOUNDED: 'BOUNDED',
  NOT_PROVEN: 'NOT_PROVEN',
};

/**
 * A plan's public summary, stored with its run (the transparency page reads it instead of the
 * outcome) and copied into proposals, with no person in it: the criteria (scenario, scope, policy
 * and rule table versions, date), the weights (the scenario's objectives), the final solve's
 * certificate, and what it proves about the scenario (`optimality`): `certificate.status` is
 * OPTIMAL only when the plan is proven optimal with its move limit, BOUNDED when it is only within
 * `certificate.gap` fit points of that optimum, NOT_PROVEN when a check failed.
 * @example planSummaryOf(plan).certificate // { status: 'BOUNDED', gap: 0.4, ... }
 */
export function planSummaryOf(plan: Plan): Record<string, unknown> {
  const last = plan.solves.at(-1);
  const criterion = (code: string, value: string) => ({ code, value, label: `${code}: ${value}` });
  const objective = last?.certificate.primalObjective ?? null;
  const dualBound = last?.certificate.dualBound ?? null;
  const optimality = optimalityOf(plan);
  return {
    criteria: [
      criterion('scenario', plan.scenario.name),
      criterion('scope', plan.scenario.scope.mode),
      criterion('policyVersion', plan.policyVersion),
      criterion('ruleTableVersion', plan.ruleTableVersion),
      criterion('asOf', plan.asOf),
    ],
    weights: { ...plan.scenario.objectives },
    certificate: {
      status: STATUS[optimality.status],
      provenOptimal: optimality.status === 'PROVEN_OPTIMAL',
      certified: plan.certified ?? plan.provenOptimal,
      objective,
      dualBound,
      // Fit points the plan can be below the optimum of its move limit; null when nothing is proven.
      gap: optimality.status === 'BOUNDED' ? optimality.gap : optimality.status === 'NOT_PROVEN' ? null : 0,
      pairsChecked: last?.pairsChecked ?? last?.certificate.pairsChecked ?? null,
    },
    optimality,
    objective,
    moveCount: plan.moves.length,
  };
}

/** True for a summary stored before it said what the plan proves about its move limit. */
export function summaryLacksOptimality(summary: unknown): boolean {
  return !!summary && typeof summary === 'object' && !('optimality' in summary);
}
