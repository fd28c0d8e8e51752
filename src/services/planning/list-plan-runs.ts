import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanTotals } from '../../core/solver/plan/plan-types.js';
import { listPlanRuns as loadRuns } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { type PlanRunView, withScenarioNames } from './plan-run-view.js';
import { instansiResource } from './planning-access.js';

/** The instansi's plan runs (of one scenario when given), newest first. */
export async function listPlanRuns(
  ctx: AppContext,
  principal: Principal,
  filter: { readonly scenarioId?: number | undefined } = {},
): Promise<PlanRunView[]> {
  authorize(principal, 'plan.view', instansiResource(principal));
  const runs = await loadRuns<PlanTotals>(
    ctx.db,
    principal.instansiId,
    filter.scenarioId === undefined ? {} : { scenarioId: filter.scenarioId },
  );
  return withScenarioNames(ctx.db, runs);
}
