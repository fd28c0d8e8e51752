import { type Kysely, sql } from 'kysely';
import type { EmployeeSummary } from '../../core/model/employee.js';
import { POSITION_KINDS, type Position, type PositionKind } from '../../core/model/position.js';
import type { Database } from '../schema.js';
import { selectEmployeeSummaries, toEmployeeSummary } from './employee-summary.js';
import { asList, containsText, type Page, type PageRequest, pageWindow, type SortOrder } from './paging.js';
import { POSITION_COLUMNS, toPosition } from './position-row.js';
import { holderCounts, subtreeIds, vacanciesExpression } from './units.js';

export type PositionSort = 'name' | 'kind' | 'unit' | 'seats' | 'vacancies';

export interface PositionListQuery extends PageRequest {
  /** Units of the position; each is expanded here to its whole subtree. */
  readonly unitIds?: readonly number[];
  readonly kind?: PositionKind | readonly PositionKind[];
  /** true: at least one empty seat; false: every seat filled (or over-filled). */
  readonly vacant?: boolean;
  /** Contains, case-insensitive, in the name or the code. */
  readonly q?: string;
  readonly sort?: PositionSort;
  readonly order?: SortOrder;
}

export interface PositionListItem extends Omit<Position, 'educationRequirements' | 'competencyStandard'> {
  readonly unitName: string;
  readonly holders: number;
  readonly vacancies: number;
}

export interface PositionDetail {
  readonly position: Position;
  readonly unitName: string;
  /** Current holders, by name. */
  readonly holders: readonly EmployeeSummary[];
  readonly vacancies: number;
}

/** Kinds in the order of POSITION_KINDS (JPT first), not alphabetically. */
const kindRank = sql<number>`case p.kind ${sql.join(
  POSITION_KINDS.map((k, i) => sql`when ${sql.lit(k)} then ${sql.lit(i)}`),
  sql` `,
)} end`;

export async function listPositions(
  db: Kysely<Database>,
  instansiId: number,
  query: PositionListQuery,
): Promise<Page<PositionListItem>> {
  let filtered = db
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .leftJoin(holderCounts(db, instansiId).as('h'), 'h.position_id', 'p.id')
    .where('p.instansi_id', '=', instansiId);
  if (query.unitIds) {
    const units = await subtreeIds(db, instansiId, query.unitIds);
    if (units.length === 0) return { items: [], total: 0 };
    filtered = filtered.where('p.unit_id', 'in', units);
  }
  const kinds = asList(query.kind);
  if (kinds.length > 0) filtered = filtered.where('p.kind', 'in', kinds);
  if (query.vacant !== undefined)
    filtered = filtered.where(vacanciesExpression(), query.vacant ? '>' : '=', 0);
  const q = query.q?.trim();
  if (q)
    filtered = filtered.where((eb) =>
      eb.or([containsText(eb.ref('p.name'), q), containsText(eb.ref('p.code'), q)]),
    );

  const { limit, offset } = pageWindow(query);
  const order = query.order ?? 'asc';
  const sortKey = {
    name: sql`p.name`,
    kind: kindRank,
    unit: sql`u.name`,
    seats: sql`p.seats`,
    vacancies: vacanciesExpression(),
  }[query.sort ?? 'name'];
  const [count, rows] = await Promise.all([
    filtered.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    filtered
      .select(POSITION_COLUMNS)
      .select([
        'u.name as unit_name',
        sql<number>`coalesce(h.holders, 0)`.as('holders'),
        vacanciesExpression().as('vacancies'),
      ])
      .orderBy(sortKey, order)
      .orderBy('p.name')
      .orderBy('p.id')
      .limit(limit)
      .offset(offset)
      .execute(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => {
      const { educationRequirements: _r, competencyStandard: _s, ...position } = toPosition(r);
      return {
        ...position,
        unitName: r.unit_name,
        holders: Number(r.holders),
        vacancies: Number(r.vacancies),
      };
    }),
  };
}

/** A position with its requirements, its current holders and its vacancies; null when not found. */
export async function getPosition(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<PositionDetail | null> {
  const row = await db
    .selectFrom('positions as p')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(POSITION_COLUMNS)
    .select('u.name as unit_name')
    .where('p.instansi_id', '=', instansiId)
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  const [requirements, standards, holders] = await Promise.all([
    db
      .selectFrom('position_education_requirements')
      .select(['min_level', 'fields', 'majors'])
      .where('position_id', '=', id)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('position_competency_standards')
      .select(['type', 'code', 'name', 'level'])
      .where('position_id', '=', id)
      .orderBy('id')
      .execute(),
    selectEmployeeSummaries(db)
      .where('e.instansi_id', '=', instansiId)
      .where('e.id', 'in', (eb) =>
        eb
          .selectFrom('position_assignments')
          .select('employee_id')
          .where('instansi_id', '=', instansiId)
          .where('position_id', '=', id)
          .where('end_date', 'is', null),
      )
      .orderBy('e.name')
      .orderBy('e.id')
      .execute(),
  ]);
  return {
    position: toPosition(row, requirements, standards),
    unitName: row.unit_name,
    holders: holders.map(toEmployeeSummary),
    vacancies: Math.max(row.seats - holders.length, 0),
  };
}
