import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Regulated professions (DOMAIN.md 15.1): the profession a post practises, the study programmes
 * (major codes) a post's education requirement accepts, and the licences people hold (educator
 * certificate, STR, SIP). People's majors need no column: they are derived from the diploma's
 * jurusan text. Professions are not checked against a list here: the list grows with the law,
 * and the application validates every value it writes.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  await db.schema.alterTable('positions').addColumn('profession', 'text').execute();
  await db.schema
    .alterTable('position_education_requirements')
    // JSON text array of major codes; `[]` means any programme of the requirement's fields.
    .addColumn('majors', 'text', (col) => col.notNull().defaultTo('[]'))
    .execute();

  await db.schema
    .createTable('employee_licences')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`${sql.ref('kind')} in ('SERTIFIKAT_PENDIDIK', 'STR', 'SIP')`),
    )
    .addColumn('number', 'text', (col) =>
      col.notNull().check(sql`length(${sql.ref('number')}) between 1 and 64`),
    )
    .addColumn('profession', 'text', (col) => col.notNull())
    .addColumn('issued_on', c.date)
    // Null: no end date (an STR under UU 17/2023 is valid for life).
    .addColumn('valid_until', c.date)
    .$call(c.versioned)
    .$call(c.ownedBy('employees', 'employee_id'))
    .addCheckConstraint(
      'employee_licences_dates',
      sql`valid_until is null or issued_on is null or valid_until >= issued_on`,
    )
    .execute();
  await db.schema
    .createIndex('employee_licences_employee_idx')
    .on('employee_licences')
    .column('employee_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('employee_licences').execute();
  await db.schema.alterTable('position_education_requirements').dropColumn('majors').execute();
  await db.schema.alterTable('positions').dropColumn('profession').execute();
}
