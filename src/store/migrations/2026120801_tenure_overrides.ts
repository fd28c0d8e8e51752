import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Exceptions to the 2-year minimum in post (DOMAIN.md 15.6), one per move of a proposal: the ground
 * from a fixed list, the approving user, the reason and the attached PDF (base64 text with its
 * SHA-256, like the SK and the board minutes). Deleted with the move or the proposal.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  await db.schema
    .createTable('tenure_overrides')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull())
    .addColumn('proposal_id', 'integer', (col) => col.notNull())
    .addColumn('item_id', 'integer', (col) => col.notNull())
    .addColumn('ground', 'text', (col) =>
      col
        .notNull()
        .check(
          sql`ground in ('PROMOTION', 'RESTRUCTURING', 'OWN_REQUEST', 'HEALTH', 'COURT_DECISION', 'DISCIPLINARY_SANCTION')`,
        ),
    )
    .addColumn('reason', 'text', (col) => col.notNull())
    .addColumn('approved_by_user_id', 'integer', (col) => col.notNull())
    .addColumn('approved_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addColumn('document_name', 'text', (col) => col.notNull())
    .addColumn('document_sha256', 'text', (col) => col.notNull())
    .addColumn('document_bytes', 'integer', (col) => col.notNull().check(sql`document_bytes > 0`))
    .addColumn('document_pdf', 'text', (col) => col.notNull())
    .$call(c.ownedBy('proposals', 'proposal_id'))
    .$call(c.ownedBy('proposal_items', 'item_id'))
    .addUniqueConstraint('tenure_overrides_item_unique', ['item_id'])
    .execute();
  await db.schema
    .createIndex('tenure_overrides_proposal_idx')
    .on('tenure_overrides')
    .column('proposal_id')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('tenure_overrides').execute();
}
