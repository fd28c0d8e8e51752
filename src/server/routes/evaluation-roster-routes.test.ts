import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });
const unitId = async (code: string) =>
  (await t.ctx.db.selectFrom('units').select('id').where('code', '=', code).executeTakeFirstOrThrow()).id;
const periodId = async (code: string) =>
  (
    await t.ctx.db
      .selectFrom('evaluation_periods')
      .select('id')
      .where('code', '=', code)
      .executeTakeFirstOrThrow()
  ).id;
let dinkes: number;
let disdik: number;
let open: number;
let closed: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'tpk', 'kadis.kesehatan', 'pegawai']) cookies[u] = await t.signIn(u);
  dinkes = await unitId('DINKES');
  disdik = await unitId('DISDIK');
  open = await periodId('2026-TW3');
  closed = await periodId('2025');
});
afterAll(() => t.close());

describe('GET /api/evaluation-periods/:id/roster', () => {
  it('401 without a session, 403 for an employee and for an OPD head outside their units', async () => {
    expect((await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`)).statusCode).toBe(401);
    expect((await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`, 'pegawai')).statusCode).toBe(
      403,
    );
    const foreign = await get(`/api/evaluation-periods/${open}/roster?unitId=${disdik}`, 'kadis.kesehatan');
    expect(foreign.statusCode).toBe(403);
  });

  it('400 without a unit, 404 for an unknown period or unit', async () => {
    expect((await get(`/api/evaluation-periods/${open}/roster`, 'operator')).statusCode).toBe(400);
    const noPeriod = await get(`/api/evaluation-periods/99999/roster?unitId=${dinkes}`, 'operator');
    expect(noPeriod.statusCode).toBe(404);
    const noUnit = await get(`/api/evaluation-periods/${open}/roster?unitId=99999`, 'operator');
    expect(noUnit.statusCode).toBe(404);
    expect(noUnit.json().error.field).toBe('unitId');
  });

  it('lists the unit subtree by name with the current records of the period, as stored', async () => {
    const res = await get(`/api/evaluation-periods/${closed}/roster?unitId=${dinkes}`, 'operator');
    expect(res.statusCode).toBe(200);
    const roster = res.json();
    expect(roster.period.code).toBe('2025');
    expect(roster.items.length).toBe(roster.total);
    expect(roster.total).toBeGreaterThan(0);
    const names = roster.items.map((p: { name: string }) => p.name);
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b)));
    expect(roster.actions).toEqual(['evaluation.write']);
    const rated = roster.items.filter((p: { skp: unknown }) => p.skp);
    expect(rated.length).toBeGreaterThan(0);
    // Every SKP shown is the latest revision in the table.
    for (const p of rated.slice(0, 10)) {
      const latest = await t.ctx.db
        .selectFrom('skp_ratings')
        .select(['hasil_kerja', 'perilaku_kerja', 'revision'])
        .where('employee_id', '=', p.employeeId)
        .where('period_id', '=', closed)
        .orderBy('revision', 'desc')
        .executeTakeFirstOrThrow();
      expect(p.skp).toMatchObject({
        hasilKerja: latest.hasil_kerja,
        perilakuKerja: latest.perilaku_kerja,
        revision: latest.revision,
      });
    }
  });

  it('gives an OPD head their own unit, and the review board no write action', async () => {
    const own = await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`, 'kadis.kesehatan');
    expect(own.statusCode).toBe(200);
    expect(own.json().actions).toEqual(['evaluation.write']);
    const board = await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`, 'tpk');
    expect(board.json().actions).toEqual([]);
    expect(board.json().total).toBe(own.json().total);
  });

  it('shows a record entered through the bulk endpoint', async () => {
    const roster = (await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`, 'operator')).json();
    const person = roster.items[0];
    const evidence = { kind: 'DOCUMENT', reference: 'SKP/TEST/ROSTER/1' };
    const entered = await t.app.inject({
      method: 'POST',
      url: `/api/evaluation-periods/${open}/records`,
      headers: { cookie: cookies.operator! },
      payload: {
        skp: [
          {
            nip: person.nip,
            hasilKerja: 'DI_ATAS_EKSPEKTASI',
            perilakuKerja: 'DI_BAWAH_EKSPEKTASI',
            evidence,
          },
        ],
        attendance: [{ nip: person.nip, workingDays: 60, unexcusedDays: 2, lateCount: 3, evidence }],
      },
    });
    expect(entered.statusCode).toBe(200);
    const again = (await get(`/api/evaluation-periods/${open}/roster?unitId=${dinkes}`, 'operator')).json();
    const after = again.items.find((p: { nip: string }) => p.nip === person.nip);
    expect(after.skp).toMatchObject({ predikat: 'KURANG_MISCONDUCT', evidence });
    expect(after.attendance).toMatchObject({ workingDays: 60, unexcusedDays: 2, lateCount: 3 });
  });
});

describe('GET /api/talent/box-members', () => {
  it('401, 403 for an employee, 400 for a box outside 1-9, 404 for an unknown period', async () => {
    expect((await get(`/api/talent/box-members?periodId=${closed}&box=5`)).statusCode).toBe(401);
    expect((await get(`/api/talent/box-members?periodId=${closed}&box=5`, 'pegawai')).statusCode).toBe(403);
    expect((await get(`/api/talent/box-members?periodId=${closed}&box=10`, 'tpk')).statusCode).toBe(400);
    expect((await get('/api/talent/box-members?periodId=99999&box=5', 'tpk')).statusCode).toBe(404);
  });

  it('matches the grid count of every box, with position and unit names', async () => {
    const grid = (await get(`/api/talent/grid?periodId=${closed}&unitId=${dinkes}`, 'tpk')).json();
    for (const { box, count } of grid.counts.boxes) {
      const res = await get(`/api/talent/box-members?periodId=${closed}&unitId=${dinkes}&box=${box}`, 'tpk');
      expect(res.statusCode).toBe(200);
      expect(res.json().members.length).toBe(count);
    }
    const five = (await get(`/api/talent/box-members?periodId=${closed}&box=5`, 'tpk')).json();
    expect(five.members.length).toBeGreaterThan(0);
    const indexes = five.members.map((m: { index: number }) => m.index);
    expect(indexes).toEqual([...indexes].sort((a: number, b: number) => b - a));
    expect(five.members.some((m: { positionName: string | null }) => m.positionName)).toBe(true);
    expect(five.members.every((m: { unitName: string | null }) => m.unitName)).toBe(true);
  });

  it('keeps an OPD head inside their own units', async () => {
    const own = (await get(`/api/talent/box-members?periodId=${closed}&box=5`, 'kadis.kesehatan')).json();
    const dk = (await get(`/api/talent/box-members?periodId=${closed}&box=5&unitId=${dinkes}`, 'tpk')).json();
    expect(own.members.map((m: { nip: string }) => m.nip)).toEqual(
      dk.members.map((m: { nip: string }) => m.nip),
    );
  });
});
