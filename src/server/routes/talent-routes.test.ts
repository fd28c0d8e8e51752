import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });
const sum = (boxes: { count: number }[]) => boxes.reduce((s, b) => s + b.count, 0);
/** People with an SKP rating in the period, counted straight from the table. */
const rated = async (code: string) => {
  const row = await t.ctx.db
    .selectFrom('skp_ratings as r')
    .innerJoin('evaluation_periods as p', 'p.id', 'r.period_id')
    .select((eb) => eb.fn.count<number>('r.employee_id').distinct().as('n'))
    .where('p.code', '=', code)
    .executeTakeFirstOrThrow();
  return Number(row.n);
};
let pegawaiNip: string;
let dinkesId: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['tpk', 'kadis.kesehatan', 'pegawai', 'walikota']) cookies[u] = await t.signIn(u);
  pegawaiNip = (await get('/api/auth/me', 'pegawai')).json().employeeNip;
  dinkesId = (
    await t.ctx.db.selectFrom('units').select('id').where('code', '=', 'DINKES').executeTakeFirstOrThrow()
  ).id;
});
afterAll(() => t.close());

describe('GET /api/talent/grid', () => {
  it('401 without a session, 403 for an employee, 404 for an unknown period', async () => {
    expect((await get('/api/talent/grid')).statusCode).toBe(401);
    expect((await get('/api/talent/grid', 'pegawai')).statusCode).toBe(403);
    expect((await get('/api/talent/grid?period=2019', 'tpk')).statusCode).toBe(404);
  });

  it.each(['2023', '2024', '2025', '2026-TW1', '2026-TW2', '2026-TW3'])(
    'counts per box of the demo add up to the evaluated population (%s)',
    async (code) => {
      const grid = (await get(`/api/talent/grid?period=${code}`, 'tpk')).json();
      const { population, placed, boxes, unplaced } = grid.counts;
      expect(population).toBe(await rated(code));
      expect(sum(boxes)).toBe(placed);
      expect(placed + unplaced.NO_ASSESSMENT + unplaced.ASSESSMENT_EXPIRED + unplaced.NO_STANDARD).toBe(
        population,
      );
      expect(boxes.map((b: { box: number }) => b.box)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
      expect(grid.live).toBe(code === '2026-TW3');
    },
  );

  it('looks like a believable 9-box: most in the middle, few at the corners', async () => {
    const { counts } = (await get('/api/talent/grid?period=2025', 'tpk')).json();
    const box = (n: number) => counts.boxes[n - 1].count;
    expect(box(5)).toBeGreaterThan(box(9));
    expect(box(5)).toBeGreaterThan(box(1));
    expect(counts.placed / counts.population).toBeGreaterThan(0.6);
    expect(box(9)).toBeGreaterThan(0);
  });

  it('defaults to the latest closed period and lists the members of each box on request', async () => {
    const grid = (await get('/api/talent/grid?members=true', 'walikota')).json();
    expect(grid.period.code).toBe('2026-TW2');
    for (const { box, people } of grid.members) {
      if (box !== null) expect(people.length).toBe(grid.counts.boxes[box - 1].count);
      for (const p of people) expect(p.box).toBe(box);
    }
  });

  it('narrows to a unit, and an OPD head sees only their own units', async () => {
    const all = (await get('/api/talent/grid?period=2025', 'tpk')).json();
    const dinkes = (await get(`/api/talent/grid?period=2025&unitId=${dinkesId}`, 'tpk')).json();
    expect(dinkes.counts.population).toBeGreaterThan(0);
    expect(dinkes.counts.population).toBeLessThan(all.counts.population);
    expect(dinkes.distribution.map((d: { unitName: string }) => d.unitName)).toEqual(['Dinas Kesehatan']);
    const own = (await get('/api/talent/grid?period=2025', 'kadis.kesehatan')).json();
    expect(own.counts).toEqual(dinkes.counts);
  });

  it('checks the distribution curve per OPD against its grade, as warnings', async () => {
    const grid = (await get('/api/talent/grid?period=2025', 'tpk')).json();
    expect(grid.distribution.length).toBeGreaterThan(10);
    for (const d of grid.distribution) {
      expect(d.total).toBe(Object.values(d.counts as Record<string, number>).reduce((s, n) => s + n, 0));
      for (const w of d.warnings) expect(w.messages.id).toMatch(/organisasi berpredikat/);
    }
    expect(grid.distribution.some((d: { warnings: unknown[] }) => d.warnings.length > 0)).toBe(true);
  });
});

describe('GET /api/talent/pool', () => {
  it('403 for an employee', async () => {
    expect((await get('/api/talent/pool', 'pegawai')).statusCode).toBe(403);
  });

  it('holds the people of boxes 7, 8 and 9, best first; those kept out say why', async () => {
    const pool = (await get('/api/talent/pool?period=2025', 'tpk')).json();
    expect(pool.boxes).toEqual([7, 8, 9]);
    expect(pool.members.length).toBeGreaterThan(0);
    for (const m of pool.members) expect([7, 8, 9]).toContain(m.box);
    const boxes = pool.members.map((m: { box: number }) => m.box);
    expect(boxes).toEqual([...boxes].sort((a, b) => b - a));
    for (const x of pool.excluded) expect(x.poolExclusion).toBe('RECENT_PENALTY');
  });
});

describe('GET /api/employees/:nip/evaluations', () => {
  it('401, 403 for someone else, 404 for an unknown NIP', async () => {
    expect((await get(`/api/employees/${pegawaiNip}/evaluations`)).statusCode).toBe(401);
    expect((await get(`/api/employees/${pegawaiNip}/evaluations`, 'kadis.kesehatan')).statusCode).toBe(403);
    expect((await get('/api/employees/199001012015011999/evaluations', 'tpk')).statusCode).toBe(404);
    const someone = (await get('/api/talent/pool?period=2025', 'tpk')).json().members[0].nip;
    expect((await get(`/api/employees/${someone}/evaluations`, 'pegawai')).statusCode).toBe(403);
  });

  it('shows an employee their own history: predikat apart from the labelled index, and the trajectory', async () => {
    const res = await get(`/api/employees/${pegawaiNip}/evaluations`, 'pegawai');
    expect(res.statusCode).toBe(200);
    const history = res.json();
    expect(history.trajectory.length).toBeGreaterThanOrEqual(5);
    const ends = history.trajectory.map((p: { endDate: string }) => p.endDate);
    expect(ends).toEqual([...ends].sort());
    const latest = history.evaluations.find((e: { current: unknown }) => e.current).current.result;
    expect(latest.statutory.predikatLabel.id).toBeTruthy();
    expect(latest.index).toMatchObject({
      statutory: false,
      label: { id: expect.stringMatching(/bukan predikat resmi/) },
    });
    const contributions = latest.index.breakdown.reduce(
      (s: number, b: { contribution: number }) => s + b.contribution,
      0,
    );
    expect(contributions).toBeCloseTo(latest.index.value, 1);
    for (const b of latest.index.breakdown)
      expect(Object.keys(b).sort()).toEqual([
        'appliedWeight',
        'component',
        'contribution',
        'normalized',
        'raw',
        'weight',
      ]);
  });
});
