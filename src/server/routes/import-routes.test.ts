import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let positionCode: string;
const NIP_NEW = '199203152020121001';

const upload = (
  who: string | null,
  kind: string,
  body: string | Buffer,
  query = 'dryRun=true',
  headers: Record<string, string> = {},
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/imports/${kind}?${query}`,
    headers: {
      'content-type': 'application/octet-stream',
      'x-file-name': encodeURIComponent('data pegawai.csv'),
      ...(who ? { cookie: cookies[who]! } : {}),
      ...headers,
    },
    payload: typeof body === 'string' ? Buffer.from(`\uFEFF${body}`) : body,
  });

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'auditor', 'kadis.kesehatan']) cookies[u] = await t.signIn(u);
  positionCode = (
    await t.ctx.db.selectFrom('positions').select('code').orderBy('id').executeTakeFirstOrThrow()
  ).code;
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/imports/{kind}', () => {
  const file = () =>
    `NIP;NAMA;GOL/RUANG;TMT GOL;KODE JABATAN;TMT JABATAN\r\n${NIP_NEW};Uji Impor;III/a;01-12-2020;${positionCode};01-12-2020\r\n`;

  it('401 without a session, 403 for an auditor and an OPD head', async () => {
    expect((await upload(null, 'employees', file())).statusCode).toBe(401);
    const auditor = await upload('auditor', 'employees', file());
    expect(auditor.statusCode).toBe(403);
    expect(auditor.json().error.code).toBe('FORBIDDEN');
    expect((await upload('kadis.kesehatan', 'employees', file())).statusCode).toBe(403);
  });

  it('400 for an unknown kind, an empty body and a non-file body', async () => {
    expect((await upload('operator', 'pets', file())).statusCode).toBe(400);
    const empty = await upload('operator', 'employees', Buffer.alloc(0));
    expect(empty.statusCode).toBe(400);
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/imports/employees',
      headers: { cookie: cookies.operator!, 'content-type': 'application/json' },
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
  });

  it('422 with the report for a messy file; nothing written; the report downloads as XLSX', async () => {
    const res = await upload(
      'operator',
      'employees',
      `NIP;NAMA;GOL/RUANG;TMT GOL\r\n1.99203E+17;Rina;III/a;01-12-2020\r\n${NIP_NEW};;III/z;\r\n`,
      'dryRun=false',
    );
    expect(res.statusCode).toBe(422);
    const report = res.json();
    expect(report).toMatchObject({ ok: false, committed: false, rows: 2, fileName: 'data pegawai.csv' });
    expect(report.problems.map((p: { row: number; code: string }) => [p.row, p.code])).toEqual([
      [2, 'NIP_LOST_DIGITS'],
      [3, 'REQUIRED'],
      [3, 'GOLONGAN_TABLE'],
    ]);
    expect(
      await t.ctx.db.selectFrom('employees').select('id').where('nip', '=', NIP_NEW).executeTakeFirst(),
    ).toBeUndefined();

    const xlsx = await t.app.inject({
      method: 'GET',
      url: `/api/imports/reports/${report.reportId}/report.xlsx`,
      headers: { cookie: cookies.operator! },
    });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([
      undefined,
      'BARIS',
      'KOLOM',
      'NILAI',
      'KODE',
      'TINGKAT',
      'PESAN',
      'MESSAGE',
    ]);
    expect(ws.getRow(2).getCell(1).value).toBe(2);
    expect(ws.getRow(2).getCell(4).value).toBe('NIP_LOST_DIGITS');
    expect(ws.rowCount).toBe(4);
  });

  it('404 for a report of nobody, 403 for a report to an auditor', async () => {
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/imports/reports/999999/report.xlsx',
          headers: { cookie: cookies.operator! },
        })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: '/api/imports/reports/1/report.xlsx',
          headers: { cookie: cookies.auditor! },
        })
      ).statusCode,
    ).toBe(403);
  });

  it('dry-runs then commits a clean file; a second commit changes nothing', async () => {
    const dry = await upload('operator', 'employees', file());
    expect(dry.statusCode).toBe(200);
    expect(dry.json()).toMatchObject({ ok: true, dryRun: true, committed: false, written: { created: 1 } });
    const done = await upload('operator', 'employees', file(), 'dryRun=false');
    expect(done.json()).toMatchObject({ ok: true, committed: true, written: { created: 1, updated: 0 } });
    const row = await t.ctx.db
      .selectFrom('employees')
      .select(['name', 'current_golongan'])
      .where('nip', '=', NIP_NEW)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: 'Uji Impor', current_golongan: 31 });
    const again = await upload('operator', 'employees', file(), 'dryRun=false');
    expect(again.json().written).toEqual({ created: 0, updated: 0, unchanged: 1 });
  });

  it('applies a column mapping sent in X-Column-Mapping', async () => {
    const body = `No Induk;Nama Lengkap\r\n${NIP_NEW};Uji Impor\r\n`;
    expect((await upload('operator', 'employees', body)).json().problems[0].code).toBe('HEADER_NOT_FOUND');
    const mapping = encodeURIComponent(
      JSON.stringify({ columns: { 'No Induk': 'nip', 'Nama Lengkap': 'name' } }),
    );
    const mapped = await upload('operator', 'employees', body, 'dryRun=true', {
      'x-column-mapping': mapping,
    });
    expect(mapped.statusCode).toBe(200);
    expect(mapped.json().written.unchanged).toBe(1);
  });
});

describe('GET /api/exports/{kind}', () => {
  const get = (who: string | null, url: string) =>
    t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });

  it('401 without a session, 403 for an auditor, 400 for a bad filter', async () => {
    expect((await get(null, '/api/exports/employees')).statusCode).toBe(401);
    expect((await get('auditor', '/api/exports/employees')).statusCode).toBe(403);
    expect((await get('operator', '/api/exports/employees?golongan=V/z')).statusCode).toBe(400);
    expect((await get('operator', '/api/exports/employees?format=pdf')).statusCode).toBe(400);
  });

  it('streams the filtered employee list as CSV and positions as XLSX', async () => {
    const csv = await get('operator', '/api/exports/employees?format=csv&golongan=III/a&sort=nip');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="pegawai-2026-11-28\.csv"/);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toMatch(/^NIP;GELAR DEPAN;NAMA;/);
    const expected = await t.ctx.db
      .selectFrom('employees')
      .select('id')
      .where('current_golongan', '=', 31)
      .execute();
    expect(lines.length - 1).toBe(expected.length);
    for (const line of lines.slice(1)) expect(line).toMatch(/;III\/a;/);

    const xlsx = await get('operator', '/api/exports/positions?vacant=true');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.getRow(1).getCell(1).value).toBe('KODE JABATAN');
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(1);
  });
});
