import type { EntryReportDto, RecordsBody } from '../../api/use-evaluations';
import { attendanceChanged, type RowDraft, skpChanged } from './row-rules';

export interface ChangedRow {
  readonly employeeId: number;
  readonly nip: string;
  readonly draft: RowDraft;
  readonly base: RowDraft;
}

/**
 * The one request that saves the grid's changed rows, and where each item came from: the server
 * numbers items per section from 1, so its report can be put back on the grid's rows.
 */
export function buildRecordsBody(rows: readonly ChangedRow[], evidenceReference: string) {
  const evidence = { kind: 'DOCUMENT' as const, reference: evidenceReference.trim() };
  const skpRows: number[] = [];
  const attendanceRows: number[] = [];
  const body: Required<Pick<RecordsBody, 'skp' | 'attendance'>> = { skp: [], attendance: [] };
  for (const r of rows) {
    const { draft } = r;
    if (skpChanged(draft, r.base) && draft.hasilKerja && draft.perilakuKerja) {
      body.skp.push({
        nip: r.nip,
        hasilKerja: draft.hasilKerja,
        perilakuKerja: draft.perilakuKerja,
        evidence,
      });
      skpRows.push(r.employeeId);
    }
    if (attendanceChanged(draft, r.base)) {
      body.attendance.push({
        nip: r.nip,
        workingDays: Number(draft.workingDays),
        unexcusedDays: Number(draft.unexcusedDays),
        lateCount: Number(draft.lateCount),
        evidence,
      });
      attendanceRows.push(r.employeeId);
    }
  }
  return { body, skpRows, attendanceRows };
}

export type RowMessages = Map<number, { id: string; en: string }[]>;

/** The report's problems by employee; those naming no row (the whole batch) under key 0. */
export function problemsByRow(
  report: EntryReportDto,
  skpRows: readonly number[],
  attendanceRows: readonly number[],
): RowMessages {
  const out: RowMessages = new Map();
  for (const p of report.problems) {
    const rows = p.section === 'skp' ? skpRows : p.section === 'attendance' ? attendanceRows : [];
    const employeeId = p.row === null ? 0 : (rows[p.row - 1] ?? 0);
    const list = out.get(employeeId) ?? [];
    const where = p.column ? `${p.column}: ` : '';
    list.push({ id: `${where}${p.messages.id}`, en: `${where}${p.messages.en}` });
    out.set(employeeId, list);
  }
  return out;
}
