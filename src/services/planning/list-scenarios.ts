import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanScenario } from '../../core/solver/plan/plan-types.js';
import { listCurrentScenarios } from '../../store/repositories/planning-scenarios.js';
import type { AppContext } from '../app-context.js';
import { instansiResource } from './planning-access.js';
import type { SavedScenario } from './save-scenario.js';

/** The current version of every scenario of the caller's instansi, by name. */
export async function listScenarios(ctx: AppContext, principal: Principal): Promise<SavedScenario[]> {
  authorize(principal, 'plan.view', instansiResource(principal));
  return listCurrentScenarios<PlanScenario>(ctx.db, principal.instansiId);
}
