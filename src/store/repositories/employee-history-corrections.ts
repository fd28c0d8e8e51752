import type { Transaction } from 'kysely';
import type { GolonganCode } from '../../core/model/golongan.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Database } from '../schema.js';

/*
 * Corrections of single history rows by id, in the caller's transaction. The caller read the ids
 * from its own instansi's employees, and refreshes the current columns afterwards
 * (refreshEmployeeCurrent), as for every write of rank, assignment or education rows.
 */

export async function correctRankGolongan(
  trx: Transaction<Database>,
  rankId: number,
  golongan: GolonganCode,
): Promise<void> {
  await trx.updateTable('employee_rank_history').set({ golongan }).where('id', '=', rankId).execute();
}

export async function correctEducationDetails(
  trx: Transaction<Database>,
  educationId: number,
  details: { readonly field: string; readonly institution: string },
): Promise<void> {
  await trx
    .updateTable('employee_education')
    .set({ field: details.field, institution: details.institution })
    .where('id', '=', educationId)
    .execute();
}

export async function closePositionAssignment(
  trx: Transaction<Database>,
  assignmentId: number,
  endDate: LocalDate,
): Promise<void> {
  await trx
    .updateTable('position_assignments')
    .set({ end_date: endDate })
    .where('id', '=', assignmentId)
    .execute();
}
