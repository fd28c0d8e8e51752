import { fieldError } from '../../core/errors.js';
import type { EmployeeStatus } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { invalidDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { updateEmployeeRecord } from '../../store/repositories/employee-writes.js';
import { getEmployeeById, getEmployeeByNip } from '../../store/repositories/employees.js';
import { type AppContext, today } from '../app-context.js';
import { buildProfile, type EmployeeProfile, notFound } from './get-employee.js';

export interface EmployeeChanges {
  readonly version: number;
  readonly name?: string | undefined;
  readonly frontTitle?: string | null | undefined;
  readonly backTitle?: string | null | undefined;
  readonly birthPlace?: string | null | undefined;
  readonly status?: EmployeeStatus | undefined;
  readonly golongan?: GolonganCode | undefined;
  readonly golonganTmt?: LocalDate | undefined;
}

/**
 * Changes identity fields or records a new rank. `version` must be the one the caller read: a
 * stale version is a 409 VERSION_CONFLICT and nothing is written (no lost updates).
 */
export async function updateEmployee(
  ctx: AppContext,
  principal: Principal,
  nipInput: string,
  changes: EmployeeChanges,
  meta: { ip: string | null },
): Promise<EmployeeProfile> {
  const before = await getEmployeeByNip(ctx.db, principal.instansiId, normalizeNip(nipInput));
  if (!before) {
    authorize(principal, 'employee.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Pegawai', nipInput);
  }
  const resource = {
    type: 'employee',
    instansiId: before.instansiId,
    employeeId: before.id,
    unitId: before.currentUnitId,
  } as const;
  authorize(principal, 'employee.update', resource);
  if (changes.golonganTmt && changes.golonganTmt > today(ctx, principal.instansiId)) {
    throw fieldError({
      ...invalidDate('golonganTmt', changes.golonganTmt),
      rule: 'NOT_IN_FUTURE',
      message: { id: 'TMT golongan tidak boleh di masa depan', en: 'golonganTmt must not be in the future' },
    });
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateEmployeeRecord(trx, before.instansiId, before.id, changes);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'employee.update',
      entityType: 'employee',
      entityId: before.nip,
      before: {
        name: before.name,
        frontTitle: before.frontTitle,
        backTitle: before.backTitle,
        status: before.status,
        golongan: before.golongan,
        version: before.version,
      },
      after: changes,
    });
  });
  const after = (await getEmployeeById(ctx.db, principal.instansiId, before.id))!;
  return buildProfile(ctx, principal, after, resource);
}
