import type { LocalDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { LicenceKind, Profession } from '../../core/model/profession.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { insertLicence } from '../../store/repositories/employee-licences.js';
import { getEmployeeById, getEmployeeByNip } from '../../store/repositories/employees.js';
import type { AppContext } from '../app-context.js';
import { buildProfile, type EmployeeProfile, notFound } from './get-employee.js';

export interface NewLicenceInput {
  readonly kind: LicenceKind;
  readonly number: string;
  readonly profession: Profession;
  readonly issuedOn?: LocalDate | null | undefined;
  readonly validUntil?: LocalDate | null | undefined;
}

/**
 * Records a licence (educator certificate, STR, SIP) an employee holds, with an audit entry in the
 * same transaction. The contract has checked the values (kinds, professions, dates in order).
 */
export async function addEmployeeLicence(
  ctx: AppContext,
  principal: Principal,
  nipInput: string,
  input: NewLicenceInput,
  meta: { ip: string | null },
): Promise<EmployeeProfile> {
  const { employee, resource } = await loadForLicenceWrite(ctx, principal, nipInput);
  await ctx.db.transaction().execute(async (trx) => {
    const licence = await insertLicence(trx, employee.instansiId, employee.id, {
      kind: input.kind,
      number: input.number,
      profession: input.profession,
      issuedOn: input.issuedOn ?? null,
      validUntil: input.validUntil ?? null,
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'employee.licence.add',
      entityType: 'employee',
      entityId: employee.nip,
      before: null,
      after: licence,
    });
  });
  const after = (await getEmployeeById(ctx.db, principal.instansiId, employee.id))!;
  return buildProfile(ctx, principal, after, resource);
}

/**
 * The employee whose licences change, once the caller may change them: unknown NIP is a 404 only
 * to those who may list employees (as reading a profile).
 */
export async function loadForLicenceWrite(ctx: AppContext, principal: Principal, nipInput: string) {
  const employee = await getEmployeeByNip(ctx.db, principal.instansiId, normalizeNip(nipInput));
  if (!employee) {
    authorize(principal, 'employee.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Pegawai', nipInput);
  }
  const resource = {
    type: 'employee',
    instansiId: employee.instansiId,
    employeeId: employee.id,
    unitId: employee.currentUnitId,
  } as const;
  // Note: licences are personnel records kept by BKPSDM; `employee.update` is BKPSDM's alone.
  authorize(principal, 'employee.update', resource);
  return { employee, resource };
}
