import type { Principal } from '../../core/policies/roles.js';
import type { PlanOutcome } from '../../core/solver/plan/plan-types.js';
import { loadPlaceLabels, type PlaceLabels } from '../../store/repositories/planning-labels.js';
import { getPlanOutcome } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { getPlanRun } from './get-plan-run.js';
import type { PlanRunView } from './plan-run-view.js';

export type { PlaceLabels };

export interface PlanWithRun extends PlanRunView {
  /** The builder's outcome: a plan (SUCCEEDED), the rows that cannot be placed (INFEASIBLE), or null. */
  readonly outcome: PlanOutcome | null;
  /** Names of the positions and units the outcome refers to by id. */
  readonly labels: PlaceLabels;
}

/** A run with its stored outcome: moves, vacancy chains, explanations, totals and certificate figures. */
export async function getPlan(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  field = 'id',
): Promise<PlanWithRun> {
  const view = await getPlanRun(ctx, principal, runId, field);
  const [outcome, labels] = await Promise.all([
    getPlanOutcome<PlanOutcome>(ctx.db, principal.instansiId, runId),
    loadPlaceLabels(ctx.db, principal.instansiId),
  ]);
  return { ...view, outcome, labels };
}
