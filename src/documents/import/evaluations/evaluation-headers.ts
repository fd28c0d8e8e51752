import type { EntryField } from '../../../core/appraisal/entries.js';
import { normalizeHeader } from '../headers.js';
import type { SheetRow } from '../sheet.js';

/** A recognised column: an entry field, or PREDIKAT (read only to say it is ignored). */
export type ColumnField = EntryField | 'predikat';

// First match wins: "NIP PEJABAT PENILAI" must be the evaluator before it can be the NIP.
const RULES: readonly [ColumnField, (h: string) => boolean][] = [
  ['evaluatorNip', (h) => /PENILAI/.test(h)],
  ['predikat', (h) => /^PREDIKAT( KINERJA)?$/.test(h)],
  [
    'nip',
    (h) =>
      /^(NO |NOMOR )?NIP( BARU| PEGAWAI| ASN| NI PPPK)?$|^NI PPPK$|^NIPPPK$|^NOMOR INDUK PEGAWAI$/.test(h),
  ],
  ['name', (h) => /^NAMA( PEGAWAI| LENGKAP| ASN)?$/.test(h)],
  ['period', (h) => /^PERIODE( PENILAIAN)?$|^PERIOD$/.test(h)],
  ['hasilKerja', (h) => /^(RATING |PENILAIAN )?HASIL( KERJA)?$/.test(h)],
  ['perilakuKerja', (h) => /^(RATING |PENILAIAN )?PERILAKU( KERJA)?$/.test(h)],
  ['workingDays', (h) => /^(JUMLAH |JML )?HARI KERJA$|^HK$/.test(h)],
  ['unexcusedDays', (h) => /^(ALPA|ALPHA|ALFA|MANGKIR|TK|A)( .*)?$|TANPA KETERANGAN/.test(h)],
  ['lateCount', (h) => /^(JUMLAH |JML )?(TERLAMBAT|TELAT)( .*)?$|^TL$/.test(h)],
  ['evidence', (h) => /^BUKTI( DUKUNG)?$|^(NO |NOMOR )?DOKUMEN$|^REFERENSI$|^EVIDENCE$/.test(h)],
];

/**
 * The field a header names, for the usual Indonesian headers: NIP, NAMA, HASIL KERJA, PERILAKU
 * KERJA, HARI KERJA, ALPA / TANPA KETERANGAN, TERLAMBAT, PERIODE, BUKTI, NIP PEJABAT PENILAI.
 * @example recognizeHeader('Alpa/Tanpa Keterangan (hari)') // 'unexcusedDays'
 */
export function recognizeHeader(text: string): ColumnField | null {
  const h = normalizeHeader(text);
  if (h === '') return null;
  for (const [field, test] of RULES) if (test(h)) return field;
  return null;
}

export interface HeaderMap {
  readonly row: number;
  /** Column index and header text per field (the first such column wins). */
  readonly columns: ReadonlyMap<ColumnField, { readonly index: number; readonly header: string }>;
  /** Headers nobody recognised (shown as a warning, never an error). */
  readonly unknown: readonly string[];
}

/**
 * Finds the header row: the first of the first 15 rows with a NIP column. Exports often start
 * with a title ("REKAPITULASI PENILAIAN KINERJA ...") and a blank line.
 */
export function findHeader(rows: readonly SheetRow[]): HeaderMap | null {
  for (const row of rows.slice(0, 15)) {
    const columns = new Map<ColumnField, { index: number; header: string }>();
    const unknown: string[] = [];
    row.cells.forEach((cell, index) => {
      const header = cell.text.trim();
      const field = recognizeHeader(header);
      if (field && !columns.has(field)) columns.set(field, { index, header });
      else if (!field && header !== '' && !/^NO\.?$|^NOMOR$|^NO URUT$/i.test(header)) unknown.push(header);
    });
    if (columns.has('nip')) return { row: row.number, columns, unknown };
  }
  return null;
}
