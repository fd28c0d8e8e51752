import type { Flag, Id, Timestamp } from './schema-columns.js';

/**
 * Row types for import and export (issue 8): import runs and their reports.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */
export interface ImportsTables {
  import_reports: ImportReportsTable;
}

/** One import run (dry run or commit) with its whole report as JSON, for the XLSX download. */
export interface ImportReportsTable {
  id: Id;
  instansi_id: number;
  kind: string;
  file_name: string;
  sha256: string;
  dry_run: Flag;
  ok: Flag;
  committed: Flag;
  report_json: string;
  created_by_user_id: number | null;
  created_at: Timestamp;
}
