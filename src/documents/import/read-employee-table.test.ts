import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../../core/model/local-date.js';
import { dateCell } from './date-cell.js';
import { recognizeColumn } from './headers.js';
import { EMPLOYEE_COLUMNS } from './kinds/employee-columns.js';
import { type EmployeeRow, employeeTable } from './kinds/employee-rows.js';
import { parseMappingFile } from './mapping-file.js';
import { openTable } from './open-table.js';
import { golonganCell } from './value-cells.js';

const AS_OF = '2026-11-28' as LocalDate;
const NIP_A = '198609262015051001';
const NIP_B = '199001152019032002';
const spaced = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;
const csv = (lines: string[], bom = true) =>
  new TextEncoder().encode(`${bom ? '\uFEFF' : ''}${lines.join('\r\n')}`);

async function xlsx(build: (ws: ExcelJS.Worksheet) => void, before?: (wb: ExcelJS.Workbook) => void) {
  const wb = new ExcelJS.Workbook();
  before?.(wb);
  build(wb.addWorksheet('Data Pegawai'));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function read(content: Uint8Array, mapping?: Parameters<typeof openTable>[2]) {
  const table = await openTable(content, employeeTable(AS_OF), mapping);
  const records: EmployeeRow[] = [];
  const problems = [...table.fileProblems];
  for await (const r of table.rows) {
    problems.push(...r.problems);
    if (r.record) records.push(r.record);
  }
  return {
    table,
    records,
    problems,
    errors: problems.filter((p) => p.severity === 'ERROR').map((p) => [p.row, p.column, p.code]),
  };
}

describe('employee headers', () => {
  it.each([
    ['NIP', 'nip'],
    ['NIP Baru', 'nip'],
    ['Nama', 'name'],
    ['Nama Pegawai', 'name'],
    ['Gelar Depan', 'frontTitle'],
    ['GELAR BELAKANG', 'backTitle'],
    ['TGL LAHIR', 'birthDate'],
    ['Tanggal Lahir', 'birthDate'],
    ['Tgl. Lahir', 'birthDate'],
    ['JENIS KELAMIN', 'gender'],
    ['L/P', 'gender'],
    ['GOL/RUANG', 'golongan'],
    ['Gol. Ruang', 'golongan'],
    ['Pangkat/Gol', 'golongan'],
    ['TMT GOL', 'golonganTmt'],
    ['TMT Pangkat', 'golonganTmt'],
    ['JABATAN', 'positionName'],
    ['Nama Jabatan', 'positionName'],
    ['TMT JABATAN', 'positionTmt'],
    ['UNOR', 'unit'],
    ['Unit Kerja', 'unit'],
    ['PENDIDIKAN', 'educationLevel'],
    ['Pendidikan Terakhir', 'educationLevel'],
    ['JURUSAN', 'major'],
    ['TAHUN LULUS', 'graduationYear'],
    ['Thn. Lulus', 'graduationYear'],
    ['Keterangan', null],
  ])('%s -> %s', (header, field) => {
    expect(recognizeColumn(EMPLOYEE_COLUMNS, header)).toBe(field);
  });
});

describe('forgiving cells', () => {
  it.each([
    ['26-09-1986', '1986-09-26'],
    ['26/09/1986', '1986-09-26'],
    ['5 Januari 1990', '1990-01-05'],
    ['05 Jan 1990', '1990-01-05'],
    ['17 Agustus 1985', '1985-08-17'],
    ['1 Mei 2000', '2000-05-01'],
    ['1990-01-05', '1990-01-05'],
    ['32878', '1990-01-05'],
  ])('date %s -> %s', (text, iso) => {
    expect(dateCell({ text }, 'd')).toEqual({ ok: true, value: iso });
  });

  it('reads an Excel serial stored as a number and refuses impossible dates', () => {
    expect(dateCell({ text: '32878', number: 32878 }, 'd')).toEqual({ ok: true, value: '1990-01-05' });
    expect(dateCell({ text: '31-02-1990' }, 'd').ok).toBe(false);
    expect(dateCell({ text: '5 Smarch 1990' }, 'd').ok).toBe(false);
  });

  it.each(['III/c', '3c', 'III-c', 'III c', 'Penata', 'penata, III/c'])('golongan %s -> 33', (text) => {
    expect(golonganCell({ text }, 'g')).toEqual({ ok: true, value: 33 });
  });
});

describe('employee table: CSV', () => {
  it('reads a messy SIMPEG export: BOM, semicolons, title rows, spaced NIPs, every date form, blank trailing rows', async () => {
    const file = csv([
      'DAFTAR PEGAWAI NEGERI SIPIL;;;;;;;;',
      'Pemerintah Kota Sibolga;;;;;;;;',
      ';;;;;;;;',
      'NO;NIP;NAMA;GELAR BELAKANG;TGL LAHIR;JENIS KELAMIN;GOL/RUANG;TMT GOL;PENDIDIKAN;JURUSAN;TAHUN LULUS',
      `1;${spaced(NIP_A)};Rina Siregar;S.Kep.;26-09-1986;L;III/c;01/04/2019;S-1;Keperawatan;2009`,
      `2;'${NIP_B};Budi Tanjung;;15 Januari 1990;P;3b;05 Jan 2021;D III;Akuntansi;2011.0`,
      ';;;;;;;;',
      ';;;;;;;;',
    ]);
    const { table, records, problems } = await read(file);
    expect(table).toMatchObject({ format: 'CSV', header: { row: 4 } });
    expect(problems).toEqual([]);
    expect(
      records.map((r) => [
        r.row,
        r.nip,
        r.birthDate,
        r.gender,
        r.rank,
        r.education?.level,
        r.education?.graduationYear,
      ]),
    ).toEqual([
      [5, NIP_A, '1986-09-26', 'M', { golongan: 33, tmt: '2019-04-01' }, 'S1', 2009],
      [6, NIP_B, '1990-01-15', 'F', { golongan: 32, tmt: '2021-01-05' }, 'D3', 2011],
    ]);
  });

  it('reads a comma-separated file without BOM whose header is on the first line', async () => {
    const file = csv(['NIP,Nama Pegawai,Gol. Ruang,TMT Pangkat', `${NIP_A},Rina,Penata,1 Mei 2020`], false);
    const { records, problems } = await read(file);
    expect(problems).toEqual([]);
    expect(records[0]).toMatchObject({ row: 2, name: 'Rina', rank: { golongan: 33, tmt: '2020-05-01' } });
  });

  it('names every bad row and column, with the fix for NIPs that lost digits', async () => {
    const file = csv([
      'NIP;NAMA;TGL LAHIR;JENIS KELAMIN;GOL/RUANG;TMT GOL;JABATAN;TMT JABATAN',
      `1.98609E+17;Rina;26-09-1986;L;III/c;01-04-2019;;`,
      `198609262015051000;Dodi;26-09-1986;L;III/c;01-04-2019;;`,
      `19860926201505;Tono;;;;;;`,
      `${NIP_A};Rina;27-09-1986;P;V/z;;Perawat;`,
      `${NIP_B};;99-99-1990;;III/c;;;`,
      `;Tanpa NIP;;;;;;`,
    ]);
    const { errors, problems } = await read(file);
    expect(errors).toEqual([
      [2, 'NIP', 'NIP_LOST_DIGITS'],
      [3, 'NIP', 'NIP_LOST_DIGITS'],
      [4, 'NIP', 'NIP_LENGTH'],
      [5, 'TGL LAHIR', 'NIP_BIRTH_DATE_MATCH'],
      [5, 'JENIS KELAMIN', 'NIP_GENDER_MATCH'],
      [5, 'GOL/RUANG', 'GOLONGAN_TABLE'],
      [5, 'TMT JABATAN', 'TMT_REQUIRED'],
      [6, 'NAMA', 'REQUIRED'],
      [6, 'TGL LAHIR', 'CALENDAR_DATE'],
      [6, 'TMT GOL', 'TMT_REQUIRED'],
      [7, 'NIP', 'NIP_REQUIRED'],
    ]);
    expect(problems[0]?.message.en).toMatch(/format the NIP column as Text/);
    expect(problems[0]?.message.id).toMatch(/format kolom NIP sebagai Teks/);
    expect(problems[0]?.value).toBe('1.98609E+17');
  });

  it('refuses a file without a NIP header and one without a NAMA column', async () => {
    expect((await read(csv(['NAMA;GOL', 'Rina;III/c']))).errors).toEqual([[null, null, 'HEADER_NOT_FOUND']]);
    const noName = await read(csv(['NIP;GOL', `${NIP_A};III/c`]));
    expect(noName.errors).toEqual([[1, 'NAMA', 'MISSING_COLUMN']]);
    expect(noName.records).toEqual([]);
  });

  it('maps unknown headers through a mapping file, and reports a mapping to an unknown field', async () => {
    const { mapping, problems } = parseMappingFile(
      JSON.stringify({ columns: { 'No. Induk': 'nip', 'Nama Lengkap Dgn Gelar': 'name', Foo: 'bar' } }),
      EMPLOYEE_COLUMNS.map((c) => c.field),
    );
    expect(problems.map((p) => [p.column, p.code])).toEqual([['Foo', 'MAPPING_FIELD_UNKNOWN']]);
    const file = csv(['No. Induk;Nama Lengkap Dgn Gelar', `${NIP_A};Rina`]);
    expect((await read(file)).errors).toEqual([[null, null, 'HEADER_NOT_FOUND']]);
    const mapped = await read(file, mapping);
    expect(mapped.records.map((r) => [r.nip, r.name])).toEqual([[NIP_A, 'Rina']]);
    expect(parseMappingFile('{nope', []).problems.map((p) => p.code)).toEqual(['MAPPING_NOT_JSON']);
  });
});

describe('employee table: XLSX', () => {
  it('reads a workbook: title above the header, text and date cells, serial dates, and a NIP stored as a number', async () => {
    const bytes = await xlsx(
      (ws) => {
        ws.addRow(['DATA PEGAWAI KOTA SIBOLGA']);
        ws.mergeCells('A1:F1');
        ws.addRow([]);
        ws.addRow(['No', 'NIP', 'Nama', 'Tanggal Lahir', 'Gol/Ruang', 'TMT GOL']);
        ws.addRow([1, spaced(NIP_A), 'Rina', new Date(Date.UTC(1986, 8, 26)), 'III-c', 43556]);
        ws.addRow([2, Number(NIP_B), 'Budi', '15/01/1990', '3b', '01-01-2020']);
        ws.addRow([
          3,
          NIP_B,
          'Budi',
          { formula: 'DATE(1990,1,15)', result: new Date(Date.UTC(1990, 0, 15)) },
          'III b',
          '01-01-2020',
        ]);
      },
      (wb) => wb.addWorksheet('Petunjuk').addRow(['Isi data mulai baris 4']),
    );
    const { table, records, errors, problems } = await read(bytes);
    expect(table).toMatchObject({ format: 'XLSX', sheet: 'Data Pegawai', header: { row: 3 } });
    expect(errors).toEqual([[5, 'NIP', 'NIP_LOST_DIGITS']]);
    expect(problems[0]?.message.en).toMatch(/format the NIP column as Text/);
    expect(records.map((r) => [r.row, r.nip, r.birthDate, r.rank])).toEqual([
      [4, NIP_A, '1986-09-26', { golongan: 33, tmt: '2019-04-01' }],
      [6, NIP_B, '1990-01-15', { golongan: 32, tmt: '2020-01-01' }],
    ]);
  });

  it('says so when the file is not a readable workbook', async () => {
    const { errors } = await read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(errors).toEqual([[null, null, 'FILE_UNREADABLE']]);
  });
});
