import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * JPT selection records (issue 13 item 4; DOMAIN.md 15.3): a selection per JPT post with its
 * committee, its five stages, its candidates (administrative outcome, Pasal 107 check, shortlist
 * rank) and the PPK's choice. One selection in progress per post, enforced by a partial unique index
 * (SQLite and PostgreSQL both have them); ranks are unique within a selection.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  const owned = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('instansi_id', 'integer', (col) => col.notNull());

  await db.schema
    .createTable('selections')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id').onDelete('cascade'))
    .addColumn('position_id', 'integer', (col) => col.notNull())
    .addColumn('kind', 'text', (col) =>
      col.notNull().check(sql`kind in ('OPEN', 'TALENT_POOL', 'JPT_ROTATION')`),
    )
    .addColumn('status', 'text', (col) => col.notNull().check(sql`status in ('IN_PROGRESS', 'COMPLETED')`))
    .addColumn('shortlist_reason', 'text')
    .addColumn('result_employee_id', 'integer')
    .addColumn('result_decided_on', c.date)
    .addColumn('result_decree_number', 'text')
    .addColumn('result_recorded_by_user_id', 'integer')
    .addColumn('created_by_user_id', 'integer')
    .$call(c.versioned)
    .$call(c.ownedBy('positions', 'position_id'))
    // Cascades: only an instansi is ever deleted as a whole (deleteInstansi removes employees first).
    .$call(c.ownedBy('employees', 'result_employee_id'))
    .addUniqueConstraint('selections_id_instansi_unique', ['id', 'instansi_id'])
    // A completed selection names its choice; one in progress names none.
    .addCheckConstraint(
      'selections_result_check',
      sql`(status = 'COMPLETED') = (result_employee_id is not null and result_decided_on is not null and result_decree_number is not null)`,
    )
    .execute();
  await db.schema
    .createIndex('selections_one_open_per_position')
    .unique()
    .on('selections')
    .column('position_id')
    .where(sql.ref('status'), '=', 'IN_PROGRESS')
    .execute();
  await db.schema
    .createIndex('selections_position_idx')
    .on('selections')
    .columns(['instansi_id', 'position_id'])
    .execute();

  await db.schema
    .createTable('selection_committee')
    .$call(c.id)
    .$call(owned)
    .addColumn('selection_id', 'integer', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('member_role', 'text', (col) =>
      col.notNull().check(sql`member_role in ('KETUA', 'SEKRETARIS', 'ANGGOTA')`),
    )
    .$call(c.ownedBy('selections', 'selection_id'))
    .addUniqueConstraint('selection_committee_seq_unique', ['selection_id', 'seq'])
    .execute();

  await db.schema
    .createTable('selection_stages')
    .$call(c.id)
    .$call(owned)
    .addColumn('selection_id', 'integer', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull().check(sql`seq between 0 and 4`))
    .addColumn('stage', 'text', (col) =>
      col
        .notNull()
        .check(sql`stage in ('ANNOUNCEMENT', 'ADMINISTRATIVE', 'COMPETENCY', 'INTERVIEW', 'RESULT')`),
    )
    .addColumn('status', 'text', (col) =>
      col.notNull().check(sql`status in ('PENDING', 'IN_PROGRESS', 'DONE')`),
    )
    .addColumn('stage_date', c.date)
    .$call(c.ownedBy('selections', 'selection_id'))
    .addUniqueConstraint('selection_stages_unique', ['selection_id', 'stage'])
    .execute();

  await db.schema
    .createTable('selection_candidates')
    .$call(c.id)
    .$call(owned)
    .addColumn('selection_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('administrative', 'text', (col) =>
      col.notNull().check(sql`administrative in ('PENDING', 'PASSED', 'FAILED')`),
    )
    .addColumn('pasal107_status', 'text')
    .addColumn('pasal107_json', 'text')
    .addColumn('checked_on', c.date)
    .addColumn('shortlist_rank', 'integer', (col) => col.check(sql`shortlist_rank between 1 and 9`))
    .addColumn('registered_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('selections', 'selection_id'))
    .$call(c.ownedBy('employees', 'employee_id'))
    .addUniqueConstraint('selection_candidates_unique', ['selection_id', 'employee_id'])
    .addUniqueConstraint('selection_candidates_rank_unique', ['selection_id', 'shortlist_rank'])
    .execute();
  await db.schema
    .createIndex('selection_candidates_employee_idx')
    .on('selection_candidates')
    .column('employee_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['selection_candidates', 'selection_stages', 'selection_committee', 'selections']) {
    await db.schema.dropTable(table).execute();
  }
}
