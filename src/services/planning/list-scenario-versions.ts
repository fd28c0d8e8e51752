import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanScenario } from '../../core/solver/plan/plan-types.js';
import { listScenarioVersions as loadVersions } from '../../store/repositories/planning-scenarios.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, scenarioNotFound } from './planning-access.js';
import type { SavedScenario } from './save-scenario.js';

/** Every saved version of a scenario, newest first. */
export async function listScenarioVersions(
  ctx: AppContext,
  principal: Principal,
  scenarioId: number,
): Promise<SavedScenario[]> {
  authorize(principal, 'plan.view', instansiResource(principal));
  const versions = await loadVersions<PlanScenario>(ctx.db, principal.instansiId, scenarioId);
  if (versions.length === 0) throw scenarioNotFound(scenarioId);
  return versions;
}
