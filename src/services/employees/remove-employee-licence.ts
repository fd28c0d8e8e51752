import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { deleteLicence } from '../../store/repositories/employee-licences.js';
import { getEmployeeById } from '../../store/repositories/employees.js';
import type { AppContext } from '../app-context.js';
import { loadForLicenceWrite } from './add-employee-licence.js';
import { buildProfile, type EmployeeProfile } from './get-employee.js';

/**
 * Removes one of an employee's licences (entered by mistake, or withdrawn), keeping what it was in
 * the audit entry. A licence id of another employee is a 404 and removes nothing.
 */
export async function removeEmployeeLicence(
  ctx: AppContext,
  principal: Principal,
  nipInput: string,
  licenceId: number,
  meta: { ip: string | null },
): Promise<EmployeeProfile> {
  const { employee, resource } = await loadForLicenceWrite(ctx, principal, nipInput);
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await deleteLicence(trx, employee.instansiId, employee.id, licenceId);
    if (!removed)
      throw new DomainError(
        'NOT_FOUND',
        { id: 'Lisensi pegawai ini tidak ditemukan', en: "Licence not found among this employee's" },
        { field: 'licenceId', value: licenceId },
      );
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'employee.licence.remove',
      entityType: 'employee',
      entityId: employee.nip,
      before: removed,
      after: null,
    });
  });
  const after = (await getEmployeeById(ctx.db, principal.instansiId, employee.id))!;
  return buildProfile(ctx, principal, after, resource);
}
