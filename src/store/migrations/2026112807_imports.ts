import type { Kysely } from 'kysely';
import { columnsFor } from './columns.js';

/**
 * Import and export (issue 8): the report of every import run (dry run or commit), kept so the
 * web page and the API can offer it for download as XLSX after the upload.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const c = columnsFor(db);
  await db.schema
    .createTable('import_reports')
    .$call(c.id)
    .addColumn('instansi_id', 'integer', (col) => col.notNull().references('instansi.id').onDelete('cascade'))
    .addColumn('kind', 'text', (col) => col.notNull())
    .addColumn('file_name', 'text', (col) => col.notNull())
    .addColumn('sha256', 'text', (col) => col.notNull())
    .addColumn('dry_run', 'boolean', (col) => col.notNull())
    .addColumn('ok', 'boolean', (col) => col.notNull())
    .addColumn('committed', 'boolean', (col) => col.notNull())
    .addColumn('report_json', 'text', (col) => col.notNull())
    .addColumn('created_by_user_id', 'integer')
    .addColumn('created_at', c.timestamp, (col) => col.notNull().defaultTo(c.now))
    .execute();
  await db.schema
    .createIndex('import_reports_instansi_idx')
    .on('import_reports')
    .columns(['instansi_id', 'id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('import_reports').execute();
}
