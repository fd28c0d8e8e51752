import type { EmployeeSummary } from '../../core/model/employee.js';
import type { Position } from '../../core/model/position.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getPosition as loadPosition } from '../../store/repositories/positions.js';
import type { AppContext } from '../app-context.js';
import { notFound } from '../employees/get-employee.js';

export interface PositionProfile {
  readonly position: Position;
  readonly unitName: string;
  /** The holders the caller may see (an employee reading her own post: herself). */
  readonly holders: readonly EmployeeSummary[];
  /** Everyone holding the post now, for seats and vacancies. */
  readonly holderCount: number;
  readonly actions: Action[];
}

/** A position with its requirements and current holders (those the caller may see). */
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
    holderIds: found.holders.map((h) => h.id),
  } as const;
  authorize(principal, 'position.read', resource);
  const visible = found.holders.filter((h) =>
    can(principal, 'employee.read', {
      type: 'employee',
      instansiId: h.instansiId,
      employeeId: h.id,
      unitId: h.currentUnitId,
    }),
  );
  return {
    position: found.position,
    unitName: found.unitName,
    holders: visible,
    holderCount: found.holders.length,
    actions: allowedActions(principal, resource, ['position.update', 'match.read']),
  };
}
