import { DomainError } from '../../core/errors.js';
import type { CompetencyStandard } from '../../core/model/competency.js';
import type { Employee } from '../../core/model/employee.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { wholeMonthsBetween } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import { type Licence, validLicences } from '../../core/model/profession.js';
import { DEFAULT_RETIREMENT_AGE, retirementDate } from '../../core/model/retirement.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getEmployeeByNip } from '../../store/repositories/employees.js';
import { getPosition } from '../../store/repositories/positions.js';
import { type AppContext, today } from '../app-context.js';

/** A licence on the profile's date: valid, past its end date, or not issued yet. */
export type LicenceStatus = 'VALID' | 'EXPIRED' | 'NOT_YET_VALID';

export interface LicenceOnDate extends Licence {
  readonly status: LicenceStatus;
}

export interface EmployeeProfile {
  readonly employee: Employee;
  /** The employee's licences with their status today (the instansi's date). */
  readonly licences: readonly LicenceOnDate[];
  /** The current position's competency standard, for the radar against assessed levels. */
  readonly competencyStandard: readonly CompetencyStandard[];
  readonly yearsInCurrentPosition: number | null;
  readonly retirementDate: string | null;
  readonly actions: Action[];
}

const PROFILE_ACTIONS: readonly Action[] = ['employee.update', 'match.read'];

export function notFound(what: string, value: unknown): DomainError {
  return new DomainError('NOT_FOUND', { id: `${what} tidak ditemukan`, en: `${what} not found` }, { value });
}

/** One employee's whole record, if the caller may see it (404 is said only to those who may). */
export async function getEmployee(
  ctx: AppContext,
  principal: Principal,
  nipInput: string,
): Promise<EmployeeProfile> {
  const nip = normalizeNip(nipInput);
  const employee = await getEmployeeByNip(ctx.db, principal.instansiId, nip);
  if (!employee) {
    // Note: someone who may not list employees learns nothing from a 404 vs 403 difference.
    authorize(principal, 'employee.list', { type: 'instansi', instansiId: principal.instansiId });
    throw notFound('Pegawai', nipInput);
  }
  const resource = {
    type: 'employee',
    instansiId: employee.instansiId,
    employeeId: employee.id,
    unitId: employee.currentUnitId,
  } as const;
  authorize(principal, 'employee.read', resource);
  return buildProfile(ctx, principal, employee, resource);
}

export async function buildProfile(
  ctx: AppContext,
  principal: Principal,
  employee: Employee,
  resource: Parameters<typeof allowedActions>[1],
): Promise<EmployeeProfile> {
  const asOf = today(ctx, principal.instansiId);
  const position = employee.currentPositionId
    ? await getPosition(ctx.db, employee.instansiId, employee.currentPositionId)
    : null;
  const kind = position?.position.grade;
  const bupKey =
    kind?.kind === 'JF' && kind.jfLevel === 'AHLI_MADYA'
      ? 'JF_AHLI_MADYA'
      : kind?.kind === 'JF' && kind.jfLevel === 'AHLI_UTAMA'
        ? 'JF_AHLI_UTAMA'
        : position?.position.family === 'EDUCATION_TEACHING'
          ? 'JF_GURU'
          : (kind?.kind ?? 'PELAKSANA');
  return {
    employee,
    licences: licencesOn(employee.licences, asOf),
    competencyStandard: position?.position.competencyStandard ?? [],
    yearsInCurrentPosition: employee.currentPositionSince
      ? Math.floor(wholeMonthsBetween(employee.currentPositionSince, asOf) / 1.2) / 10
      : null,
    retirementDate: retirementDate(employee.birthDate, DEFAULT_RETIREMENT_AGE[bupKey]),
    actions: allowedActions(principal, resource, PROFILE_ACTIONS),
  };
}

/** Each licence with its status on a date; validity is the core's (`validLicences`). */
export function licencesOn(licences: readonly Licence[], asOf: LocalDate): LicenceOnDate[] {
  const valid = new Set(validLicences(licences, asOf).map((l) => l.id));
  return licences.map((l) => ({
    ...l,
    status: valid.has(l.id)
      ? 'VALID'
      : l.validUntil !== null && l.validUntil < asOf
        ? 'EXPIRED'
        : 'NOT_YET_VALID',
  }));
}
