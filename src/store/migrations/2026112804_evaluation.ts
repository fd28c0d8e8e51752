import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Performance evaluation and talent (issue 4): versioned policies, periods with their lifecycle,
 * the input records (SKP ratings and attendance as append-only revisions, the innovation and
 * programme registers), OPD grades, and the results a period keeps once closed.
 * Deleting an instansi takes all of it along (on delete cascade); actors are plain user ids, like
 * the audit log, so the history outlives the accounts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  const real = 'double precision' as const;
  const instansi = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('instansi_id', 'integer', (col) =>
      col.notNull().references('instansi.id').onDelete('cascade'),
    );
  const owned = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('instansi_id', 'integer', (col) => col.notNull());
  const unitRef = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('unit_id', 'integer', (col) => col.references('units.id').onDelete('set null'));
  const evidence = (t: CreateTableBuilder<string, any>) =>
    t
      .addColumn('evidence_kind', 'text', (col) => col.notNull())
      .addColumn('evidence_ref', 'text', (col) => col.notNull());
  /** Who wrote a revision, when, how and why: revisions are never updated. */
  const revision = (t: CreateTableBuilder<string, any>) =>
    t
      .addColumn('revision', 'integer', (col) => col.notNull().check(sql`revision >= 1`))
      .addColumn('mode', 'text', (col) => col.notNull())
      .addColumn('source', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('recorded_by_user_id', 'integer')
      .addColumn('recorded_at', c.timestamp, (col) => col.notNull().defaultTo(c.now));

  await db.schema
    .createTable('evaluation_policies')
    .$call(c.id)
    .$call(instansi)
    .addColumn('version_no', 'integer', (col) => col.notNull().check(sql`version_no >= 1`))
    .addColumn('policy_json', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('changed_by_user_id', 'integer')
    .addColumn('changed_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addUniqueConstraint('evaluation_policies_version_unique', ['instansi_id', 'version_no'])
    .execute();

  await db.schema
    .createTable('evaluation_periods')
    .$call(c.id)
    .$call(instansi)
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('sequence', 'integer', (col) => col.notNull())
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date, (col) => col.notNull())
    .addColumn('status', 'text', (col) =>
      col.notNull().defaultTo('OPEN').check(sql`status in ('OPEN', 'CLOSED')`),
    )
    .addColumn('policy_version', 'integer')
    .addColumn('closed_at', c.timestamp)
    .addColumn('closed_by_user_id', 'integer')
    .$call(c.versioned)
    .addUniqueConstraint('evaluation_periods_code_unique', ['instansi_id', 'code'])
    .addUniqueConstraint('evaluation_periods_id_instansi_unique', ['id', 'instansi_id'])
    .addCheckConstraint('evaluation_periods_dates', sql`end_date >= start_date`)
    .execute();

  await db.schema
    .createTable('skp_ratings')
    .$call(c.id)
    .$call(owned)
    .addColumn('period_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .$call(unitRef)
    .addColumn('hasil_kerja', 'text', (col) => col.notNull())
    .addColumn('perilaku_kerja', 'text', (col) => col.notNull())
    .addColumn('predikat', 'text', (col) => col.notNull())
    .addColumn('rules_version', 'text', (col) => col.notNull())
    .addColumn('evaluator_nip', 'text')
    .$call(evidence)
    .$call(revision)
    .$call(c.ownedBy('evaluation_periods', 'period_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('skp_ratings_revision_unique', ['period_id', 'employee_id', 'revision'])
    .execute();

  await db.schema
    .createTable('attendance_records')
    .$call(c.id)
    .$call(owned)
    .addColumn('period_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('working_days', 'integer', (col) => col.notNull().check(sql`working_days >= 1`))
    .addColumn('unexcused_days', 'integer', (col) => col.notNull().check(sql`unexcused_days >= 0`))
    .addColumn('late_count', 'integer', (col) => col.notNull().check(sql`late_count >= 0`))
    .$call(evidence)
    .$call(revision)
    .$call(c.ownedBy('evaluation_periods', 'period_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('attendance_records_revision_unique', ['period_id', 'employee_id', 'revision'])
    .execute();
  for (const table of ['skp_ratings', 'attendance_records']) {
    await db.schema
      .createIndex(`${table}_employee_idx`)
      .on(table)
      .columns(['employee_id', 'period_id'])
      .execute();
  }

  await db.schema
    .createTable('innovations')
    .$call(c.id)
    .$call(owned)
    .addColumn('unit_id', 'integer', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('status', 'text', (col) => col.notNull())
    .addColumn('proposed_on', c.date, (col) => col.notNull())
    .addColumn('implemented_on', c.date)
    .addColumn('replicated_on', c.date)
    .addColumn('awarded_on', c.date)
    .$call(evidence)
    .$call(c.versioned)
    .$call(c.ownedBy('units', 'unit_id'))
    .addUniqueConstraint('innovations_id_instansi_unique', ['id', 'instansi_id'])
    .execute();
  await db.schema
    .createIndex('innovations_instansi_idx')
    .on('innovations')
    .columns(['instansi_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('innovation_members')
    .$call(c.id)
    .$call(owned)
    .addColumn('innovation_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .$call(c.ownedBy('innovations', 'innovation_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('innovation_members_unique', ['innovation_id', 'employee_id'])
    .execute();
  await db.schema
    .createIndex('innovation_members_employee_idx')
    .on('innovation_members')
    .column('employee_id')
    .execute();

  await db.schema
    .createTable('government_programs')
    .$call(c.id)
    .$call(instansi)
    .addColumn('code', 'text', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('description', 'text', (col) => col.notNull())
    .addColumn('lead_unit_id', 'integer', (col) => col.references('units.id').onDelete('set null'))
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date)
    .$call(c.versioned)
    .addUniqueConstraint('government_programs_code_unique', ['instansi_id', 'code'])
    .addUniqueConstraint('government_programs_id_instansi_unique', ['id', 'instansi_id'])
    .execute();

  await db.schema
    .createTable('program_participations')
    .$call(c.id)
    .$call(owned)
    .addColumn('program_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('role', 'text', (col) => col.notNull())
    .addColumn('start_date', c.date, (col) => col.notNull())
    .addColumn('end_date', c.date, (col) => col.notNull())
    .addColumn('hours', real, (col) => col.notNull().check(sql`hours >= 0`))
    .addColumn('outcome', 'text', (col) => col.notNull())
    .$call(evidence)
    .$call(c.versioned)
    .$call(c.ownedBy('government_programs', 'program_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addCheckConstraint('program_participations_dates', sql`end_date >= start_date`)
    .execute();
  await db.schema
    .createIndex('program_participations_employee_idx')
    .on('program_participations')
    .columns(['employee_id', 'start_date'])
    .execute();
  await db.schema
    .createIndex('program_participations_program_idx')
    .on('program_participations')
    .column('program_id')
    .execute();

  await db.schema
    .createTable('evaluation_unit_grades')
    .$call(c.id)
    .$call(owned)
    .addColumn('period_id', 'integer', (col) => col.notNull())
    .addColumn('unit_id', 'integer', (col) => col.notNull())
    .addColumn('grade', 'text', (col) => col.notNull())
    .$call(c.versioned)
    .$call(c.ownedBy('evaluation_periods', 'period_id'))
    .$call(c.ownedBy('units', 'unit_id'))
    .addUniqueConstraint('evaluation_unit_grades_unique', ['period_id', 'unit_id'])
    .execute();

  await db.schema
    .createTable('evaluation_results')
    .$call(c.id)
    .$call(owned)
    .addColumn('period_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .$call(unitRef)
    .addColumn('revision', 'integer', (col) => col.notNull().check(sql`revision >= 1`))
    .addColumn('policy_version', 'integer', (col) => col.notNull())
    .addColumn('hasil_kerja', 'text', (col) => col.notNull())
    .addColumn('perilaku_kerja', 'text', (col) => col.notNull())
    .addColumn('predikat', 'text', (col) => col.notNull())
    .addColumn('rules_version', 'text', (col) => col.notNull())
    .addColumn('skp_score', real, (col) => col.notNull())
    .addColumn('discipline_raw', real)
    .addColumn('discipline_score', real)
    .addColumn('discipline_penalty', 'text')
    .addColumn('innovation_raw', real, (col) => col.notNull())
    .addColumn('innovation_score', real, (col) => col.notNull())
    .addColumn('program_raw', real, (col) => col.notNull())
    .addColumn('program_score', real, (col) => col.notNull())
    .addColumn('performance_index', real, (col) => col.notNull())
    .addColumn('performance_level', 'text', (col) => col.notNull())
    .addColumn('potential_status', 'text', (col) => col.notNull())
    .addColumn('potential_score', real)
    .addColumn('potential_level', 'text')
    .addColumn('potential_assessed_on', c.date)
    .addColumn('potential_managerial', real)
    .addColumn('potential_socio_cultural', real)
    .addColumn('potential_technical', real)
    .addColumn('potential_training_hours', real, (col) => col.notNull())
    .addColumn('potential_training_score', real, (col) => col.notNull())
    .addColumn('box', 'integer', (col) => col.check(sql`box between 1 and 9`))
    .addColumn('pool_member', 'boolean', (col) => col.notNull())
    .addColumn('pool_exclusion', 'text')
    .addColumn('reason', 'text')
    .addColumn('computed_by_user_id', 'integer')
    .addColumn('computed_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('evaluation_periods', 'period_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('evaluation_results_revision_unique', ['period_id', 'employee_id', 'revision'])
    .execute();
  await db.schema
    .createIndex('evaluation_results_employee_idx')
    .on('evaluation_results')
    .columns(['employee_id', 'period_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'evaluation_results',
    'evaluation_unit_grades',
    'program_participations',
    'government_programs',
    'innovation_members',
    'innovations',
    'attendance_records',
    'skp_ratings',
    'evaluation_periods',
    'evaluation_policies',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
