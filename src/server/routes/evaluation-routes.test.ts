import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { DEFAULT_APPRAISAL_POLICY } from '../../core/appraisal/policy.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const USERS = ['operator', 'kepala.bkpsdm', 'tpk', 'kadis.kesehatan', 'pegawai', 'auditor'] as const;
type Who = (typeof USERS)[number];
const call = (method: 'GET' | 'POST' | 'PUT', url: string, who?: Who, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
let periods: Record<string, { id: number; version: number; status: string }>;
const evidence = { kind: 'DOCUMENT', reference: 'SKP/BKPSDM/2026/TW4/1' };
let dinkesNip: string;
let otherNip: string;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of USERS) cookies[u] = await t.signIn(u);
  const list = (await call('GET', '/api/evaluation-periods', 'tpk')).json();
  periods = Object.fromEntries(list.items.map((p: { code: string }) => [p.code, p]));
  const staff = async (unit: string) =>
    t.ctx.db
      .selectFrom('employees as e')
      .innerJoin('positions as p', 'p.id', 'e.current_position_id')
      .innerJoin('units as u', 'u.id', 'p.unit_id')
      .select('e.nip')
      .where('u.code', 'like', `${unit}%`)
      .orderBy('e.id')
      .executeTakeFirstOrThrow();
  dinkesNip = (await staff('DINKES')).nip;
  otherNip = (await staff('DISHUB')).nip;
});
afterAll(() => t.close());

describe('GET /api/evaluation-periods', () => {
  it('401 without a session, 403 for an employee', async () => {
    expect((await call('GET', '/api/evaluation-periods')).statusCode).toBe(401);
    expect((await call('GET', '/api/evaluation-periods', 'pegawai')).statusCode).toBe(403);
  });

  it('lists three annual periods and the quarters of 2026, with what the caller may do', async () => {
    expect(Object.keys(periods).sort()).toEqual([
      '2023',
      '2024',
      '2025',
      '2026-TW1',
      '2026-TW2',
      '2026-TW3',
      '2026-TW4',
    ]);
    expect(periods['2025']).toMatchObject({ status: 'CLOSED', policyVersion: 1 });
    expect(periods['2026-TW3']).toMatchObject({ status: 'OPEN' });
    expect((await call('GET', '/api/evaluation-periods', 'kepala.bkpsdm')).json().actions).toContain(
      'evaluation.close',
    );
    expect((await call('GET', '/api/evaluation-periods', 'tpk')).json().actions).toEqual(['talent.read']);
  });
});

describe('POST /api/evaluation-periods', () => {
  const body = { kind: 'SEMESTER', year: 2027, sequence: 1 };
  it('401, 403 for readers and OPD heads, 400 for a bad period, 409 for an existing one', async () => {
    expect((await call('POST', '/api/evaluation-periods', undefined, body)).statusCode).toBe(401);
    expect((await call('POST', '/api/evaluation-periods', 'tpk', body)).statusCode).toBe(403);
    expect((await call('POST', '/api/evaluation-periods', 'kadis.kesehatan', body)).statusCode).toBe(403);
    const bad = await call('POST', '/api/evaluation-periods', 'operator', {
      kind: 'TRIWULAN',
      year: 2027,
      sequence: 5,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'sequence', rule: 'PERIOD_SEQUENCE' });
    const dup = await call('POST', '/api/evaluation-periods', 'operator', { kind: 'TAHUNAN', year: 2025 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.rule).toBe('PERIOD_UNIQUE');
  });

  it('opens a period', async () => {
    const res = await call('POST', '/api/evaluation-periods', 'operator', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      code: '2027-S1',
      startDate: '2027-01-01',
      endDate: '2027-06-30',
      status: 'OPEN',
    });
  });
});

describe('POST /api/evaluation-periods/:id/records', () => {
  const url = () => `/api/evaluation-periods/${periods['2026-TW4']!.id}/records`;
  it('401, 403 for read-only roles, 404 for an unknown period', async () => {
    expect((await call('POST', url(), undefined, {})).statusCode).toBe(401);
    expect((await call('POST', url(), 'auditor', {})).statusCode).toBe(403);
    expect((await call('POST', '/api/evaluation-periods/9999/records', 'operator', {})).statusCode).toBe(404);
  });

  it('422 with a report naming every bad item; nothing is written', async () => {
    const res = await call('POST', url(), 'operator', {
      skp: [
        { nip: dinkesNip, hasilKerja: 'Sesuai Ekspektasi', perilakuKerja: 'Sangat Baik', evidence },
        { nip: '199001012015011999', hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI', evidence },
      ],
      attendance: [{ nip: dinkesNip, workingDays: 120, unexcusedDays: 0, lateCount: 0, evidence }],
    });
    expect(res.statusCode).toBe(422);
    const report = res.json();
    expect(report).toMatchObject({ committed: false, counts: { skp: 0, attendance: 0 } });
    expect(
      report.problems.map((p: { section: string; row: number; column: string; rule: string }) => [
        p.section,
        p.row,
        p.column,
        p.rule,
      ]),
    ).toEqual([
      ['skp', 1, 'perilakuKerja', 'RATING_OUT_OF_SCALE'],
      ['attendance', 1, 'workingDays', 'WORKING_DAYS_RANGE'],
      ['skp', 2, 'nip', 'NIP_UNKNOWN'],
    ]);
    expect(report.problems[0].messages.id).toMatch(/di luar skala/);
  });

  it('refuses entries into a closed period, row by row', async () => {
    const res = await call('POST', `/api/evaluation-periods/${periods['2025']!.id}/records`, 'operator', {
      skp: [{ nip: dinkesNip, hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI', evidence }],
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().problems[0]).toMatchObject({ rule: 'PERIOD_CLOSED', code: 'CONFLICT' });
  });

  it('lets an OPD head enter records for their own staff only', async () => {
    const skp = (nip: string) => ({
      skp: [{ nip, hasilKerja: 'SESUAI', perilakuKerja: 'DI ATAS', evidence }],
    });
    const outside = await call('POST', url(), 'kadis.kesehatan', skp(otherNip));
    expect(outside.statusCode).toBe(422);
    expect(outside.json().problems[0].rule).toBe('NIP_UNKNOWN');
    const own = await call('POST', url(), 'kadis.kesehatan', skp(dinkesNip));
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({
      committed: true,
      counts: { skp: 1, attendance: 0 },
      periods: ['2026-TW4'],
    });
  });
});

describe('POST /api/evaluation-periods/:id/corrections', () => {
  const url = () => `/api/evaluation-periods/${periods['2025']!.id}/corrections`;
  const body = (reason: string) => ({
    nip: dinkesNip,
    kind: 'SKP',
    skp: { hasilKerja: 'DI_ATAS_EKSPEKTASI', perilakuKerja: 'DI_ATAS_EKSPEKTASI' },
    evidence: { kind: 'DOCUMENT', reference: 'Nota Dinas Kepala Dinas Kesehatan 800/77/2026' },
    reason,
  });

  it('403 for readers, 400 without a reason, 404 for an unknown NIP', async () => {
    expect((await call('POST', url(), 'tpk', body('Salah input pada rekap SKP tahunan'))).statusCode).toBe(
      403,
    );
    const noReason = await call('POST', url(), 'operator', body('typo'));
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.rule).toBe('CORRECTION_REASON_REQUIRED');
    expect(
      (
        await call('POST', url(), 'operator', {
          ...body('Salah input pada rekap SKP'),
          nip: '199001012015011999',
        })
      ).statusCode,
    ).toBe(404);
  });

  it('corrects a closed period as a new version and recomputes the result; the history keeps both', async () => {
    const before = (await call('GET', `/api/employees/${dinkesNip}/evaluations`, 'tpk')).json();
    const in2025 = (h: typeof before) =>
      h.evaluations.find((e: { period: { code: string } }) => e.period.code === '2025');
    const res = await call('POST', url(), 'operator', body('Salah input pada rekap SKP tahunan Dinkes'));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      revision: 2,
      result: { statutory: { predikat: 'SANGAT_BAIK' }, index: { statutory: false } },
    });
    const after = in2025((await call('GET', `/api/employees/${dinkesNip}/evaluations`, 'tpk')).json());
    expect(after.skp.map((r: { revision: number; mode: string }) => [r.revision, r.mode])).toEqual([
      [1, 'ENTRY'],
      [2, 'CORRECTION'],
    ]);
    expect(after.skp[1].reason).toBe('Salah input pada rekap SKP tahunan Dinkes');
    expect(after.results.map((r: { revision: number }) => r.revision)).toEqual([1, 2]);
    expect(after.current).toMatchObject({ revision: 2, result: { statutory: { predikat: 'SANGAT_BAIK' } } });
    expect(in2025(before).current.revision).toBe(1);
  });
});

describe('POST /api/evaluation-periods/:id/close', () => {
  const url = (code: string) => `/api/evaluation-periods/${periods[code]!.id}/close`;
  it('403 for the operator, 409 for a running, a closed or a stale period', async () => {
    expect((await call('POST', url('2026-TW3'), 'operator', { version: 1 })).statusCode).toBe(403);
    const running = await call('POST', url('2026-TW4'), 'kepala.bkpsdm', { version: 1 });
    expect([running.statusCode, running.json().error.rule]).toEqual([409, 'PERIOD_NOT_ENDED']);
    const closed = await call('POST', url('2025'), 'kepala.bkpsdm', { version: 2 });
    expect([closed.statusCode, closed.json().error.rule]).toEqual([409, 'PERIOD_ALREADY_CLOSED']);
    expect((await call('POST', url('2026-TW3'), 'kepala.bkpsdm', { version: 7 })).statusCode).toBe(409);
  });

  it('closes an ended period under the policy in force and keeps its results', async () => {
    const res = await call('POST', url('2026-TW3'), 'kepala.bkpsdm', { version: 1 });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ period: { status: 'CLOSED', policyVersion: 1 }, policyVersion: 1 });
    expect(res.json().evaluated).toBeGreaterThan(100);
    const entry = await call(
      'POST',
      `/api/evaluation-periods/${periods['2026-TW3']!.id}/records`,
      'operator',
      {
        skp: [{ nip: dinkesNip, hasilKerja: 'SESUAI', perilakuKerja: 'SESUAI', evidence }],
      },
    );
    expect(entry.json().problems[0].rule).toBe('PERIOD_CLOSED');
  });
});

describe('evaluation policy', () => {
  it('shows the policy in force with its history to readers', async () => {
    const res = await call('GET', '/api/evaluation-policy', 'tpk');
    expect(res.statusCode).toBe(200);
    expect(res.json().current).toMatchObject({ version: 1, policy: { potential: { high: 92, medium: 80 } } });
    expect(res.json().history[0].reason).toMatch(/Kalibrasi/);
    expect((await call('GET', '/api/evaluation-policy', 'pegawai')).statusCode).toBe(403);
  });

  it('403 for the operator, 400 for weights that do not sum to 1 or unknown keys, 409 when stale', async () => {
    const body = { version: 1, reason: 'Bobot inovasi dinaikkan', policy: DEFAULT_APPRAISAL_POLICY };
    expect((await call('PUT', '/api/evaluation-policy', 'operator', body)).statusCode).toBe(403);
    const heavy = {
      ...DEFAULT_APPRAISAL_POLICY,
      indexWeights: { SKP: 0.5, DISCIPLINE: 0.2, INNOVATION: 0.25, PROGRAM: 0.15 },
    };
    const bad = await call('PUT', '/api/evaluation-policy', 'kepala.bkpsdm', { ...body, policy: heavy });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ field: 'indexWeights', rule: 'WEIGHTS_SUM_TO_ONE', value: 1.1 });
    expect(bad.json().error.messages.id).toMatch(/harus tepat 1/);
    const unknown = await call('PUT', '/api/evaluation-policy', 'kepala.bkpsdm', {
      ...body,
      policy: { ...DEFAULT_APPRAISAL_POLICY, extra: 1 },
    });
    expect(unknown.statusCode).toBe(400);
    expect(
      (await call('PUT', '/api/evaluation-policy', 'kepala.bkpsdm', { ...body, version: 0 })).statusCode,
    ).toBe(409);
  });

  it('stores a new version with who and why; closed periods keep theirs', async () => {
    const res = await call('PUT', '/api/evaluation-policy', 'kepala.bkpsdm', {
      version: 1,
      reason: 'Kembali ke ambang bawaan sesuai arahan BKN',
      policy: DEFAULT_APPRAISAL_POLICY,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().current).toMatchObject({
      version: 2,
      reason: 'Kembali ke ambang bawaan sesuai arahan BKN',
    });
    expect(res.json().current.changedByUserId).toBeGreaterThan(0);
    expect(res.json().history.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    const grid = (await call('GET', '/api/talent/grid?period=2025', 'tpk')).json();
    expect(grid.policyVersion).toBe(1);
    const audit = (await call('GET', '/api/audit?action=evaluation.policy.update', 'auditor')).json();
    expect(audit.items[0]).toMatchObject({ entityId: '2', actorName: expect.any(String) });
  });
});
