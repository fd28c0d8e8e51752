import { type Kysely, type RawBuilder, sql } from 'kysely';
import { EDUCATION_LEVELS, educationRank } from '../../core/model/education.js';
import type { Database } from '../schema.js';

/** `educationRank` of core as SQL, so the highest education is chosen the same way. */
const educationRankSql = sql.join(
  EDUCATION_LEVELS.map((level) => sql`when ${sql.lit(level)} then ${sql.lit(educationRank(level))}`),
  sql` `,
);

/**
 * Recomputes the derived "current" columns of employees from their histories: current golongan
 * (last rank by TMT), current post (the assignment without an end date), highest education
 * (level rank, then latest graduation, then first recorded: core `highestEducation`).
 *
 * Whoever changes rank, assignment or education rows calls this in the same transaction. The
 * derived columns are a cache of the histories, so the employee's version does not change.
 * Without `employeeIds` every employee of the instansi is refreshed.
 */
export async function refreshEmployeeCurrent(
  db: Kysely<Database>,
  instansiId: number,
  employeeIds?: readonly number[],
): Promise<void> {
  if (!employeeIds) return refresh(db, instansiId, sql``);
  for (let i = 0; i < employeeIds.length; i += CHUNK) {
    await refresh(db, instansiId, sql`and id in (${sql.join(employeeIds.slice(i, i + CHUNK))})`);
  }
}

const CHUNK = 5000;

async function refresh(db: Kysely<Database>, instansiId: number, only: RawBuilder<unknown>): Promise<void> {
  await sql`
    update employees set
      (current_golongan, current_golongan_tmt) = (
        select r.golongan, r.tmt from employee_rank_history r
        where r.employee_id = employees.id order by r.tmt desc, r.id desc limit 1),
      (current_position_id, current_position_since) = (
        select a.position_id, a.start_date from position_assignments a
        where a.employee_id = employees.id and a.end_date is null),
      (highest_education_level, highest_education_field) = (
        select e.level, e.field from employee_education e
        where e.employee_id = employees.id
        order by case e.level ${educationRankSql} end desc, e.graduation_year desc, e.id asc limit 1)
    where instansi_id = ${instansiId} ${only}`.execute(db);
}
