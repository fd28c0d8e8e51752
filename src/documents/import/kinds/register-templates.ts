import type { ExportColumn, ExportTable } from '../../export/export-table.js';
import type { ColumnSpec } from '../headers.js';
import { INNOVATION_COLUMNS, type InnovationField } from './innovation-rows.js';
import { PARTICIPATION_COLUMNS, type ParticipationField } from './participation-rows.js';

export const TEMPLATE_KINDS = ['innovations', 'program-participants'] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

const DATE = 'tanggal HH-BB-TTTT (mis. 15-06-2026)';
const EVIDENCE =
  'nomor/nama dokumen (mis. SK Kepala Dinas No. 188.4/12/2026) atau tautan https://...; berkas PDF/foto diunggah di halaman';

const INNOVATION_HELP: Readonly<Record<InnovationField, string>> = {
  title: 'wajib di setiap baris; baris dengan judul yang sama adalah satu inovasi',
  description: 'wajib (3-2000 karakter); boleh dikosongkan di baris anggota berikutnya',
  unit: 'kode atau nama unit kerja pemilik inovasi',
  status: 'Diusulkan, Diterapkan, Direplikasi atau Meraih penghargaan',
  proposedOn: `wajib; ${DATE}`,
  implementedOn: `wajib mulai tahap Diterapkan; ${DATE}`,
  replicatedOn: `wajib untuk tahap Direplikasi; ${DATE}`,
  awardedOn: `wajib untuk tahap Meraih penghargaan; ${DATE}`,
  nip: 'NIP 18 digit inovator (format kolom sebagai Teks); satu baris per inovator',
  role: 'Ketua atau Anggota; setiap inovasi memerlukan satu ketua',
  evidence: `${EVIDENCE}; kosong pada inovasi yang sudah terdaftar berarti bukti lama dipakai`,
};

const PARTICIPATION_HELP: Readonly<Record<ParticipationField, string>> = {
  program: 'kode program yang sudah terdaftar di halaman Program (mis. STUNTING)',
  nip: 'NIP 18 digit peserta (format kolom sebagai Teks)',
  role: 'Koordinator, Anggota atau Pendukung',
  startDate: `${DATE}; di dalam masa program`,
  endDate: `${DATE}; tidak sebelum tanggal mulai dan di dalam masa program`,
  hours: 'jumlah jam keterlibatan, 0 sampai 5000 (boleh desimal, mis. 12,5)',
  outcome: 'Melampaui, Tercapai, Sebagian, Tidak tercapai atau Berjalan',
  evidence: EVIDENCE,
};

const DATE_FIELDS = new Set<string>([
  'proposedOn',
  'implementedOn',
  'replicatedOn',
  'awardedOn',
  'startDate',
  'endDate',
]);

function template<F extends string>(
  sheetName: string,
  specs: readonly ColumnSpec<F>[],
  help: Readonly<Record<F, string>>,
): ExportTable<never> {
  const columns: ExportColumn<never>[] = specs.map((c) => ({
    header: c.label,
    type: DATE_FIELDS.has(c.field) ? 'date' : c.field === 'hours' ? 'number' : 'text',
    value: () => null,
    width: Math.max(14, c.label.length + 4),
  }));
  return {
    sheetName,
    columns,
    rows: (async function* () {})(),
    summary: {
      sheetName: 'Petunjuk',
      rows: () => [['Kolom', 'Isi'], ...specs.map((c) => [c.label, help[c.field]] as const)],
    },
  };
}

/**
 * The empty file a person fills in for an import of the registers: the columns the importer reads
 * under their canonical headers (text columns formatted as text so a NIP keeps its 18 digits), and
 * in XLSX a second sheet "Petunjuk" saying what each column takes.
 * @example registerTemplate('innovations').columns[0].header // 'JUDUL INOVASI'
 */
export function registerTemplate(kind: TemplateKind): ExportTable<never> {
  return kind === 'innovations'
    ? template('Inovasi', INNOVATION_COLUMNS, INNOVATION_HELP)
    : template('Peserta Program', PARTICIPATION_COLUMNS, PARTICIPATION_HELP);
}
