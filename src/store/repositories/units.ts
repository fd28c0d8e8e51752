import { type Kysely, type Selectable, sql } from 'kysely';
import type { Unit, UnitKind } from '../../core/model/unit.js';
import type { Database, UnitsTable } from '../schema.js';

/** Seats of the positions, their current holders and the vacancies (per position, never below 0). */
export interface Staffing {
  readonly seats: number;
  readonly holders: number;
  readonly vacancies: number;
}

export interface UnitTreeNode extends Unit {
  /** 0 for a top-level unit (OPD, kecamatan). */
  readonly depth: number;
  /** Positions of this unit alone. */
  readonly own: Staffing;
  /** This unit and every unit below it. */
  readonly subtree: Staffing;
}

function toUnit(row: Selectable<UnitsTable>): Unit {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    parentId: row.parent_id,
    code: row.code,
    name: row.name,
    shortName: row.short_name,
    kind: row.kind as UnitKind,
    version: row.version,
  };
}

export async function getUnit(db: Kysely<Database>, instansiId: number, id: number): Promise<Unit | null> {
  const row = await db
    .selectFrom('units')
    .selectAll()
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toUnit(row) : null;
}

/**
 * The units of an instansi in tree order (parents first, siblings by code), each with its staffing
 * alone and summed over its subtree. A unit's vacancies are the sum of its positions' vacancies, so
 * an over-filled position does not hide an empty one.
 */
export async function listUnitTree(db: Kysely<Database>, instansiId: number): Promise<UnitTreeNode[]> {
  const [units, staffing] = await Promise.all([
    db.selectFrom('units').selectAll().where('instansi_id', '=', instansiId).orderBy('code').execute(),
    staffingByUnit(db, instansiId),
  ]);
  const children = new Map<number | null, Selectable<UnitsTable>[]>();
  for (const u of units) {
    const siblings = children.get(u.parent_id) ?? [];
    siblings.push(u);
    children.set(u.parent_id, siblings);
  }
  const out: UnitTreeNode[] = [];
  const visit = (row: Selectable<UnitsTable>, depth: number): Staffing => {
    const own = staffing.get(row.id) ?? { seats: 0, holders: 0, vacancies: 0 };
    const index = out.length;
    out.push({ ...toUnit(row), depth, own, subtree: own });
    let subtree = own;
    for (const child of children.get(row.id) ?? []) {
      const s = visit(child, depth + 1);
      subtree = {
        seats: subtree.seats + s.seats,
        holders: subtree.holders + s.holders,
        vacancies: subtree.vacancies + s.vacancies,
      };
    }
    out[index] = { ...out[index]!, subtree };
    return subtree;
  };
  for (const root of children.get(null) ?? []) visit(root, 0);
  return out;
}

/** Seats, holders and vacancies of each unit's own positions. */
export async function staffingByUnit(
  db: Kysely<Database>,
  instansiId: number,
): Promise<Map<number, Staffing>> {
  const rows = await db
    .selectFrom('positions as p')
    .leftJoin(holderCounts(db, instansiId).as('h'), 'h.position_id', 'p.id')
    .where('p.instansi_id', '=', instansiId)
    .groupBy('p.unit_id')
    .select((eb) => [
      'p.unit_id',
      eb.fn.sum<number>('p.seats').as('seats'),
      eb.fn.sum<number>(eb.fn.coalesce('h.holders', sql.lit(0))).as('holders'),
      eb.fn.sum<number>(vacanciesExpression()).as('vacancies'),
    ])
    .execute();
  return new Map(
    rows.map((r) => [
      r.unit_id,
      { seats: Number(r.seats), holders: Number(r.holders), vacancies: Number(r.vacancies) },
    ]),
  );
}

/** Current holders per position of an instansi, as a subquery `(position_id, holders)`. */
export function holderCounts(db: Kysely<Database>, instansiId: number) {
  return db
    .selectFrom('position_assignments')
    .where('instansi_id', '=', instansiId)
    .where('end_date', 'is', null)
    .groupBy('position_id')
    .select((eb) => ['position_id', eb.fn.countAll<number>().as('holders')]);
}

/** `max(p.seats - h.holders, 0)` over `positions as p` joined with `holderCounts(...) as h`. */
export function vacanciesExpression() {
  return sql<number>`case when p.seats > coalesce(h.holders, 0) then p.seats - coalesce(h.holders, 0) else 0 end`;
}

/** The unit and every unit below it (empty when the unit is not in the instansi). */
export async function unitSubtreeIds(
  db: Kysely<Database>,
  instansiId: number,
  unitId: number,
): Promise<number[]> {
  return subtreeIds(db, instansiId, [unitId]);
}

/** The given units and every unit below them. */
export async function subtreeIds(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<number[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .withRecursive('subtree(id)', (qb) =>
      qb
        .selectFrom('units')
        .select('id')
        .where('instansi_id', '=', instansiId)
        .where('id', 'in', unitIds)
        // union (not union all) drops repeats and stops on a cycle.
        .union(qb.selectFrom('units as u').innerJoin('subtree', 'subtree.id', 'u.parent_id').select('u.id')),
    )
    .selectFrom('subtree')
    .select('id')
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
