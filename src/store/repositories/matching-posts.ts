import type { Kysely } from 'kysely';
import type { Position } from '../../core/model/position.js';
import type { Unit, UnitKind } from '../../core/model/unit.js';
import type { Database } from '../schema.js';
import { POSITION_COLUMNS, toPosition } from './position-row.js';

export interface PositionsAndUnits {
  readonly positions: readonly Position[];
  readonly units: readonly Unit[];
}

function groupByPosition<T extends { position_id: number }>(rows: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.position_id);
    if (list) list.push(r);
    else out.set(r.position_id, [r]);
  }
  return out;
}

/**
 * Every position of an instansi with its requirement rows, and every unit: three queries, what the
 * person-position matching needs to see the whole city at once.
 * @example const { positions, units } = await loadPositionsAndUnits(db, 1);
 */
export async function loadPositionsAndUnits(
  db: Kysely<Database>,
  instansiId: number,
): Promise<PositionsAndUnits> {
  const [rows, requirements, standards, units] = await Promise.all([
    db
      .selectFrom('positions as p')
      .select(POSITION_COLUMNS)
      .where('p.instansi_id', '=', instansiId)
      .orderBy('p.id')
      .execute(),
    db
      .selectFrom('position_education_requirements')
      .select(['position_id', 'min_level', 'fields', 'majors'])
      .where('instansi_id', '=', instansiId)
      .orderBy('id')
      .execute(),
    db
      .selectFrom('position_competency_standards')
      .select(['position_id', 'type', 'code', 'name', 'level'])
      .where('instansi_id', '=', instansiId)
      .orderBy('id')
      .execute(),
    db.selectFrom('units').selectAll().where('instansi_id', '=', instansiId).orderBy('id').execute(),
  ]);
  const req = groupByPosition(requirements);
  const std = groupByPosition(standards);
  return {
    positions: rows.map((r) => toPosition(r, req.get(r.id) ?? [], std.get(r.id) ?? [])),
    units: units.map(
      (u): Unit => ({
        id: u.id,
        instansiId: u.instansi_id,
        parentId: u.parent_id,
        code: u.code,
        name: u.name,
        shortName: u.short_name,
        kind: u.kind as UnitKind,
        version: u.version,
      }),
    ),
  };
}

export interface CurrentHolder {
  readonly employeeId: number;
  readonly positionId: number;
  readonly since: string | null;
}

/** Who holds which post now (from the employees' current columns), for the JPT incumbent rule. */
export async function loadCurrentHolders(db: Kysely<Database>, instansiId: number): Promise<CurrentHolder[]> {
  const rows = await db
    .selectFrom('employees')
    .select(['id', 'current_position_id', 'current_position_since'])
    .where('instansi_id', '=', instansiId)
    .where('current_position_id', 'is not', null)
    .execute();
  return rows.map((r) => ({
    employeeId: r.id,
    positionId: r.current_position_id as number,
    since: r.current_position_since,
  }));
}
