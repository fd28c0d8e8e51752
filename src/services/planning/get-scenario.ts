import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { PlanScenario } from '../../core/solver/plan/plan-types.js';
import { findScenarioIdByName, getScenarioVersion } from '../../store/repositories/planning-scenarios.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, scenarioNotFound } from './planning-access.js';
import type { SavedScenario } from './save-scenario.js';

/** One version of a scenario (the current one by default); 404 for an unknown id or version. */
export async function getScenario(
  ctx: AppContext,
  principal: Principal,
  scenarioId: number,
  version?: number,
): Promise<SavedScenario> {
  authorize(principal, 'plan.view', instansiResource(principal));
  const found = await getScenarioVersion<PlanScenario>(ctx.db, principal.instansiId, scenarioId, version);
  if (!found) throw scenarioNotFound(scenarioId);
  return found;
}

/** The current version of the scenario with this name (the CLI names scenarios). */
export async function getScenarioByName(
  ctx: AppContext,
  principal: Principal,
  name: string,
): Promise<SavedScenario> {
  authorize(principal, 'plan.view', instansiResource(principal));
  const id = await findScenarioIdByName(ctx.db, principal.instansiId, name);
  const found = id === null ? null : await getScenarioVersion<PlanScenario>(ctx.db, principal.instansiId, id);
  if (!found) throw scenarioNotFound(name, 'scenario');
  return found;
}
