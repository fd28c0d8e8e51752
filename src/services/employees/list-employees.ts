import type { EducationField } from '../../core/model/education.js';
import type { EmployeeStatus, EmployeeSummary } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { EmploymentType } from '../../core/model/nip.js';
import type { PositionKind } from '../../core/model/position.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listEmployees as listEmployeeRows } from '../../store/repositories/employees.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';

export interface EmployeeQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly order: 'asc' | 'desc';
  readonly sort: 'name' | 'nip' | 'golongan' | 'unit' | 'position' | 'tenure';
  readonly q?: string | undefined;
  readonly unitId?: number | undefined;
  readonly golongan?: readonly GolonganCode[] | undefined;
  readonly kind?: readonly PositionKind[] | undefined;
  readonly educationField?: readonly EducationField[] | undefined;
  readonly employmentType?: readonly EmploymentType[] | undefined;
  readonly status?: readonly EmployeeStatus[] | undefined;
}

const PAGE_ACTIONS: readonly Action[] = ['employee.create', 'employee.update'];

/**
 * One page of employees for the caller. An OPD head gets only their units (a filter on another
 * unit yields an empty page, not someone else's staff); an employee is refused.
 */
export async function listEmployees(ctx: AppContext, principal: Principal, query: EmployeeQuery) {
  const instansi = { type: 'instansi', instansiId: principal.instansiId } as const;
  authorize(principal, 'employee.list', instansi);
  let unitIds: number[] | undefined = query.unitId
    ? await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId)
    : undefined;
  if (principal.role === 'OPD_HEAD') {
    const scope = new Set(principal.unitIds);
    unitIds = (unitIds ?? principal.unitIds).filter((id) => scope.has(id));
  }
  const { kind, ...rest } = query;
  const page: { items: readonly EmployeeSummary[]; total: number } = await listEmployeeRows(
    ctx.db,
    principal.instansiId,
    {
      ...dropUndefined(rest),
      ...(kind ? { positionKind: kind } : {}),
      ...(unitIds ? { unitIds } : {}),
    },
  );
  return {
    ...page,
    page: query.page,
    pageSize: query.pageSize,
    actions: allowedActions(principal, instansi, PAGE_ACTIONS),
  };
}

/** The store's query types are exact: leave absent filters out instead of passing `undefined`. */
export function dropUndefined<T extends object>(o: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}
