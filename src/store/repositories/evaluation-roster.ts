import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { selectEmployeeSummaries } from './employee-summary.js';

export interface RosterRow {
  readonly id: number;
  readonly nip: string;
  readonly name: string;
  readonly positionName: string | null;
  readonly unitId: number | null;
  readonly unitName: string | null;
}

const CHUNK = 500;

/** Name, NIP, current position and unit of these employees (of the instansi only), by id. */
export async function rosterRows(
  db: Kysely<Database>,
  instansiId: number,
  ids: readonly number[],
): Promise<Map<number, RosterRow>> {
  const out = new Map<number, RosterRow>();
  for (let start = 0; start < ids.length; start += CHUNK) {
    const rows = await selectEmployeeSummaries(db)
      .where('e.instansi_id', '=', instansiId)
      .where('e.id', 'in', ids.slice(start, start + CHUNK))
      .execute();
    for (const r of rows) {
      out.set(r.id, {
        id: r.id,
        nip: r.nip,
        name: r.name,
        positionName: r.current_position_name,
        unitId: r.current_unit_id,
        unitName: r.current_unit_name,
      });
    }
  }
  return out;
}

/** Names of these units of the instansi, by id. */
export async function unitNames(
  db: Kysely<Database>,
  instansiId: number,
  ids: readonly number[],
): Promise<Map<number, string>> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('units')
    .select(['id', 'name'])
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', wanted)
    .execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}
