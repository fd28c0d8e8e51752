import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let foreignNip: string;
const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });

beforeAll(async () => {
  t = await createTestApp();
  // A second instansi in the same database (DOMAIN.md 1.3: a province may run one Penata).
  const other = await seedDataset(
    t.ctx.db,
    buildDataset({ instansi: { code: '5277', name: 'Pemerintah Kabupaten Tapanuli Tengah' } }),
  );
  foreignNip = other.dataset.employees[0]!.nip;
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'kadis.kesehatan', 'pegawai', 'auditor'])
    cookies[u] = await t.signIn(u);
});
afterAll(() => t.close());

describe('instansi scope', () => {
  it.each(['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'auditor'])(
    '%s cannot see an employee of another instansi',
    async (who) => {
      const res = await get(`/api/employees/${foreignNip}`, who);
      expect(res.statusCode).toBe(404);
      const search = (await get(`/api/employees?q=${foreignNip}`, who)).json();
      expect(search.total).toBe(0);
    },
  );
});

describe('GET /api/audit', () => {
  it('401 without a session', async () => {
    expect((await get('/api/audit')).statusCode).toBe(401);
  });

  it.each(['operator', 'tpk', 'walikota', 'kadis.kesehatan', 'pegawai'])('403 for %s', async (who) => {
    expect((await get('/api/audit', who)).statusCode).toBe(403);
  });

  it('shows the auditor and the head of BKPSDM who did what, newest first', async () => {
    const res = (await get('/api/audit?action=auth.sign_in&pageSize=50', 'auditor')).json();
    expect(res.total).toBeGreaterThanOrEqual(7);
    expect(res.items[0].id).toBeGreaterThan(res.items[1].id);
    expect(res.items.map((e: { actorName: string }) => e.actorName)).toContain(
      'Drs. Halomoan Situmeang, M.Si.',
    );
    expect((await get('/api/audit', 'kepala.bkpsdm')).statusCode).toBe(200);
  });

  it('verifies the chain and catches a row edited behind the application', async () => {
    expect((await get('/api/audit/verify', 'auditor')).json()).toMatchObject({ ok: true });
    const victim = await t.ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('action', '=', 'auth.sign_in')
      .orderBy('id')
      .executeTakeFirstOrThrow();
    await sql`update audit_log set actor_ip = '10.0.0.66' where id = ${victim.id}`.execute(t.ctx.db);
    expect((await get('/api/audit/verify', 'auditor')).json()).toMatchObject({
      ok: false,
      brokenAt: victim.id,
      reason: 'HASH_MISMATCH',
    });
  });
});
