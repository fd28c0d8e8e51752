import type { Transaction } from 'kysely';
import type { EmployeeDraft } from '../../core/model/drafts.js';
import type { Education } from '../../core/model/education.js';
import type { EmployeeStatus, Gender } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { EmploymentType, Nip } from '../../core/model/nip.js';
import type { Database } from '../schema.js';
import { refreshEmployeeCurrent } from './employee-current.js';
import { insertEmployees } from './insert-employees.js';
import { updateWithVersion } from './update-with-version.js';

export interface NewEmployee {
  readonly nip: Nip;
  readonly name: string;
  readonly frontTitle?: string | null | undefined;
  readonly backTitle?: string | null | undefined;
  readonly gender: Gender;
  readonly birthDate: LocalDate;
  readonly birthPlace?: string | null | undefined;
  readonly employmentType: EmploymentType;
  readonly tmtCpns: LocalDate | null;
  readonly golongan?: GolonganCode | null | undefined;
  readonly golonganTmt?: LocalDate | null | undefined;
  readonly positionId?: number | null | undefined;
  readonly positionStart: LocalDate;
  readonly education: readonly Education[];
}

/**
 * One employee entered by hand, written through the same path as bulk data sets (a one-row
 * draft), so the derived current columns are computed the same way. Returns the new id.
 */
export async function insertEmployee(
  trx: Transaction<Database>,
  instansiId: number,
  input: NewEmployee,
): Promise<number> {
  const draft: EmployeeDraft = {
    nip: input.nip,
    name: input.name,
    frontTitle: input.frontTitle ?? null,
    backTitle: input.backTitle ?? null,
    gender: input.gender,
    birthDate: input.birthDate,
    birthPlace: input.birthPlace ?? null,
    employmentType: input.employmentType,
    status: 'ACTIVE',
    tmtCpns: input.tmtCpns,
    rankHistory:
      input.golongan && input.golonganTmt
        ? [{ golongan: input.golongan, tmt: input.golonganTmt, skNumber: null }]
        : [],
    education: input.education,
    positionHistory: input.positionId
      ? [
          {
            positionCode: String(input.positionId),
            startDate: input.positionStart,
            endDate: null,
            skNumber: null,
          },
        ]
      : [],
    competencyAssessments: [],
    trainings: [],
    disciplinaryCases: [],
    licences: [],
  };
  // The draft names its position by id here: the caller has already checked it exists.
  const ids = await insertEmployees(
    trx,
    instansiId,
    [draft],
    (code) => Number(code),
    () => {},
  );
  return ids.get(input.nip)!;
}

export interface EmployeeRecordChanges {
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
 * Updates identity fields under optimistic concurrency (VERSION_CONFLICT when stale) and, with a
 * golongan, appends a rank-history row and refreshes the current columns.
 */
export async function updateEmployeeRecord(
  trx: Transaction<Database>,
  instansiId: number,
  id: number,
  changes: EmployeeRecordChanges,
): Promise<number> {
  const set: Record<string, unknown> = {};
  if (changes.name !== undefined) set.name = changes.name;
  if (changes.frontTitle !== undefined) set.front_title = changes.frontTitle;
  if (changes.backTitle !== undefined) set.back_title = changes.backTitle;
  if (changes.birthPlace !== undefined) set.birth_place = changes.birthPlace;
  if (changes.status !== undefined) set.status = changes.status;
  const version = await updateWithVersion(trx, 'employees', id, changes.version, set);
  if (changes.golongan && changes.golonganTmt) {
    await trx
      .insertInto('employee_rank_history')
      .values({
        instansi_id: instansiId,
        employee_id: id,
        golongan: changes.golongan,
        tmt: changes.golonganTmt,
        sk_number: null,
      })
      .execute();
    await refreshEmployeeCurrent(trx, instansiId, [id]);
  }
  return version;
}

/** Current holders of a position (assignments without an end date). */
export async function countCurrentHolders(
  trx: Transaction<Database>,
  instansiId: number,
  positionId: number,
): Promise<number> {
  const row = await trx
    .selectFrom('position_assignments')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('instansi_id', '=', instansiId)
    .where('position_id', '=', positionId)
    .where('end_date', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
