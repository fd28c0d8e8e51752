import { DomainError } from '../../core/errors.js';
import type { Action, Resource } from '../../core/policies/actions.js';
import { allowedActions } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';

export { actorId, type CallMeta, instansiResource } from '../evaluation/evaluation-access.js';

/** What a planning response offers its caller next (the web app shows buttons from it). */
const PLANNING_ACTIONS: readonly Action[] = ['plan.view', 'plan.run', 'plan.cancel', 'scenario.edit'];

export function planningActions(principal: Principal): Action[] {
  const resource: Resource = { type: 'instansi', instansiId: principal.instansiId };
  return allowedActions(principal, resource, PLANNING_ACTIONS);
}

/** 404 for a scenario named by id (`#7`) or by name (`"Penataan 2027"`). */
export function scenarioNotFound(key: number | string, field = 'id'): DomainError {
  const label = typeof key === 'number' ? `#${key}` : `"${key}"`;
  return new DomainError(
    'NOT_FOUND',
    { id: `Skenario ${label} tidak ditemukan`, en: `Scenario ${label} not found` },
    { field, value: key, rule: 'SCENARIO_EXISTS' },
  );
}

export function planNotFound(id: number, field = 'id'): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { id: `Rencana #${id} tidak ditemukan`, en: `Plan #${id} not found` },
    { field, value: id, rule: 'PLAN_EXISTS' },
  );
}
