import type { Kysely, Transaction } from 'kysely';
import type { OrganisationGrade } from '../../core/appraisal/policy.js';
import { insertRows } from '../bulk-insert.js';
import type { Database } from '../schema.js';

/** The organisation grade recorded per unit (OPD) for a period. */
export async function unitGrades(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
): Promise<Map<number, OrganisationGrade>> {
  const rows = await db
    .selectFrom('evaluation_unit_grades')
    .select(['unit_id', 'grade'])
    .where('instansi_id', '=', instansiId)
    .where('period_id', '=', periodId)
    .execute();
  return new Map(rows.map((r) => [r.unit_id, r.grade as OrganisationGrade]));
}

/** Records (or replaces) the grades of some units for a period. */
export async function setUnitGrades(
  trx: Transaction<Database>,
  instansiId: number,
  periodId: number,
  grades: readonly { readonly unitId: number; readonly grade: OrganisationGrade }[],
): Promise<void> {
  if (grades.length === 0) return;
  await trx
    .deleteFrom('evaluation_unit_grades')
    .where('period_id', '=', periodId)
    .where(
      'unit_id',
      'in',
      grades.map((g) => g.unitId),
    )
    .execute();
  await insertRows(
    trx,
    'evaluation_unit_grades',
    ['instansi_id', 'period_id', 'unit_id', 'grade'],
    grades.map((g) => [instansiId, periodId, g.unitId, g.grade]),
  );
}
