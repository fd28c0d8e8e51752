import { type Kysely, sql } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Files kept as evidence (*bukti dukung*) of the innovation register and of programme
 * participation: a PDF or an image, at most 2 MiB, as base64 text with its SHA-256 (like the
 * tenure override PDFs). An entry refers to a file as `att:<sha256>`, so the same file uploaded for
 * forty participants is kept once per instansi. Files are never deleted with an entry: the audit
 * log names them by hash.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  await db.schema
    .createTable('evidence_files')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id').onDelete('cascade'))
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('media_type', 'text', (col) =>
      col.notNull().check(sql`media_type in ('application/pdf', 'image/png', 'image/jpeg')`),
    )
    .addColumn('bytes', 'integer', (col) => col.notNull().check(sql`bytes > 0`))
    .addColumn('content_base64', 'text', (col) => col.notNull())
    .addColumn('uploaded_by_user_id', 'integer')
    .addColumn('uploaded_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .addUniqueConstraint('evidence_files_sha_unique', ['instansi_id', 'sha256'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('evidence_files').execute();
}
