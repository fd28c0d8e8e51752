import type { Kysely } from 'kysely';
import type { EmployeeStatus, EmployeeSummary, Gender } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { EmploymentType, Nip } from '../../core/model/nip.js';
import type { Database } from '../schema.js';

/** `employees as e`: filters are written against this, before the joins a page needs. */
export function fromEmployees(db: Kysely<Database>) {
  return db.selectFrom('employees as e');
}

export type EmployeesQuery = ReturnType<typeof fromEmployees>;

/**
 * Adds the current position and unit to `employees as e`: the header every employee list shows.
 * The current columns are kept by `refreshEmployeeCurrent`.
 */
export function withSummaryColumns(query: EmployeesQuery) {
  return query
    .leftJoin('positions as cp', 'cp.id', 'e.current_position_id')
    .leftJoin('units as cu', 'cu.id', 'cp.unit_id')
    .select([
      'e.id',
      'e.instansi_id',
      'e.nip',
      'e.name',
      'e.front_title',
      'e.back_title',
      'e.gender',
      'e.birth_date',
      'e.employment_type',
      'e.status',
      'e.current_golongan',
      'e.current_golongan_tmt',
      'e.current_position_id',
      'cp.name as current_position_name',
      'cp.unit_id as current_unit_id',
      'cu.name as current_unit_name',
      'e.current_position_since',
      'e.version',
    ]);
}

export function selectEmployeeSummaries(db: Kysely<Database>) {
  return withSummaryColumns(fromEmployees(db));
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof withSummaryColumns>['executeTakeFirstOrThrow']>>;

export function toEmployeeSummary(row: SummaryRow): EmployeeSummary {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    nip: row.nip as Nip,
    name: row.name,
    frontTitle: row.front_title,
    backTitle: row.back_title,
    gender: row.gender as Gender,
    birthDate: row.birth_date as LocalDate,
    employmentType: row.employment_type as EmploymentType,
    status: row.status as EmployeeStatus,
    golongan: row.current_golongan as GolonganCode | null,
    golonganTmt: row.current_golongan_tmt as LocalDate | null,
    currentPositionId: row.current_position_id,
    currentPositionName: row.current_position_name,
    currentUnitId: row.current_unit_id,
    currentUnitName: row.current_unit_name,
    currentPositionSince: row.current_position_since as LocalDate | null,
    version: row.version,
  };
}
