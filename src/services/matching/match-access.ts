import type { Employee } from '../../core/model/employee.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { Action, Resource } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getEmployeeByNip } from '../../store/repositories/employees.js';
import { getPosition } from '../../store/repositories/positions.js';
import type { AppContext } from '../app-context.js';
import { notFound } from '../employees/get-employee.js';

export function employeeResource(e: {
  instansiId: number;
  id: number;
  currentUnitId: number | null;
}): Resource {
  return { type: 'employee', instansiId: e.instansiId, employeeId: e.id, unitId: e.currentUnitId };
}

export function positionResource(p: { instansiId: number; id: number; unitId: number }): Resource {
  return { type: 'position', instansiId: p.instansiId, positionId: p.id, unitId: p.unitId };
}

/**
 * What a caller may do next from a match list or explanation: open a pair's explanation
 * (`match.read`) and propose the move in a mutation proposal (`proposal.write`, BKPSDM only).
 */
const NEXT_ACTIONS: readonly Action[] = ['match.read', 'proposal.write'];

/**
 * The next actions the policies allow on the person or post a matching answer is about.
 * @example matchActions(operator, employeeResource(e)) // ['match.read', 'proposal.write']
 */
export function matchActions(principal: Principal, resource: Resource): Action[] {
  return allowedActions(principal, resource, NEXT_ACTIONS);
}

/** The employee whose matches are asked for, after `match.read` on them (404 only to those who may list). */
export async function employeeForMatching(
  ctx: AppContext,
  principal: Principal,
  nipInput: string,
): Promise<Employee> {
  const employee = await getEmployeeByNip(ctx.db, principal.instansiId, normalizeNip(nipInput));
  if (!employee) {
    // Note: someone who may not list employees learns nothing from a 404 vs 403 difference.
    authorize(principal, 'employee.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Pegawai', nipInput);
  }
  authorize(principal, 'match.read', employeeResource(employee));
  return employee;
}

/** Checks that the position exists in the caller's instansi; `match.read` on it when `authorizeOn`. */
export async function positionForMatching(
  ctx: AppContext,
  principal: Principal,
  id: number,
  authorizeOn: boolean,
): Promise<Resource> {
  const found = await getPosition(ctx.db, principal.instansiId, id);
  if (!found) {
    authorize(principal, 'position.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Jabatan', id);
  }
  const resource = positionResource(found.position);
  if (authorizeOn) authorize(principal, 'match.read', resource);
  return resource;
}
