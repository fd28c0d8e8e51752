import type { Kysely } from 'kysely';
import type { Rating } from '../../core/appraisal/ratings.js';
import type { Database } from '../schema.js';
import { isLatestRevision, MAX_IDS_IN_FILTER } from './evaluation-revisions.js';

/**
 * The current values only (no evidence, no revision trail) of a period's SKP ratings and
 * attendance: what evaluating a whole period reads, four columns instead of twenty at 100,000 rows.
 */
export async function currentRatingValues(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds?: readonly number[],
): Promise<{ employeeId: number; unitId: number | null; hasilKerja: Rating; perilakuKerja: Rating }[]> {
  const few = employeeIds !== undefined && employeeIds.length <= MAX_IDS_IN_FILTER;
  const rows = await db
    .selectFrom('skp_ratings as r')
    .select(['r.employee_id', 'r.unit_id', 'r.hasil_kerja', 'r.perilaku_kerja'])
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision('skp_ratings', 'r'))
    .$if(few, (q) => q.where('r.employee_id', 'in', employeeIds?.length ? [...employeeIds] : [-1]))
    .orderBy('r.employee_id')
    .execute();
  const wanted = employeeIds && !few ? new Set(employeeIds) : null;
  return rows
    .filter((r) => !wanted || wanted.has(r.employee_id))
    .map((r) => ({
      employeeId: r.employee_id,
      unitId: r.unit_id,
      hasilKerja: r.hasil_kerja as Rating,
      perilakuKerja: r.perilaku_kerja as Rating,
    }));
}

export async function currentAttendanceValues(
  db: Kysely<Database>,
  instansiId: number,
  periodId: number,
  employeeIds: readonly number[],
): Promise<Map<number, { workingDays: number; unexcusedDays: number; lateCount: number }>> {
  const few = employeeIds.length <= MAX_IDS_IN_FILTER;
  const rows = await db
    .selectFrom('attendance_records as r')
    .select(['r.employee_id', 'r.working_days', 'r.unexcused_days', 'r.late_count'])
    .where('r.instansi_id', '=', instansiId)
    .where('r.period_id', '=', periodId)
    .where(isLatestRevision('attendance_records', 'r'))
    .$if(few, (q) => q.where('r.employee_id', 'in', employeeIds.length ? [...employeeIds] : [-1]))
    .execute();
  return new Map(
    rows.map((r) => [
      r.employee_id,
      { workingDays: r.working_days, unexcusedDays: r.unexcused_days, lateCount: r.late_count },
    ]),
  );
}
