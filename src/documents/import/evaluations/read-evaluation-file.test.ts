import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { recognizeHeader } from './evaluation-headers.js';
import { readEvaluationFile } from './read-evaluation-file.js';

const NIP_A = '198609262015051001';
const NIP_B = '199001152019032002';
const spaced = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;
const csv = (lines: string[]) => new TextEncoder().encode(`\uFEFF${lines.join('\r\n')}`);

async function xlsx(build: (ws: ExcelJS.Worksheet) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Rekap TW1'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('recognizeHeader', () => {
  it.each([
    ['NIP', 'nip'],
    ['N I P'.replaceAll(' ', ''), 'nip'],
    ['NIP Baru', 'nip'],
    ['Nama Pegawai', 'name'],
    ['HASIL KERJA', 'hasilKerja'],
    ['Rating Perilaku Kerja', 'perilakuKerja'],
    ['Jumlah Hari Kerja', 'workingDays'],
    ['ALPA/TANPA KETERANGAN', 'unexcusedDays'],
    ['Tanpa Keterangan (hari)', 'unexcusedDays'],
    ['Alpha', 'unexcusedDays'],
    ['TERLAMBAT (kali)', 'lateCount'],
    ['NIP Pejabat Penilai', 'evaluatorNip'],
    ['Periode', 'period'],
    ['Bukti Dukung', 'evidence'],
    ['PREDIKAT', 'predikat'],
    ['Jabatan', null],
  ])('%s -> %s', (header, field) => {
    expect(recognizeHeader(header)).toBe(field);
  });
});

describe('readEvaluationFile: CSV', () => {
  it('reads a messy e-Kinerja export: BOM, semicolons, title rows, spaced NIPs, a footer', async () => {
    const file = csv([
      'REKAPITULASI PENILAIAN KINERJA PEGAWAI;;;;;;;',
      'Dinas Kesehatan Kota Sibolga - Tahun 2025;;;;;;;',
      ';;;;;;;',
      'NO;NIP;NAMA;HASIL KERJA;PERILAKU KERJA;PREDIKAT;HARI KERJA;ALPA/TANPA KETERANGAN;TERLAMBAT',
      `1;${spaced(NIP_A)};Rina Siregar;Di Atas Ekspektasi;di atas ekspektasi;Sangat Baik;242;;3`,
      `2;"${NIP_B}";Budi Tanjung;Sesuai Ekspektasi;Sesuai;Baik;240;2;0`,
      ';;;;;;;',
      ';;Sibolga, 5 Januari 2026;;;;;',
      ';;Kepala Dinas;;;;;',
    ]);
    const parsed = await readEvaluationFile('rekap-2025.csv', file);
    expect(parsed).toMatchObject({ format: 'CSV', headerRow: 4, rowCount: 2 });
    expect(parsed.problems.map((p) => [p.rule, p.severity])).toEqual([['PREDIKAT_IGNORED', 'WARNING']]);
    expect(parsed.entries).toEqual([
      expect.objectContaining({
        row: 5,
        nip: NIP_A,
        skp: { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI', evaluatorNip: null },
        attendance: { workingDays: 242, unexcusedDays: 0, lateCount: 3 },
        evidence: { kind: 'DOCUMENT', reference: 'rekap-2025.csv, baris 5' },
      }),
      expect.objectContaining({
        row: 6,
        nip: NIP_B,
        attendance: { workingDays: 240, unexcusedDays: 2, lateCount: 0 },
      }),
    ]);
  });

  it('names every bad row, column and rule, with spreadsheet row numbers', async () => {
    const file = csv([
      'NIP,NAMA,HASIL KERJA,PERILAKU KERJA,HARI KERJA,ALPA,TERLAMBAT,PERIODE',
      `1.98609E+17,Rina,Sesuai Ekspektasi,Sesuai Ekspektasi,62,0,0,2026-TW1`,
      `19860926201505,Dodi,Sesuai Ekspektasi,Sesuai Ekspektasi,62,0,0,2026-TW1`,
      `${NIP_B},Budi,Baik,4,62,dua,0,2026-TW1`,
      `198609262015051000,Tono,Sesuai,Sesuai,,1,0,Triwulan V 2026`,
      `,Tanpa NIP,Sesuai,Sesuai,62,0,0,2026-TW1`,
      `${NIP_A},Rina,Di Bawah Ekspektasi,Sesuai Ekspektasi,62,0,1,Triwulan I 2026`,
    ]);
    const parsed = await readEvaluationFile('tw1.csv', file);
    const errors = parsed.problems
      .filter((p) => p.severity === 'ERROR')
      .map((p) => [p.row, p.column, p.rule]);
    expect(errors).toEqual([
      [2, 'NIP', 'NIP_LOST_DIGITS'],
      [3, 'NIP', 'NIP_LENGTH'],
      [4, 'HASIL KERJA', 'RATING_OUT_OF_SCALE'],
      [4, 'PERILAKU KERJA', 'RATING_OUT_OF_SCALE'],
      [4, 'ALPA', 'WHOLE_NUMBER'],
      [5, 'NIP', 'NIP_LOST_DIGITS'],
      [5, 'PERIODE', 'PERIOD_CODE'],
      [5, 'HARI KERJA', 'REQUIRED'],
      [6, 'NIP', 'NIP_REQUIRED'],
    ]);
    for (const p of parsed.problems) {
      expect(p.message.id.length).toBeGreaterThan(5);
      expect(p.message.en.length).toBeGreaterThan(5);
      expect(p.code).toMatch(/^[A-Z_]+$/);
    }
    expect(parsed.problems.find((p) => p.rule === 'RATING_OUT_OF_SCALE')?.message.id).toMatch(
      /di luar skala/,
    );
    expect(parsed.entries).toEqual([expect.objectContaining({ row: 7, periodCode: '2026-TW1' })]);
  });

  it('refuses a file without a NIP header and one with half of the SKP columns', async () => {
    const noHeader = await readEvaluationFile('x.csv', csv(['NAMA,NILAI', 'Rina,90']));
    expect(noHeader.problems.map((p) => [p.row, p.rule])).toEqual([[null, 'HEADER_NOT_FOUND']]);
    const half = await readEvaluationFile('x.csv', csv(['NIP,HASIL KERJA', `${NIP_A},Sesuai`]));
    expect(half.problems.map((p) => p.rule)).toContain('MISSING_COLUMN');
    expect(half.entries).toEqual([]);
  });
});

describe('readEvaluationFile: XLSX', () => {
  it('reads a workbook with a title, text NIPs, a formula, and catches a NIP stored as a number', async () => {
    const bytes = await xlsx((ws) => {
      ws.addRow(['REKAP ABSENSI DAN PENILAIAN TRIWULAN I 2026']);
      ws.mergeCells('A1:H1');
      ws.addRow([]);
      ws.addRow([
        'No',
        'NIP',
        'Nama Pegawai',
        'Hasil Kerja',
        'Perilaku Kerja',
        'Hari Kerja',
        'Tanpa Keterangan',
        'Terlambat',
      ]);
      ws.addRow([1, spaced(NIP_A), 'Rina', 'Di Atas Ekspektasi', 'Sesuai Ekspektasi', 62, 0, 2]);
      ws.addRow([2, Number(NIP_B), 'Budi', 'Sesuai Ekspektasi', 'Sesuai Ekspektasi', 62, 1, 0]);
      ws.addRow([
        3,
        NIP_B,
        'Budi',
        'Sesuai Ekspektasi',
        'Sesuai Ekspektasi',
        { formula: '60+2', result: 62 },
        1,
        0,
      ]);
    });
    const parsed = await readEvaluationFile('rekap.xlsx', bytes);
    expect(parsed).toMatchObject({ format: 'XLSX', sheet: 'Rekap TW1', headerRow: 3 });
    expect(parsed.problems.map((p) => [p.row, p.column, p.rule])).toEqual([[5, 'NIP', 'NIP_LOST_DIGITS']]);
    expect(parsed.entries.map((e) => [e.row, e.nip, e.attendance?.workingDays])).toEqual([
      [4, NIP_A, 62],
      [6, NIP_B, 62],
    ]);
    expect(parsed.entries[0]?.evidence.reference).toBe('rekap.xlsx [Rekap TW1], baris 4');
  });

  it('says so when the file is not a readable workbook', async () => {
    const broken = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const parsed = await readEvaluationFile('rusak.xlsx', broken);
    expect(parsed.problems.map((p) => p.rule)).toEqual(['FILE_UNREADABLE']);
  });
});
