import type { Kysely } from 'kysely';
import type { EmployeeStatus } from '../../core/model/employee.js';
import type { Nip } from '../../core/model/nip.js';
import type { Database } from '../schema.js';

/** Who a NIP is, as record entry needs it: the id, the name and the unit of the current post. */
export interface EvaluatedPerson {
  readonly id: number;
  readonly nip: Nip;
  readonly name: string;
  readonly status: EmployeeStatus;
  readonly unitId: number | null;
}

const CHUNK = 500;

/** The employees of an instansi with these NIPs (unknown NIPs are simply absent). */
export async function employeesByNip(
  db: Kysely<Database>,
  instansiId: number,
  nips: readonly string[],
): Promise<Map<string, EvaluatedPerson>> {
  const wanted = [...new Set(nips)];
  const out = new Map<string, EvaluatedPerson>();
  for (let start = 0; start < wanted.length; start += CHUNK) {
    const rows = await db
      .selectFrom('employees as e')
      .leftJoin('positions as p', 'p.id', 'e.current_position_id')
      .select(['e.id', 'e.nip', 'e.name', 'e.status', 'p.unit_id'])
      .where('e.instansi_id', '=', instansiId)
      .where('e.nip', 'in', wanted.slice(start, start + CHUNK))
      .execute();
    for (const r of rows) {
      out.set(r.nip, {
        id: r.id,
        nip: r.nip as Nip,
        name: r.name,
        status: r.status as EmployeeStatus,
        unitId: r.unit_id,
      });
    }
  }
  return out;
}

/** Ids of the employees whose current post is in the given units (an OPD head's staff). */
export async function employeeIdsOfUnits(
  db: Kysely<Database>,
  instansiId: number,
  unitIds: readonly number[],
): Promise<number[]> {
  if (unitIds.length === 0) return [];
  const rows = await db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .select('e.id')
    .where('e.instansi_id', '=', instansiId)
    .where('p.unit_id', 'in', [...unitIds])
    .execute();
  return rows.map((r) => r.id);
}

/** The employees with these ids (all of the instansi when there are many ids), by id. */
export async function employeesById(
  db: Kysely<Database>,
  instansiId: number,
  ids: readonly number[],
): Promise<Map<number, EvaluatedPerson>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('employees as e')
    .leftJoin('positions as p', 'p.id', 'e.current_position_id')
    .select(['e.id', 'e.nip', 'e.name', 'e.status', 'p.unit_id'])
    .where('e.instansi_id', '=', instansiId)
    .$if(ids.length <= CHUNK, (q) => q.where('e.id', 'in', [...ids]))
    .execute();
  return new Map(
    rows.map((r) => [
      r.id,
      { id: r.id, nip: r.nip as Nip, name: r.name, status: r.status as EmployeeStatus, unitId: r.unit_id },
    ]),
  );
}
