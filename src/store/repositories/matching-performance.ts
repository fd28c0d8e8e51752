import type { Kysely } from 'kysely';
import type { Database } from '../schema.js';

/** The three numbers of one evaluation result that matching reads. */
export interface ResultFigures {
  readonly periodId: number;
  readonly employeeId: number;
  readonly predikat: string;
  readonly performanceIndex: number | null;
  readonly box: number | null;
}

/**
 * The latest revision of each person's result in the given periods, with only the columns matching
 * reads (predikat, performance index, box): one query for all periods, the latest revision picked
 * while reading in revision order instead of by a correlated subquery per row. `employeeIds` narrows
 * it to those people (the single-explanation path).
 * @example (await latestResultFigures(db, 1, [7, 8]))[0]?.predikat // 'BAIK'
 */
export async function latestResultFigures(
  db: Kysely<Database>,
  instansiId: number,
  periodIds: readonly number[],
  employeeIds?: readonly number[],
): Promise<ResultFigures[]> {
  if (periodIds.length === 0 || employeeIds?.length === 0) return [];
  const rows = await db
    .selectFrom('evaluation_results')
    .select(['period_id', 'employee_id', 'revision', 'predikat', 'performance_index', 'box'])
    .where('instansi_id', '=', instansiId)
    .where('period_id', 'in', [...periodIds])
    .$if(employeeIds !== undefined, (q) => q.where('employee_id', 'in', [...(employeeIds ?? [])]))
    .orderBy('period_id')
    .orderBy('employee_id')
    .orderBy('revision')
    .execute();
  const out: ResultFigures[] = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const next = rows[i + 1];
    // Rows come in revision order per (period, employee): the last of each run is the current one.
    if (next && next.period_id === r.period_id && next.employee_id === r.employee_id) continue;
    out.push({
      periodId: r.period_id,
      employeeId: r.employee_id,
      predikat: r.predikat,
      performanceIndex: r.performance_index,
      box: r.box === null ? null : Number(r.box),
    });
  }
  return out;
}
