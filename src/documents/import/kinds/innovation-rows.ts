import {
  INNOVATION_ROLES,
  INNOVATION_STATUSES,
  type InnovationRole,
  type InnovationStatus,
} from '../../../core/appraisal/records.js';
import type { LocalDate } from '../../../core/model/local-date.js';
import type { Nip } from '../../../core/model/nip.js';
import { dateCell } from '../date-cell.js';
import type { ColumnSpec } from '../headers.js';
import { nipCell } from '../nip-cell.js';
import type { TableSpec } from '../table-spec.js';
import { choiceCell, optionalText, textCell } from '../value-cells.js';
import { type EvidenceCell, evidenceCell } from './evidence-cell.js';

export type InnovationField =
  | 'title'
  | 'description'
  | 'unit'
  | 'status'
  | 'proposedOn'
  | 'implementedOn'
  | 'replicatedOn'
  | 'awardedOn'
  | 'nip'
  | 'role'
  | 'evidence';

/** The innovation table: one row per innovator; the title (repeated) ties the rows of one innovation. */
export const INNOVATION_COLUMNS: readonly ColumnSpec<InnovationField>[] = [
  { field: 'title', label: 'JUDUL INOVASI', matches: /^(JUDUL|NAMA)( INOVASI)?$|^INOVASI$/ },
  {
    field: 'description',
    label: 'DESKRIPSI',
    matches: /^(DESKRIPSI|URAIAN|KETERANGAN)( INOVASI| SINGKAT)?$/,
  },
  {
    field: 'unit',
    label: 'UNIT KERJA',
    matches: /^(KODE )?(UNIT|UNOR|OPD)( KERJA)?$|^(KODE|KD) (UNIT|UNOR)$/,
  },
  { field: 'status', label: 'TAHAP', matches: /^(TAHAP|STATUS)( INOVASI)?$/ },
  { field: 'proposedOn', label: 'TGL DIUSULKAN', matches: /^(TGL|TANGGAL) (DIUSULKAN|USULAN|USUL)$/ },
  {
    field: 'implementedOn',
    label: 'TGL DITERAPKAN',
    matches: /^(TGL|TANGGAL) (DITERAPKAN|PENERAPAN|IMPLEMENTASI)$/,
  },
  { field: 'replicatedOn', label: 'TGL DIREPLIKASI', matches: /^(TGL|TANGGAL) (DIREPLIKASI|REPLIKASI)$/ },
  {
    field: 'awardedOn',
    label: 'TGL PENGHARGAAN',
    matches: /^(TGL|TANGGAL) (PENGHARGAAN|MERAIH PENGHARGAAN)$/,
  },
  { field: 'nip', label: 'NIP', matches: /^NIP( BARU| INOVATOR| ANGGOTA)?$/ },
  { field: 'role', label: 'PERAN', matches: /^PERAN( DALAM TIM)?$/ },
  {
    field: 'evidence',
    label: 'BUKTI DUKUNG',
    matches: /^BUKTI( DUKUNG)?$|^(NOMOR|NO) (SK|DOKUMEN)$|^TAUTAN$/,
  },
];

/** Indonesian names of the stages and roles, as people write them (the codes work too). */
export const INNOVATION_STATUS_ALIASES: Readonly<Record<string, InnovationStatus>> = {
  DIUSULKAN: 'PROPOSED',
  USULAN: 'PROPOSED',
  DITERAPKAN: 'IMPLEMENTED',
  PENERAPAN: 'IMPLEMENTED',
  IMPLEMENTASI: 'IMPLEMENTED',
  DIREPLIKASI: 'REPLICATED',
  REPLIKASI: 'REPLICATED',
  MERAIH_PENGHARGAAN: 'AWARDED',
  PENGHARGAAN: 'AWARDED',
};
export const INNOVATION_ROLE_ALIASES: Readonly<Record<string, InnovationRole>> = {
  KETUA: 'LEAD',
  KETUA_TIM: 'LEAD',
  ANGGOTA: 'MEMBER',
  ANGGOTA_TIM: 'MEMBER',
};

/** One row: the innovator, and the innovation's cells as written (blank ones are null). */
export interface InnovationRow {
  readonly row: number;
  readonly title: string;
  readonly nip: Nip;
  readonly role: InnovationRole;
  readonly description: string | null;
  readonly unit: string | null;
  readonly status: InnovationStatus | null;
  readonly proposedOn: LocalDate | null;
  readonly implementedOn: LocalDate | null;
  readonly replicatedOn: LocalDate | null;
  readonly awardedOn: LocalDate | null;
  readonly evidence: EvidenceCell | null;
}

export const innovationTable: TableSpec<InnovationField, InnovationRow> = {
  kind: 'innovations',
  columns: INNOVATION_COLUMNS,
  key: 'title',
  required: ['title', 'unit', 'status', 'proposedOn', 'nip', 'role'],
  readRow(r) {
    const title = r.take('title', textCell(r.cell('title'), 'title', 'JUDUL INOVASI'));
    const nip = r.take('nip', nipCell(r.cell('nip'), 'nip'));
    const role = r.take(
      'role',
      choiceCell(r.cell('role'), 'role', INNOVATION_ROLES, INNOVATION_ROLE_ALIASES),
    );
    const status = r.optional('status', (c, f) =>
      choiceCell(c, f, INNOVATION_STATUSES, INNOVATION_STATUS_ALIASES),
    );
    const dates = {
      proposedOn: r.optional('proposedOn', dateCell),
      implementedOn: r.optional('implementedOn', dateCell),
      replicatedOn: r.optional('replicatedOn', dateCell),
      awardedOn: r.optional('awardedOn', dateCell),
    };
    const evidence = r.optional('evidence', evidenceCell);
    const bad = [status, evidence, ...Object.values(dates)].some((v) => v === undefined);
    if (!title || !nip || !role || bad) return null;
    return {
      row: r.number,
      title,
      nip,
      role,
      description: optionalText(r.cell('description')),
      unit: optionalText(r.cell('unit')),
      status: status ?? null,
      proposedOn: dates.proposedOn ?? null,
      implementedOn: dates.implementedOn ?? null,
      replicatedOn: dates.replicatedOn ?? null,
      awardedOn: dates.awardedOn ?? null,
      evidence: evidence ?? null,
    };
  },
};
