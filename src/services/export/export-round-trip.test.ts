import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { importEmployees } from '../import/import-employees.js';
import { importPositions } from '../import/import-positions.js';
import { operatorOf, testContext } from '../import/import-test-support.js';
import { parseExportFilter } from './parse-export-filter.js';
import { runExport } from './run-export.js';

const meta = { ip: null };

async function exported(
  ...args: Parameters<typeof runExport> extends [infer A, infer B, infer C, infer D, infer E, unknown]
    ? [A, B, C, D, E]
    : never
) {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runExport(...args, out);
  return new Uint8Array(Buffer.concat(chunks));
}

describeEachDialect('export then import', (database) => {
  it('refuses an export to a caller outside BKPSDM', async () => {
    const { db, dialect } = database();
    const seeded = await seedDataset(db);
    const ctx = testContext(db, dialect);
    await expect(
      exported(
        ctx,
        { userId: 0, instansiId: seeded.instansiId, role: 'PPK' },
        'employees',
        parseExportFilter('employees', []),
        'csv',
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it.each(['csv', 'xlsx'] as const)(
    'round-trips the employee list through %s: same data, nothing changes',
    async (format) => {
      const { db, dialect } = database();
      const ctx = testContext(db, dialect);
      const source = await seedDataset(db);
      const filter = parseExportFilter('employees', ['sort=nip']);
      const first = await exported(ctx, operatorOf(source.instansiId), 'employees', filter, format);

      // Re-importing into the same instansi changes nothing.
      const same = await importEmployees(
        ctx,
        operatorOf(source.instansiId),
        { name: `pegawai.${format}`, content: first },
        { dryRun: false },
        meta,
      );
      expect(same.problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
      expect(same.written).toEqual({ created: 0, updated: 0, unchanged: source.dataset.employees.length });

      // Into an instansi with the same organisation and nobody in it, then out again: the same file.
      const empty = buildDataset({ nips: [] });
      const target = await seedDataset(db, { ...empty, employees: [], users: [] });
      const positions = await exported(
        ctx,
        operatorOf(source.instansiId),
        'positions',
        parseExportFilter('positions', []),
        format,
      );
      const positionReport = await importPositions(
        ctx,
        operatorOf(target.instansiId),
        { name: `jabatan.${format}`, content: positions },
        { dryRun: false },
        meta,
      );
      expect(positionReport.written).toMatchObject({ created: 0, updated: 0 });
      const loaded = await importEmployees(
        ctx,
        operatorOf(target.instansiId),
        { name: `pegawai.${format}`, content: first },
        { dryRun: false },
        meta,
      );
      expect(loaded.problems.filter((p) => p.severity === 'ERROR')).toEqual([]);
      expect(loaded.written.created).toBe(source.dataset.employees.length);
      const second = await exported(ctx, operatorOf(target.instansiId), 'employees', filter, format);
      if (format === 'csv') expect(new TextDecoder().decode(second)).toBe(new TextDecoder().decode(first));
      else expect(await sheetValues(second)).toEqual(await sheetValues(first));
    },
  );

  it('writes XLSX with NIP as text and dates as date cells, and CSV with Indonesian conventions', async () => {
    const { db, dialect } = database();
    const ctx = testContext(db, dialect);
    const seeded = await seedDataset(db);
    const filter = parseExportFilter('employees', ['sort=nip']);
    const xlsx = await exported(ctx, operatorOf(seeded.instansiId), 'employees', filter, 'xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Pegawai')!;
    expect(ws.getRow(1).getCell(1).value).toBe('NIP');
    expect(ws.getRow(1).getCell(6).value).toBe('TANGGAL LAHIR');
    const nip = ws.getRow(2).getCell(1).value;
    expect(typeof nip).toBe('string');
    expect(nip).toMatch(/^\d{18}$/);
    expect(ws.getRow(2).getCell(6).value).toBeInstanceOf(Date);
    expect(ws.getRow(2).getCell(6).numFmt).toBe('dd-mm-yyyy');
    expect(ws.rowCount).toBe(seeded.dataset.employees.length + 1);

    const bytes = await exported(ctx, operatorOf(seeded.instansiId), 'employees', filter, 'csv');
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(csv.startsWith('\uFEFFNIP;GELAR DEPAN;NAMA;')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^"=""\d{18}"""(;[^;]*){4};\d{2}-\d{2}-\d{4};/);
  });

  it('exports a filtered list only', async () => {
    const { db, dialect } = database();
    const ctx = testContext(db, dialect);
    const seeded = await seedDataset(db);
    const filter = parseExportFilter('employees', [`unitId=${seeded.unitId('BKPSDM')}`]);
    const csv = new TextDecoder().decode(
      await exported(ctx, operatorOf(seeded.instansiId), 'employees', filter, 'csv'),
    );
    const lines = csv.trim().split('\r\n').slice(1);
    const expected = await db
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.current_position_id')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select('e.nip')
      .where('e.instansi_id', '=', seeded.instansiId)
      .where('u.code', 'like', 'BKPSDM%')
      .execute();
    expect(lines.length).toBe(expected.length);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThan(seeded.dataset.employees.length);
  });
});

async function sheetValues(bytes: Uint8Array) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: unknown[] = [];
  wb.worksheets[0]!.eachRow((row) => rows.push(row.values));
  return rows;
}
