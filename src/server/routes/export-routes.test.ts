import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeWithPdftotext, pdfPages } from '../../../test/support/pdf-text.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Plan } from '../../core/solver/plan/plan-types.js';
import { planJobs } from '../../services/planning/plan-job-runner.js';
import { findEligibleMoves } from '../../services/process/find-eligible-moves.js';
import { getPlanOutcome, insertPlanRun } from '../../store/repositories/planning-runs.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const USERS = ['operator', 'auditor', 'pegawai'];

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });

let planId: number;
let plan: Plan;
let instansiId: number;
let scenarioId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of USERS) cookies[u] = await t.signIn(u);
  const scenario = (await get('/api/scenarios', 'operator'))
    .json()
    .items.find((s: { name: string }) => s.name === 'Pengisian formasi kosong 2027');
  scenarioId = scenario.id;
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/scenarios/${scenarioId}/runs`,
    headers: { cookie: cookies.operator! },
    payload: { asOf: '2027-01-04' },
  });
  expect(res.statusCode).toBe(202);
  planId = res.json().id;
  await planJobs(t.ctx).whenDone(planId);
  instansiId = (
    await t.ctx.db
      .selectFrom('plan_runs')
      .select('instansi_id')
      .where('id', '=', planId)
      .executeTakeFirstOrThrow()
  ).instansi_id;
  plan = (await getPlanOutcome<Plan>(t.ctx.db, instansiId, planId))!;
}, 240_000);
afterAll(() => t.close());

describe('GET /api/exports/plan: failures first', () => {
  it('401 without a session', async () => {
    expect((await get(`/api/exports/plan?planId=${planId}`)).statusCode).toBe(401);
  });

  it('403 for a caller who may not export (the auditor reads plans but exports nothing)', async () => {
    const res = await get(`/api/exports/plan?planId=${planId}`, 'auditor');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await get(`/api/exports/plan?planId=${planId}`, 'pegawai')).statusCode).toBe(403);
  });

  it('400 without or with a bad planId, 404 for an unknown plan', async () => {
    expect((await get('/api/exports/plan', 'operator')).statusCode).toBe(400);
    expect((await get('/api/exports/plan?planId=abc', 'operator')).statusCode).toBe(400);
    const missing = await get('/api/exports/plan?planId=99999', 'operator');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error).toMatchObject({ field: 'planId', rule: 'PLAN_EXISTS' });
  });

  it('409 for a run that has no plan yet', async () => {
    const queued = await insertPlanRun(t.ctx.db, instansiId, {
      scenarioId,
      scenarioVersion: 1,
      asOf: '2027-01-04',
      requestedAt: t.ctx.now().toISOString(),
      requestedByUserId: null,
    });
    const res = await get(`/api/exports/plan?planId=${queued.id}&format=csv`, 'operator');
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'planId', rule: 'PLAN_SUCCEEDED' });
  });
});

describe('GET /api/exports/plan', () => {
  it('gives one XLSX row per move, NIP as text, fits as numbers, totals on a second sheet', async () => {
    expect(plan.moves.length).toBeGreaterThan(0);
    const res = await get(`/api/exports/plan?planId=${planId}`, 'operator');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="rencana-mutasi-2026-11-28.xlsx"');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Rencana Mutasi')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(0, 5)).toEqual(['RANTAI', 'URUTAN', 'NIP', 'NAMA', 'GOLONGAN']);
    expect(sheet.rowCount - 1).toBe(plan.moves.length);
    const col = (h: string) => headers.indexOf(h) + 1;
    const ordered = [...plan.moves].sort((a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder);
    ordered.forEach((move, i) => {
      const row = sheet.getRow(i + 2);
      expect(row.getCell(col('NIP')).value).toBe(move.nip);
      expect(row.getCell(col('NIP')).numFmt).toBe('@');
      expect(row.getCell(col('KESESUAIAN SESUDAH')).value).toBe(move.fitAfter);
      expect(row.getCell(col('RANTAI')).value).toBe(move.chainId);
      expect(row.getCell(col('GOLONGAN')).value).toMatch(/^[IV]+\/[a-e]$/);
      expect(typeof row.getCell(col('PERUBAHAN KESESUAIAN')).value).toBe('number');
      expect(row.getCell(col('JABATAN TUJUAN')).value).not.toMatch(/^#/);
      expect(String(row.getCell(col('KOMPONEN UTAMA (NILAI x BOBOT = KONTRIBUSI)')).value)).toMatch(
        /: [\d.]+ x [\d.]+ = [\d.]+/,
      );
      expect(String(row.getCell(col('ALASAN')).value)).not.toBe('');
    });
    const alt = ordered.findIndex((m) => m.explanation.bestAlternative !== null);
    if (alt >= 0) {
      expect(sheet.getRow(alt + 2).getCell(col('SELISIH DENGAN ALTERNATIF')).value).toBe(
        ordered[alt]!.explanation.bestAlternative!.difference,
      );
    }
    const summary = book.getWorksheet('Ringkasan')!;
    const pairs = new Map(
      summary.getSheetValues().flatMap((r) => (Array.isArray(r) ? [[r[1], r[2]] as const] : [])),
    );
    expect(pairs.get('Jumlah mutasi')).toBe(plan.totals.moves);
    expect(pairs.get('Sertifikat optimalitas')).toBe(
      plan.provenOptimal ? 'TERBUKTI OPTIMAL' : 'TIDAK TERBUKTI',
    );
  });

  it('gives the same moves as CSV, NIP kept as text', async () => {
    const res = await get(`/api/exports/plan?planId=${planId}&format=csv`, 'operator');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    const lines = res.rawPayload.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^\uFEFFRANTAI;URUTAN;NIP;NAMA;GOLONGAN;JABATAN ASAL;/);
    expect(lines).toHaveLength(plan.moves.length + 1);
    const nips = lines.slice(1).map((l) => /^\d+;\d+;"=""(\d{18})""";/.exec(l)?.[1]);
    expect(new Set(nips)).toEqual(new Set(plan.moves.map((m) => m.nip)));
  });
});

interface ProposalSummary {
  readonly id: number;
  readonly round: string;
  readonly state: string;
  readonly tmt: string;
}

const proposals = async (): Promise<ProposalSummary[]> =>
  (await get('/api/proposals', 'operator')).json().items;

describe('GET /api/exports/sk-lampiran: failures first', () => {
  it('401, 403, 400, 404, and 409 for a proposal without an issued SK', async () => {
    const closed = (await proposals()).find((p) => p.round === '2025-II')!;
    expect((await get(`/api/exports/sk-lampiran?proposalId=${closed.id}`)).statusCode).toBe(401);
    expect((await get(`/api/exports/sk-lampiran?proposalId=${closed.id}`, 'auditor')).statusCode).toBe(403);
    expect((await get(`/api/exports/sk-lampiran?proposalId=${closed.id}`, 'pegawai')).statusCode).toBe(403);
    expect((await get('/api/exports/sk-lampiran', 'operator')).statusCode).toBe(400);
    const missing = await get('/api/exports/sk-lampiran?proposalId=99999', 'operator');
    expect(missing.statusCode).toBe(404);
    // A fresh draft: a proposal that exists but has no SK.
    const busy = (await t.ctx.db.selectFrom('proposal_items').select('employee_id').execute()).map(
      (r) => r.employee_id,
    );
    const [move] = await findEligibleMoves(t.ctx, instansiId, '2026-11-28' as LocalDate, 1, busy);
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/proposals',
      headers: { cookie: cookies.operator! },
      payload: {
        title: 'Mutasi uji ekspor',
        round: '2026-UJI',
        tmt: '2026-12-14',
        items: [
          {
            nip: move!.nip,
            toPositionId: move!.toPositionId,
            reason: 'Kebutuhan organisasi',
            legalGround: 'PP 11/2017 Pasal 190',
          },
        ],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = created.json() as { id: number };
    const early = await get(`/api/exports/sk-lampiran?proposalId=${draft.id}&format=csv`, 'operator');
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ field: 'proposalId', rule: 'DECREE_ISSUED' });
  });
});

describeWithPdftotext('GET /api/exports/sk-lampiran', () => {
  it('gives the lampiran of round 2025-II with the NIPs of the SK PDF in the same order, TMT as a date', async () => {
    const closed = (await proposals()).find((p) => p.round === '2025-II')!;
    const pdf = await get(`/api/proposals/${closed.id}/sk.pdf`, 'operator');
    expect(pdf.statusCode).toBe(200);
    const text = (await pdfPages(pdf.rawPayload, 'raw')).join('\n');
    const pdfNips = [...text.matchAll(/NIP (\d{8} \d{6} \d \d{3})/g)].map((m) => m[1]!.replaceAll(' ', ''));
    expect(pdfNips.length).toBeGreaterThan(0);

    const res = await get(`/api/exports/sk-lampiran?proposalId=${closed.id}`, 'operator');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(/filename="lampiran-sk-2026-11-28.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Lampiran SK')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'NO.',
      'NIP',
      'NAMA',
      'PANGKAT, GOL./RUANG',
      'JABATAN LAMA',
      'UNIT KERJA LAMA',
      'JABATAN BARU',
      'UNIT KERJA BARU',
      'TMT',
      'KET.',
    ]);
    const rows = [...Array(sheet.rowCount - 1).keys()].map((i) => sheet.getRow(i + 2));
    expect(rows.length).toBeGreaterThan(0);
    // The lampiran lists each person once; the petikan pages of the same PDF repeat them.
    expect(rows.map((r) => r.getCell(2).value)).toEqual(pdfNips.slice(0, rows.length));
    expect(rows.map((r) => r.getCell(1).value)).toEqual(rows.map((_, i) => i + 1));
    for (const row of rows) {
      expect(row.getCell(2).numFmt).toBe('@');
      expect(row.getCell(9).value).toEqual(new Date(`${closed.tmt}T00:00:00Z`));
      expect(String(row.getCell(4).value)).toMatch(/, [IV]+\/[a-e]$/);
    }

    const csv = await get(`/api/exports/sk-lampiran?proposalId=${closed.id}&format=csv`, 'operator');
    const lines = csv.rawPayload.toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFNO.;NIP;NAMA;PANGKAT, GOL./RUANG;JABATAN LAMA;UNIT KERJA LAMA;JABATAN BARU;UNIT KERJA BARU;TMT;KET.',
    );
    expect(lines).toHaveLength(rows.length + 1);
  });
});
