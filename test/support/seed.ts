import type { Kysely } from 'kysely';
import type { InstansiDataset } from '../../src/core/model/drafts.js';
import { insertDataset } from '../../src/store/repositories/insert-dataset.js';
import type { Database } from '../../src/store/schema.js';
import { buildDataset } from './sample-dataset.js';

export interface SeededDataset {
  readonly instansiId: number;
  readonly dataset: InstansiDataset;
  /** Ids by unit code, position code and NIP. */
  readonly unitId: (code: string) => number;
  readonly positionId: (code: string) => number;
  readonly employeeId: (nip: string) => number;
  /** Employee id by the index of the employee draft. */
  readonly employee: (index: number) => number;
}

/** Writes a data set (default: `buildDataset()`) in one transaction and returns id lookups. */
export async function seedDataset(db: Kysely<Database>, dataset = buildDataset()): Promise<SeededDataset> {
  const { instansiId } = await db
    .transaction()
    .execute((trx) => insertDataset(trx, dataset, { passwordHash: 'test-hash' }));
  const [units, positions, employees] = await Promise.all([
    db.selectFrom('units').select(['id', 'code']).where('instansi_id', '=', instansiId).execute(),
    db.selectFrom('positions').select(['id', 'code']).where('instansi_id', '=', instansiId).execute(),
    db.selectFrom('employees').select(['id', 'nip']).where('instansi_id', '=', instansiId).execute(),
  ]);
  const lookup = (rows: { id: number; key: string }[], what: string) => {
    const map = new Map(rows.map((r) => [r.key, r.id]));
    return (key: string) => map.get(key) ?? fail(`no ${what} ${key}`);
  };
  const employeeId = lookup(
    employees.map((e) => ({ id: e.id, key: e.nip })),
    'employee',
  );
  return {
    instansiId,
    dataset,
    unitId: lookup(
      units.map((u) => ({ id: u.id, key: u.code })),
      'unit',
    ),
    positionId: lookup(
      positions.map((p) => ({ id: p.id, key: p.code })),
      'position',
    ),
    employeeId,
    employee: (index) => employeeId(dataset.employees[index]?.nip ?? fail(`no employee draft ${index}`)),
  };
}

function fail(message: string): never {
  throw new Error(message);
}
