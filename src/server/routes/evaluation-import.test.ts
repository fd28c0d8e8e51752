import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let nips: string[];
let dinkesNip: string;
let tw4: number;
const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const spaced = (nip: string) => `${nip.slice(0, 8)} ${nip.slice(8, 14)} ${nip[14]} ${nip.slice(15)}`;
const upload = (
  who: string | null,
  fileName: string,
  content: Uint8Array | string,
  extra: object = {},
  period = tw4,
) =>
  t.app.inject({
    method: 'POST',
    url: `/api/evaluation-periods/${period}/import`,
    headers: who ? { cookie: cookies[who]! } : {},
    payload: { fileName, contentBase64: b64(content), ...extra },
  });
const countTw4 = async () =>
  Number(
    (
      await t.ctx.db
        .selectFrom('skp_ratings')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('period_id', '=', tw4)
        .executeTakeFirstOrThrow()
    ).n,
  );

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kadis.kesehatan', 'auditor']) cookies[u] = await t.signIn(u);
  const rows = await t.ctx.db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['e.nip', 'u.code'])
    .orderBy('e.id')
    .execute();
  nips = rows.filter((r) => !r.code.startsWith('DINKES')).map((r) => r.nip);
  dinkesNip = rows.find((r) => r.code.startsWith('DINKES'))!.nip;
  tw4 = (
    await t.ctx.db
      .selectFrom('evaluation_periods')
      .select('id')
      .where('code', '=', '2026-TW4')
      .executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

describe('POST /api/evaluation-periods/:id/import', () => {
  it('401, 403 for read-only roles, 404 for an unknown period, 400 without a file', async () => {
    expect((await upload(null, 'a.csv', 'NIP\n')).statusCode).toBe(401);
    expect((await upload('auditor', 'a.csv', 'NIP\n')).statusCode).toBe(403);
    expect((await upload('operator', 'a.csv', 'NIP\n', {}, 9999)).statusCode).toBe(404);
    const empty = await t.app.inject({
      method: 'POST',
      url: `/api/evaluation-periods/${tw4}/import`,
      headers: { cookie: cookies.operator! },
      payload: { fileName: 'a.csv' },
    });
    expect(empty.statusCode).toBe(400);
  });

  it('writes nothing for a file with bad rows and names every row, column and rule', async () => {
    const file = [
      'REKAP PENILAIAN KINERJA TRIWULAN IV 2026;;;;;;;',
      ';;;;;;;',
      'NO;NIP;NAMA;HASIL KERJA;PERILAKU KERJA;HARI KERJA;ALPA;TERLAMBAT;PERIODE',
      `1;${spaced(nips[0]!)};Pegawai Satu;Sesuai Ekspektasi;Sesuai Ekspektasi;62;0;2;`,
      '2;199001012015011999;Tidak Dikenal;Sesuai Ekspektasi;Sesuai Ekspektasi;62;0;0;',
      `3;${nips[1]};Pegawai Tiga;Baik Sekali;Sesuai Ekspektasi;62;0;0;`,
      `4;${nips[2]};Pegawai Empat;Sesuai Ekspektasi;Sesuai Ekspektasi;62;0;0;2025`,
      `5;1.98609E+17;Pegawai Lima;Sesuai Ekspektasi;Sesuai Ekspektasi;62;0;0;`,
      `6;${nips[3]};Pegawai Enam;Sesuai Ekspektasi;Sesuai Ekspektasi;62;70;0;`,
    ].join('\n');
    const before = await countTw4();
    const res = await upload('operator', 'rekap-tw4.csv', file);
    expect(res.statusCode).toBe(422);
    const report = res.json();
    expect(report).toMatchObject({ committed: false, rows: 6, validRows: 1, format: 'CSV', headerRow: 3 });
    expect(
      report.problems.map((p: { row: number; column: string; rule: string; code: string }) => [
        p.row,
        p.column,
        p.rule,
        p.code,
      ]),
    ).toEqual([
      [5, 'NIP', 'NIP_UNKNOWN', 'NOT_FOUND'],
      [6, 'HASIL KERJA', 'RATING_OUT_OF_SCALE', 'VALIDATION_FAILED'],
      [7, 'PERIODE', 'PERIOD_CLOSED', 'CONFLICT'],
      [8, 'NIP', 'NIP_LOST_DIGITS', 'NIP_INVALID'],
      [9, 'ALPA', 'DAYS_WITHIN_WORKING_DAYS', 'VALIDATION_FAILED'],
    ]);
    for (const p of report.problems) {
      expect(p.messages.id).not.toBe(p.messages.en);
      expect(p.severity).toBe('ERROR');
    }
    expect(await countTw4()).toBe(before);
  });

  it('checks a clean file in a dry run without writing', async () => {
    const file = `NIP,HASIL KERJA,PERILAKU KERJA\n${nips[4]},Di Atas Ekspektasi,Di Atas Ekspektasi\n`;
    const before = await countTw4();
    const res = await upload('operator', 'ok.csv', file, { dryRun: true });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      committed: false,
      dryRun: true,
      counts: { skp: 1, attendance: 0 },
      problems: [],
    });
    expect(await countTw4()).toBe(before);
  });

  it('imports an XLSX workbook all at once, keeps its SHA-256 in the audit log, and versions a re-import', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('TW IV');
    ws.addRow(['REKAPITULASI']);
    ws.addRow([
      'No',
      'NIP',
      'Nama',
      'Hasil Kerja',
      'Perilaku Kerja',
      'Predikat',
      'Hari Kerja',
      'Tanpa Keterangan',
      'Terlambat',
      'Bukti',
    ]);
    for (const [i, nip] of nips.slice(5, 8).entries()) {
      ws.addRow([
        i + 1,
        nip,
        `Pegawai ${i}`,
        'Sesuai Ekspektasi',
        'Di Atas Ekspektasi',
        'Baik',
        62,
        0,
        i,
        `SKP/2026/TW4/${i}`,
      ]);
    }
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const res = await upload('operator', 'tw4.xlsx', bytes);
    expect(res.statusCode).toBe(200);
    const report = res.json();
    expect(report).toMatchObject({
      committed: true,
      format: 'XLSX',
      sheet: 'TW IV',
      counts: { skp: 3, attendance: 3 },
    });
    expect(report.problems.map((p: { rule: string; severity: string }) => [p.rule, p.severity])).toEqual([
      ['PREDIKAT_IGNORED', 'WARNING'],
    ]);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('after_json')
      .where('action', '=', 'evaluation.import')
      .execute();
    expect(audit.map((a) => JSON.parse(a.after_json!).sha256)).toContain(report.sha256);
    expect((await upload('operator', 'tw4.xlsx', bytes)).json().committed).toBe(true);
    const revisions = await t.ctx.db
      .selectFrom('skp_ratings')
      .innerJoin('employees as e', 'e.id', 'skp_ratings.employee_id')
      .select(['revision', 'evidence_ref'])
      .where('period_id', '=', tw4)
      .where('e.nip', '=', nips[5]!)
      .orderBy('revision')
      .execute();
    expect(revisions).toEqual([
      { revision: 1, evidence_ref: 'SKP/2026/TW4/0' },
      { revision: 2, evidence_ref: 'SKP/2026/TW4/0' },
    ]);
  });

  it('lets an OPD head import only rows of their own staff', async () => {
    const file = `NIP;HASIL KERJA;PERILAKU KERJA\n${dinkesNip};Sesuai;Sesuai\n${nips[9]};Sesuai;Sesuai\n`;
    const res = await upload('kadis.kesehatan', 'dinkes.csv', file);
    expect(res.statusCode).toBe(422);
    expect(res.json().problems.map((p: { row: number; rule: string }) => [p.row, p.rule])).toEqual([
      [3, 'NIP_UNKNOWN'],
    ]);
    const own = await upload(
      'kadis.kesehatan',
      'dinkes.csv',
      `NIP;HASIL KERJA;PERILAKU KERJA\n${dinkesNip};Sesuai;Sesuai\n`,
    );
    expect(own.json()).toMatchObject({ committed: true, counts: { skp: 1 } });
  });
});
