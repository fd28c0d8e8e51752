import {
  PROGRAM_OUTCOMES,
  PROGRAM_ROLES,
  type ProgramOutcome,
  type ProgramRole,
} from '../../../core/appraisal/records.js';
import { fail, ok, type Result } from '../../../core/errors.js';
import type { LocalDate } from '../../../core/model/local-date.js';
import type { Nip } from '../../../core/model/nip.js';
import { dateCell } from '../date-cell.js';
import type { ColumnSpec } from '../headers.js';
import { nipCell } from '../nip-cell.js';
import type { Cell } from '../sheet.js';
import type { TableSpec } from '../table-spec.js';
import { cellIssue, choiceCell, textCell } from '../value-cells.js';
import { type EvidenceCell, evidenceCell } from './evidence-cell.js';

export type ParticipationField =
  | 'program'
  | 'nip'
  | 'role'
  | 'startDate'
  | 'endDate'
  | 'hours'
  | 'outcome'
  | 'evidence';

/** Programme participation: one row per person and span in a programme named by its code. */
export const PARTICIPATION_COLUMNS: readonly ColumnSpec<ParticipationField>[] = [
  { field: 'program', label: 'KODE PROGRAM', matches: /^(KODE|KD) PROGRAM$|^PROGRAM$/ },
  { field: 'nip', label: 'NIP', matches: /^NIP( BARU| PESERTA)?$/ },
  { field: 'role', label: 'PERAN', matches: /^PERAN( DALAM PROGRAM)?$/ },
  { field: 'startDate', label: 'TGL MULAI', matches: /^(TGL|TANGGAL) (MULAI|AWAL)$/ },
  { field: 'endDate', label: 'TGL SELESAI', matches: /^(TGL|TANGGAL) (SELESAI|AKHIR)$/ },
  { field: 'hours', label: 'JAM', matches: /^(JUMLAH )?JAM( KERJA| KEGIATAN)?$/ },
  { field: 'outcome', label: 'CAPAIAN', matches: /^(CAPAIAN|HASIL)( PROGRAM)?$/ },
  {
    field: 'evidence',
    label: 'BUKTI DUKUNG',
    matches: /^BUKTI( DUKUNG)?$|^(NOMOR|NO) (SK|DOKUMEN)$|^TAUTAN$/,
  },
];

export const PROGRAM_ROLE_ALIASES: Readonly<Record<string, ProgramRole>> = {
  KOORDINATOR: 'COORDINATOR',
  KETUA: 'COORDINATOR',
  ANGGOTA: 'MEMBER',
  PENDUKUNG: 'SUPPORT',
  PELAKSANA: 'SUPPORT',
};
export const PROGRAM_OUTCOME_ALIASES: Readonly<Record<string, ProgramOutcome>> = {
  MELAMPAUI: 'EXCEEDED',
  MELAMPAUI_TARGET: 'EXCEEDED',
  TERCAPAI: 'ACHIEVED',
  SEBAGIAN: 'PARTIAL',
  TERCAPAI_SEBAGIAN: 'PARTIAL',
  TIDAK_TERCAPAI: 'NOT_ACHIEVED',
  BERJALAN: 'ONGOING',
  MASIH_BERJALAN: 'ONGOING',
};

export interface ParticipationRow {
  readonly row: number;
  readonly program: string;
  readonly nip: Nip;
  readonly role: ProgramRole;
  readonly startDate: LocalDate;
  readonly endDate: LocalDate;
  readonly hours: number;
  readonly outcome: ProgramOutcome;
  readonly evidence: EvidenceCell;
}

/** Hours as written: `12`, `12,5` or `12.5`, from 0 to 5000 (the API's bound). */
export function hoursCell(cell: Cell, field: string): Result<number> {
  const text = cell.text.trim();
  const n = cell.number ?? (/^\d+([.,]\d+)?$/.test(text) ? Number(text.replace(',', '.')) : Number.NaN);
  if (Number.isFinite(n) && n >= 0 && n <= 5000) return ok(n);
  return fail(
    cellIssue(
      field,
      cell.text,
      'VALIDATION_FAILED',
      'HOURS_RANGE',
      `Jam "${cell.text}" harus angka 0 sampai 5000`,
      `Hours "${cell.text}" must be a number from 0 to 5000`,
    ),
  );
}

export const participationTable: TableSpec<ParticipationField, ParticipationRow> = {
  kind: 'program-participants',
  columns: PARTICIPATION_COLUMNS,
  key: 'program',
  required: ['program', 'nip', 'role', 'startDate', 'endDate', 'hours', 'outcome', 'evidence'],
  readRow(r) {
    const program = r.take('program', textCell(r.cell('program'), 'program', 'KODE PROGRAM'));
    const nip = r.take('nip', nipCell(r.cell('nip'), 'nip'));
    const role = r.take('role', choiceCell(r.cell('role'), 'role', PROGRAM_ROLES, PROGRAM_ROLE_ALIASES));
    const startDate = r.take('startDate', dateCell(r.cell('startDate'), 'startDate'));
    const endDate = r.take('endDate', dateCell(r.cell('endDate'), 'endDate'));
    const hours = r.take('hours', hoursCell(r.cell('hours'), 'hours'));
    const outcome = r.take(
      'outcome',
      choiceCell(r.cell('outcome'), 'outcome', PROGRAM_OUTCOMES, PROGRAM_OUTCOME_ALIASES),
    );
    const evidence = r.take('evidence', evidenceCell(r.cell('evidence'), 'evidence'));
    if (!program || !nip || !role || !startDate || !endDate || hours === undefined || !outcome || !evidence)
      return null;
    return {
      row: r.number,
      program: program.toUpperCase(),
      nip,
      role,
      startDate,
      endDate,
      hours,
      outcome,
      evidence,
    };
  },
};
