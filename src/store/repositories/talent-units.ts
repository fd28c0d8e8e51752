import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

export interface UnitRoot {
  readonly id: number;
  readonly code: string;
  readonly name: string;
}

/** For every unit of an instansi, the top-level unit (OPD, kecamatan) it belongs to. */
export async function unitRoots(db: Kysely<Database>, instansiId: number): Promise<Map<number, UnitRoot>> {
  const rows = await db
    .selectFrom('units')
    .select(['id', 'parent_id', 'code', 'name'])
    .where('instansi_id', '=', instansiId)
    .execute();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const out = new Map<number, UnitRoot>();
  const rootOf = (id: number, depth = 0): UnitRoot | undefined => {
    const known = out.get(id);
    if (known) return known;
    const row = byId.get(id);
    if (!row) return undefined;
    const root =
      row.parent_id === null || depth > 50
        ? { id: row.id, code: row.code, name: row.name }
        : (rootOf(row.parent_id, depth + 1) ?? { id: row.id, code: row.code, name: row.name });
    out.set(id, root);
    return root;
  };
  for (const r of rows) rootOf(r.id);
  return out;
}
