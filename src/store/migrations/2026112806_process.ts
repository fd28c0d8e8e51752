import { type CreateTableBuilder, type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * The mutation process (issue 7): proposals and their moves, the transition history, review board
 * sessions (members, agenda, decisions, conflict-of-interest declarations), decree numbering and
 * issued decrees with their petikan, announcements, objections, Mendagri approvals and the record of
 * moves taking effect. Child rows point at their parent with `(parent_id, instansi_id)`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  const bool = 'boolean' as const;
  const instansi = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('instansi_id', 'integer', (col) =>
      col.notNull().references('instansi.id').onDelete('cascade'),
    );
  const owned = (t: CreateTableBuilder<string, any>) =>
    t.addColumn('instansi_id', 'integer', (col) => col.notNull());
  const idInstansi = (table: string) => (t: CreateTableBuilder<string, any>) =>
    t.addUniqueConstraint(`${table}_id_instansi_unique`, ['id', 'instansi_id']);

  await db.schema
    .createTable('proposals')
    .$call(c.id)
    .$call(instansi)
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('title', 'text', (col) => col.notNull())
    .addColumn('round', 'text', (col) => col.notNull())
    .addColumn('state', 'text', (col) => col.notNull())
    .addColumn('tmt', c.date, (col) => col.notNull())
    .addColumn('plan_id', 'integer')
    .addColumn('plan_summary_json', 'text')
    .addColumn('created_by_user_id', 'integer', (col) => col.notNull())
    .addColumn('announced_on', c.date)
    .addColumn('objection_window_days', 'integer')
    .$call(c.versioned)
    .addUniqueConstraint('proposals_number_unique', ['instansi_id', 'number'])
    .$call(idInstansi('proposals'))
    .execute();
  await db.schema
    .createIndex('proposals_state_idx')
    .on('proposals')
    .columns(['instansi_id', 'state'])
    .execute();

  await db.schema
    .createTable('proposal_items')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('from_position_id', 'integer')
    .addColumn('from_unit_id', 'integer')
    .addColumn('to_position_id', 'integer', (col) => col.notNull())
    .addColumn('to_unit_id', 'integer', (col) => col.notNull())
    .addColumn('move_type', 'text', (col) => col.notNull())
    .addColumn('is_promotion', bool, (col) => col.notNull())
    .addColumn('is_demotion', bool, (col) => col.notNull())
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('legal_ground', 'text', (col) => col.notNull())
    .addColumn('explanation_json', 'text')
    .addColumn('eligibility_status', 'text')
    .addColumn('eligibility_json', 'text')
    .addColumn('eligibility_checked_on', c.date)
    .$call(c.ownedBy('proposals', 'proposal_id'))
    // Cascades: only an instansi is ever deleted as a whole (deleteInstansi removes employees first).
    .$call(c.ownedBy('employees', 'employee_id'))
    .$call(c.ownedBy('positions', 'to_position_id'))
    .addUniqueConstraint('proposal_items_employee_unique', ['proposal_id', 'employee_id'])
    .$call(idInstansi('proposal_items'))
    .execute();

  await db.schema
    .createTable('proposal_transitions')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('transition', 'text', (col) => col.notNull())
    .addColumn('from_state', 'text', (col) => col.notNull())
    .addColumn('to_state', 'text', (col) => col.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor_role', 'text', (col) => col.notNull())
    .addColumn('reason', 'text')
    .addColumn('occurred_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .execute();

  await db.schema
    .createTable('board_sessions')
    .$call(c.id)
    .$call(instansi)
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('held_on', c.date, (col) => col.notNull())
    .addColumn('place', 'text', (col) => col.notNull())
    .addColumn('minutes_sha256', 'text')
    .addColumn('minutes_pdf', 'text')
    .$call(c.versioned)
    .addUniqueConstraint('board_sessions_number_unique', ['instansi_id', 'number'])
    .$call(idInstansi('board_sessions'))
    .execute();

  await db.schema
    .createTable('board_members')
    .$call(c.id)
    .$call(owned)
    .addColumn('session_id', 'integer', (col) => col.notNull())
    .addColumn('name', 'text', (col) => col.notNull())
    .addColumn('position_title', 'text', (col) => col.notNull())
    .addColumn('member_role', 'text', (col) => col.notNull())
    .addColumn('user_id', 'integer')
    .addColumn('present', bool, (col) => col.notNull())
    .$call(c.ownedBy('board_sessions', 'session_id'))
    .$call(idInstansi('board_members'))
    .execute();

  await db.schema
    .createTable('board_agenda')
    .$call(c.id)
    .$call(owned)
    .addColumn('session_id', 'integer', (col) => col.notNull())
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .$call(c.ownedBy('board_sessions', 'session_id'))
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .addUniqueConstraint('board_agenda_unique', ['session_id', 'proposal_id'])
    .execute();

  await db.schema
    .createTable('board_decisions')
    .$call(c.id)
    .$call(owned)
    .addColumn('session_id', 'integer', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('decision', 'text', (col) =>
      col.notNull().check(sql`decision in ('AGREE', 'DISAGREE', 'DEFER')`),
    )
    .addColumn('notes', 'text')
    .addColumn('decided_by_user_id', 'integer')
    .addColumn('decided_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('board_sessions', 'session_id'))
    .$call(c.ownedBy('proposal_items', 'item_id'))
    .addUniqueConstraint('board_decisions_unique', ['session_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('board_conflicts')
    .$call(c.id)
    .$call(owned)
    .addColumn('session_id', 'integer', (col) => col.notNull())
    .addColumn('member_id', 'integer', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('has_conflict', bool, (col) => col.notNull())
    .addColumn('statement', 'text', (col) => col.notNull())
    .addColumn('declared_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('board_sessions', 'session_id'))
    .$call(c.ownedBy('board_members', 'member_id'))
    .$call(c.ownedBy('proposal_items', 'item_id'))
    .addUniqueConstraint('board_conflicts_unique', ['session_id', 'member_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('decree_counters')
    .$call(c.id)
    .$call(instansi)
    .addColumn('doc_type', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('last_seq', 'integer', (col) => col.notNull().check(sql`last_seq >= 0`))
    .addUniqueConstraint('decree_counters_unique', ['instansi_id', 'doc_type', 'year'])
    .execute();

  await db.schema
    .createTable('decrees')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('number', 'text', (col) => col.notNull())
    .addColumn('year', 'integer', (col) => col.notNull())
    .addColumn('seq', 'integer', (col) => col.notNull())
    .addColumn('decree_date', c.date, (col) => col.notNull())
    .addColumn('tmt', c.date, (col) => col.notNull())
    .addColumn('place', 'text', (col) => col.notNull())
    .addColumn('signatory_name', 'text', (col) => col.notNull())
    .addColumn('signatory_role', 'text', (col) => col.notNull())
    .addColumn('pdf_sha256', 'text')
    .addColumn('pdf', 'text')
    .addColumn('issued_by_user_id', 'integer')
    .addColumn('issued_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .addUniqueConstraint('decrees_number_unique', ['instansi_id', 'number'])
    .addUniqueConstraint('decrees_proposal_unique', ['proposal_id'])
    .$call(idInstansi('decrees'))
    .execute();

  await db.schema
    .createTable('decree_excerpts')
    .$call(c.id)
    .$call(owned)
    .addColumn('decree_id', 'integer', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('pdf_sha256', 'text')
    .addColumn('pdf', 'text')
    .$call(c.ownedBy('decrees', 'decree_id'))
    .$call(c.ownedBy('proposal_items', 'item_id'))
    .addUniqueConstraint('decree_excerpts_unique', ['decree_id', 'item_id'])
    .execute();

  await db.schema
    .createTable('announcements')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('announced_on', c.date, (col) => col.notNull())
    .addColumn('objection_until', c.date, (col) => col.notNull())
    .addColumn('note', 'text')
    .addColumn('announced_by_user_id', 'integer')
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .execute();

  await db.schema
    .createTable('objections')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('employee_id', 'integer', (col) => col.notNull())
    .addColumn('text', 'text', (col) => col.notNull())
    .addColumn('received_on', c.date, (col) => col.notNull())
    .addColumn('decision', 'text', (col) => col.check(sql`decision in ('UPHELD', 'DISMISSED')`))
    .addColumn('decision_reason', 'text')
    .addColumn('decided_by_user_id', 'integer')
    .addColumn('decided_on', c.date)
    .$call(c.versioned)
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .execute();

  await db.schema
    .createTable('mendagri_approvals')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('letter_no', 'text', (col) => col.notNull())
    .addColumn('letter_date', c.date, (col) => col.notNull())
    .addColumn('subject', 'text', (col) => col.notNull())
    .addColumn('covered_nips', 'text', (col) => col.notNull())
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .execute();

  await db.schema
    .createTable('effective_applications')
    .$call(c.id)
    .$call(owned)
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('applied_on', c.date, (col) => col.notNull())
    .addColumn('applied_by_user_id', 'integer')
    .addColumn('changes_json', 'text', (col) => col.notNull())
    .addColumn('applied_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .addUniqueConstraint('effective_applications_proposal_unique', ['proposal_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'effective_applications',
    'mendagri_approvals',
    'objections',
    'announcements',
    'decree_excerpts',
    'decrees',
    'decree_counters',
    'board_conflicts',
    'board_decisions',
    'board_agenda',
    'board_members',
    'board_sessions',
    'proposal_transitions',
    'proposal_items',
    'proposals',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
