import { DomainError, fieldError } from '../../core/errors.js';
import type { Education } from '../../core/model/education.js';
import type { Gender } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { type EmploymentType, type Nip, parseNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { countCurrentHolders, insertEmployee } from '../../store/repositories/employee-writes.js';
import { getEmployeeById, getEmployeeByNip } from '../../store/repositories/employees.js';
import { getPosition } from '../../store/repositories/positions.js';
import { type AppContext, today } from '../app-context.js';
import { buildProfile, type EmployeeProfile } from './get-employee.js';

export interface NewEmployeeInput {
  readonly nip: Nip;
  readonly name: string;
  readonly frontTitle?: string | null | undefined;
  readonly backTitle?: string | null | undefined;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  readonly birthPlace?: string | null | undefined;
  readonly employmentType: EmploymentType;
  readonly golongan?: GolonganCode | null | undefined;
  readonly golonganTmt?: LocalDate | null | undefined;
  readonly positionId?: number | null | undefined;
  readonly positionStart?: LocalDate | null | undefined;
  readonly education: readonly Education[];
}

/**
 * Registers one employee by hand. The NIP is checked against today (no TMT CPNS in the future) and
 * against the stated birth date; a position, when given, must exist and have a free seat.
 * Everything is written in one transaction with its audit entry.
 */
export async function createEmployee(
  ctx: AppContext,
  principal: Principal,
  input: NewEmployeeInput,
  meta: { ip: string | null },
): Promise<EmployeeProfile> {
  authorize(principal, 'employee.create', { type: 'instansi', instansiId: principal.instansiId });
  const asOf = today(ctx, principal.instansiId);
  const parsed = parseNip(input.nip, { employmentType: input.employmentType, asOf });
  if (!parsed.ok) throw fieldError(parsed.error);
  if (parsed.value.parts.birthDate !== input.birthDate) {
    throw new DomainError(
      'BIRTH_DATE_MISMATCH',
      {
        id: `Tanggal lahir ${input.birthDate} tidak sesuai dengan NIP (${parsed.value.parts.birthDate})`,
        en: `Birth date ${input.birthDate} does not match the NIP (${parsed.value.parts.birthDate})`,
      },
      { field: 'birthDate', value: input.birthDate, rule: 'NIP_BIRTH_DATE_MATCH' },
    );
  }
  if (input.golongan && !input.golonganTmt) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'TMT golongan wajib diisi bila golongan diisi', en: 'golonganTmt is required with golongan' },
      { field: 'golonganTmt', rule: 'TMT_REQUIRED' },
    );
  }
  const id = await ctx.db.transaction().execute(async (trx) => {
    if (await getEmployeeByNip(trx, principal.instansiId, parsed.value.nip)) {
      throw new DomainError(
        'NIP_DUPLICATE',
        { id: `NIP ${input.nip} sudah terdaftar`, en: `NIP ${input.nip} is already registered` },
        { field: 'nip', value: input.nip, rule: 'NIP_UNIQUE' },
      );
    }
    if (input.positionId) {
      const position = await getPosition(trx, principal.instansiId, input.positionId);
      if (!position) {
        throw new DomainError(
          'NOT_FOUND',
          { id: 'Jabatan tidak ditemukan', en: 'Position not found' },
          { field: 'positionId', value: input.positionId },
        );
      }
      if (
        (await countCurrentHolders(trx, principal.instansiId, input.positionId)) >= position.position.seats
      ) {
        throw new DomainError(
          'POSITION_FULL',
          {
            id: `Formasi jabatan ${position.position.name} sudah penuh`,
            en: `Position ${position.position.name} has no free seat`,
          },
          { field: 'positionId', value: input.positionId, rule: 'FORMASI' },
        );
      }
    }
    const newId = await insertEmployee(trx, principal.instansiId, {
      ...input,
      tmtCpns: parsed.value.parts.tmtCpns,
      positionStart: input.positionStart ?? asOf,
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: principal.userId,
      actorIp: meta.ip,
      action: 'employee.create',
      entityType: 'employee',
      entityId: input.nip,
      before: null,
      after: input,
    });
    return newId;
  });
  const employee = (await getEmployeeById(ctx.db, principal.instansiId, id))!;
  return buildProfile(ctx, principal, employee, {
    type: 'employee',
    instansiId: employee.instansiId,
    employeeId: id,
    unitId: employee.currentUnitId,
  });
}
