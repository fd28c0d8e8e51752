import { afterAll, beforeAll, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.js';
import { createTestAppOn, describeAppEachDialect } from '../../../test/support/test-app-dialects.js';

describeAppEachDialect('GET /api/positions/:id: an employee and her own post', (dialect) => {
  let t: TestApp;
  const cookies: Record<string, string> = {};
  const get = (url: string, who: string) =>
    t.app.inject({ method: 'GET', url: `/api${url}`, headers: { cookie: cookies[who]! } });

  beforeAll(async () => {
    t = await createTestAppOn(dialect);
    for (const u of ['pegawai', 'operator']) cookies[u] = await t.signIn(u);
  }, 120_000);
  afterAll(() => t?.close());

  it('opens the post she holds, showing herself alone among its holders but every seat', async () => {
    const me = (await get('/auth/me', 'pegawai')).json();
    const profile = (await get(`/employees/${me.employeeNip}`, 'pegawai')).json();
    expect(profile.currentPositionId).toBeTypeOf('number');
    const res = await get(`/positions/${profile.currentPositionId}`, 'pegawai');
    expect(res.statusCode, res.body).toBe(200);
    const mine = res.json();
    const full = (await get(`/positions/${profile.currentPositionId}`, 'operator')).json();
    expect(mine.holdersList.map((h: { nip: string }) => h.nip)).toEqual([me.employeeNip]);
    expect(full.holdersList.length).toBe(full.holders);
    expect({ holders: mine.holders, vacancies: mine.vacancies, seats: mine.seats }).toEqual({
      holders: full.holders,
      vacancies: full.vacancies,
      seats: full.seats,
    });
    expect(mine.actions).toEqual([]);
  });

  it('refuses any other post, and the list of posts', async () => {
    const me = (await get('/auth/me', 'pegawai')).json();
    const own = (await get(`/employees/${me.employeeNip}`, 'pegawai')).json().currentPositionId;
    const other = (await get('/positions?pageSize=5', 'operator'))
      .json()
      .items.find((p: { id: number }) => p.id !== own);
    expect((await get(`/positions/${other.id}`, 'pegawai')).statusCode).toBe(403);
    expect((await get('/positions', 'pegawai')).statusCode).toBe(403);
  });
});
