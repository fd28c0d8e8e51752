import type { Expression, Kysely, SqlBool } from 'kysely';
import type { EducationField } from '../../core/model/education.js';
import type { EmployeeStatus, EmployeeSummary } from '../../core/model/employee.js';
import type { GolonganCode } from '../../core/model/golongan.js';
import { type EmploymentType, normalizeNip } from '../../core/model/nip.js';
import type { PositionKind } from '../../core/model/position.js';
import type { Database } from '../schema.js';
import {
  type EmployeesQuery,
  fromEmployees,
  toEmployeeSummary,
  withSummaryColumns,
} from './employee-summary.js';
import { inInstansi } from './instansi-scope.js';
import { asList, containsText, type Page, type PageRequest, pageWindow, type SortOrder } from './paging.js';
import { subtreeIds } from './units.js';

// The whole record lives in its own file; it is looked up with the lists.
export { getEmployeeById, getEmployeeByNip } from './employee-record.js';

export type EmployeeSort = 'name' | 'nip' | 'golongan' | 'unit' | 'position' | 'tenure';

export interface EmployeeFilter {
  /** Units of the current post; each is expanded here to its whole subtree. */
  readonly unitIds?: readonly number[];
  readonly golongan?: GolonganCode | readonly GolonganCode[];
  /** Kind of the current position. */
  readonly positionKind?: PositionKind | readonly PositionKind[];
  /** Field of the highest education. */
  readonly educationField?: EducationField | readonly EducationField[];
  readonly employmentType?: EmploymentType | readonly EmploymentType[];
  readonly status?: EmployeeStatus | readonly EmployeeStatus[];
  /** Name contains (case-insensitive), or NIP starts with (spaces, dots and dashes ignored). */
  readonly q?: string;
}

export interface EmployeeListQuery extends EmployeeFilter, PageRequest {
  readonly sort?: EmployeeSort;
  readonly order?: SortOrder;
}

/** Sort columns; those that can be empty (no post, no rank yet) sort empty values last. */
const SORTS = {
  name: { column: 'e.name', nullable: false },
  nip: { column: 'e.nip', nullable: false },
  golongan: { column: 'e.current_golongan', nullable: true },
  unit: { column: 'cu.name', nullable: true },
  position: { column: 'cp.name', nullable: true },
  tenure: { column: 'e.current_position_since', nullable: true },
} as const;

/**
 * One page of employees with the total. Filters and the count read `employees` alone (its
 * current-post columns are keyed). The page is found as ids first (narrow rows to sort), then
 * only those employees are joined with their current position and unit. Sorts end with name and
 * id so pages are stable; empty values sort last in both directions.
 */
export async function listEmployees(
  db: Kysely<Database>,
  instansiId: number,
  query: EmployeeListQuery,
): Promise<Page<EmployeeSummary>> {
  const filtered = await filterEmployees(db, instansiId, query);
  if (!filtered) return { items: [], total: 0 };
  const { limit, offset } = pageWindow(query);
  const order = query.order ?? 'asc';
  const sort = SORTS[query.sort ?? 'name'];
  // Unused left joins on a primary key are dropped by both planners.
  let ids = filtered
    .leftJoin('positions as cp', 'cp.id', 'e.current_position_id')
    .leftJoin('units as cu', 'cu.id', 'cp.unit_id')
    .select('e.id')
    .orderBy(sort.column, (ob) => {
      const directed = order === 'asc' ? ob.asc() : ob.desc();
      return sort.nullable ? directed.nullsLast() : directed;
    });
  if (sort.column !== 'e.name') ids = ids.orderBy('e.name');
  const tieOrder = sort.column === 'e.name' ? order : 'asc';
  const [count, pageIds] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ids.orderBy('e.id', tieOrder).limit(limit).offset(offset).execute(),
  ]);
  const total = Number(count.n);
  if (pageIds.length === 0) return { items: [], total };
  const rows = await withSummaryColumns(fromEmployees(db))
    .where(
      'e.id',
      'in',
      pageIds.map((r) => r.id),
    )
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return { items: pageIds.map((r) => toEmployeeSummary(byId.get(r.id)!)), total };
}

/** Ids of the employees whose current post lies in the units or below them. */
export async function employeeIdsInUnits(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<number[]> {
  const filtered = await filterEmployees(db, instansiId, { unitIds });
  if (!filtered) return [];
  const rows = await filtered.select('e.id').orderBy('e.id').execute();
  return rows.map((r) => r.id);
}

/** `employees as e` narrowed by the filter; null when it can match nothing. */
async function filterEmployees(
  db: Kysely<Database>,
  instansiId: number,
  filter: EmployeeFilter,
): Promise<EmployeesQuery | null> {
  let query = fromEmployees(db).where((eb) => inInstansi(db, eb.ref('e.instansi_id'), instansiId));
  const kinds = asList(filter.positionKind);
  const units = filter.unitIds ? await subtreeIds(db, instansiId, filter.unitIds) : null;
  if (units?.length === 0) return null;
  if (units || kinds.length > 0) {
    // Note: the subquery stays inside the instansi, so a unit id of another instansi matches nothing.
    query = query.where('e.current_position_id', 'in', (eb) => {
      let positions = eb.selectFrom('positions').select('id').where('instansi_id', '=', instansiId);
      if (units) positions = positions.where('unit_id', 'in', units);
      if (kinds.length > 0) positions = positions.where('kind', 'in', kinds);
      return positions;
    });
  }
  const golongan = asList(filter.golongan);
  if (golongan.length > 0) query = query.where('e.current_golongan', 'in', golongan);
  const fields = asList(filter.educationField);
  if (fields.length > 0) query = query.where('e.highest_education_field', 'in', fields);
  const types = asList(filter.employmentType);
  if (types.length > 0) query = query.where('e.employment_type', 'in', types);
  const statuses = asList(filter.status);
  if (statuses.length > 0) query = query.where('e.status', 'in', statuses);
  const q = filter.q?.trim();
  if (q) {
    query = query.where((eb) => {
      const matches: Expression<SqlBool>[] = [containsText(eb.ref('e.name'), q)];
      const digits = normalizeNip(q);
      // A NIP prefix as a range, so the (instansi_id, nip) index serves it on both engines.
      if (/^\d+$/.test(digits))
        matches.push(eb.and([eb('e.nip', '>=', digits), eb('e.nip', '<', `${digits}:`)]));
      return eb.or(matches);
    });
  }
  return query;
}

/** The NIP of one employee: a keyed one-column read for hot paths (every signed-in request). */
export async function getEmployeeNip(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<string | null> {
  const row = await db
    .selectFrom('employees')
    .select('nip')
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.nip ?? null;
}
