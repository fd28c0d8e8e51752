import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanTotals } from '../../core/solver/plan/plan-types.js';
import { getPlanRun as loadRun } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { type PlanRunView, withScenarioNames } from './plan-run-view.js';
import { instansiResource, planNotFound } from './planning-access.js';

/** A run's state and progress (cheap: the plan itself stays in the database). */
export async function getPlanRun(
  ctx: AppContext,
  principal: Principal,
  runId: number,
  field = 'id',
): Promise<PlanRunView> {
  authorize(principal, 'plan.view', instansiResource(principal));
  const run = await loadRun<PlanTotals>(ctx.db, principal.instansiId, runId);
  if (!run) throw planNotFound(runId, field);
  const [view] = await withScenarioNames(ctx.db, [run]);
  return view!;
}
