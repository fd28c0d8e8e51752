import type { EmployeeSummary } from '../../core/model/employee.js';
import type { Position } from '../../core/model/position.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getPosition as loadPosition } from '../../store/repositories/positions.js';
import type { AppContext } from '../app-context.js';
import { notFound } from '../employees/get-employee.js';

export interface PositionProfile {
  readonly position: Position;
  readonly unitName: string;
  readonly holders: readonly EmployeeSummary[];
  readonly actions: Action[];
}

/** A position with its requirements and current holders. */
export async function getPosition(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<PositionProfile> {
  const found = await loadPosition(ctx.db, principal.instansiId, id);
  if (!found) {
    authorize(principal, 'position.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Jabatan', id);
  }
  const resource = {
    type: 'position',
    instansiId: found.position.instansiId,
    positionId: id,
    unitId: found.position.unitId,
  } as const;
  authorize(principal, 'position.read', resource);
  return {
    position: found.position,
    unitName: found.unitName,
    holders: found.holders,
    actions: allowedActions(principal, resource, ['position.update', 'match.read']),
  };
}
