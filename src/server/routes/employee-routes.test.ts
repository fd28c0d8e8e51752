import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let someNip: string;
let ownNip: string;
let healthUnitNip: string;
let otherUnitNip: string;

const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'kadis.kesehatan', 'pegawai', 'auditor'])
    cookies[u] = await t.signIn(u);
  const me = await t.app.inject({
    method: 'GET',
    url: '/api/auth/me',
    headers: { cookie: cookies.pegawai! },
  });
  ownNip = me.json().employeeNip;
  const list = await get('/api/employees?pageSize=200', 'operator');
  // A PNS (a PPPK has no rank history): the whole-record test reads one.
  someNip = list
    .json()
    .items.find(
      (e: { nip: string; employmentType: string }) => e.nip !== ownNip && e.employmentType === 'PNS',
    ).nip;
  const scoped = await get('/api/employees?pageSize=5', 'kadis.kesehatan');
  healthUnitNip = scoped.json().items[0].nip;
  const scopeIds = new Set<number>(
    (
      await t.app.inject({
        method: 'GET',
        url: '/api/auth/me',
        headers: { cookie: cookies['kadis.kesehatan']! },
      })
    ).json().unitIds,
  );
  otherUnitNip = list
    .json()
    .items.find(
      (e: { currentUnitId: number | null }) => e.currentUnitId !== null && !scopeIds.has(e.currentUnitId),
    ).nip;
});
afterAll(() => t.close());

describe('GET /api/employees', () => {
  it('401 without a session', async () => {
    expect((await get('/api/employees')).statusCode).toBe(401);
  });

  it('403 for an employee: no lists of colleagues', async () => {
    const res = await get('/api/employees', 'pegawai');
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
  });

  it('400 naming the parameter on a bad filter', async () => {
    const res = await get('/api/employees?pageSize=5000', 'operator');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('pageSize');
  });

  it('pages, filters and sorts on the server', async () => {
    const all = (await get('/api/employees?pageSize=10', 'operator')).json();
    expect(all.total).toBeGreaterThan(250);
    expect(all.items).toHaveLength(10);
    const byNip = (
      await get(`/api/employees?q=${someNip.slice(0, 8)}%20${someNip.slice(8, 14)}`, 'operator')
    ).json();
    expect(byNip.items.map((e: { nip: string }) => e.nip)).toContain(someNip);
    const gol = (await get('/api/employees?golongan=33,34&pageSize=200', 'operator')).json();
    expect(gol.items.every((e: { golongan: number }) => e.golongan === 33 || e.golongan === 34)).toBe(true);
    const sorted = (await get('/api/employees?sort=nip&order=desc&pageSize=50', 'operator')).json();
    const nips = sorted.items.map((e: { nip: string }) => e.nip);
    expect(nips).toEqual([...nips].sort().reverse());
    expect(all.actions).toEqual(expect.arrayContaining(['employee.create']));
  });

  it('keeps an OPD head inside their units', async () => {
    const res = (await get('/api/employees?pageSize=200', 'kadis.kesehatan')).json();
    const scope = new Set((await get('/api/auth/me', 'kadis.kesehatan')).json().unitIds);
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((e: { currentUnitId: number }) => scope.has(e.currentUnitId))).toBe(true);
    expect(res.actions).toEqual([]);
  });

  it('gives review board, PPK and auditor read access without write actions', async () => {
    for (const who of ['tpk', 'walikota', 'auditor']) {
      const res = await get('/api/employees?pageSize=1', who);
      expect(res.statusCode).toBe(200);
      expect(res.json().actions).toEqual([]);
    }
  });
});

describe('GET /api/employees/:nip', () => {
  it('401 without a session', async () => {
    expect((await get(`/api/employees/${someNip}`)).statusCode).toBe(401);
  });

  it("403 for an employee reading someone else's profile, 200 for their own", async () => {
    expect((await get(`/api/employees/${someNip}`, 'pegawai')).statusCode).toBe(403);
    const own = await get(`/api/employees/${ownNip}`, 'pegawai');
    expect(own.statusCode).toBe(200);
    expect(own.json().actions).not.toContain('employee.update');
    expect(own.json().actions).toContain('match.read');
  });

  it('403 for an OPD head outside their units, 200 inside', async () => {
    expect((await get(`/api/employees/${otherUnitNip}`, 'kadis.kesehatan')).statusCode).toBe(403);
    expect((await get(`/api/employees/${healthUnitNip}`, 'kadis.kesehatan')).statusCode).toBe(200);
  });

  it('403 rather than 404 for an unknown NIP when the caller may not list', async () => {
    expect((await get('/api/employees/199001012015011999', 'pegawai')).statusCode).toBe(403);
    expect((await get('/api/employees/199001012015011999', 'operator')).statusCode).toBe(404);
  });

  it('returns the whole record with its histories', async () => {
    const res = await get(`/api/employees/${someNip}`, 'operator');
    expect(res.statusCode).toBe(200);
    const e = res.json();
    expect(e.nip).toBe(someNip);
    expect(e.positionHistory.length).toBeGreaterThan(0);
    expect(e.rankHistory.length).toBeGreaterThan(0);
    expect(e.education.length).toBeGreaterThan(0);
    expect(e.actions).toContain('employee.update');
  });
});

const validEmployee = {
  nip: '19900512 201903 2 007',
  name: 'Rina Hutagalung',
  backTitle: 'S.Kep., Ns.',
  gender: 'F',
  birthDate: '1990-05-12',
  employmentType: 'PNS',
  golongan: 'III/a',
  golonganTmt: '2019-03-01',
  education: [
    {
      level: 'S1',
      field: 'HEALTH_NURSING',
      major: 'S1 Keperawatan',
      institution: 'Universitas Sumatera Utara',
      graduationYear: 2013,
    },
  ],
};

describe('POST /api/employees', () => {
  const post = (payload: object, who = 'operator') =>
    t.app.inject({
      method: 'POST',
      url: '/api/employees',
      payload,
      headers: who ? { cookie: cookies[who]! } : {},
    });

  it('401 without a session', async () => {
    expect(
      (await t.app.inject({ method: 'POST', url: '/api/employees', payload: validEmployee })).statusCode,
    ).toBe(401);
  });

  it.each(['auditor', 'tpk', 'walikota', 'kadis.kesehatan', 'pegawai'])('403 for %s', async (who) => {
    const res = await post(validEmployee, who);
    expect(res.statusCode).toBe(403);
  });

  it.each([
    [{ nip: '19900512 201903 3 007' }, 'nip', 'NIP_INVALID', 'NIP_GENDER_DIGIT'],
    [{ nip: '1990051220190320' }, 'nip', 'NIP_INVALID', 'NIP_LENGTH'],
    [{ golongan: 'III/f' }, 'golongan', 'GOLONGAN_UNKNOWN', 'GOLONGAN_TABLE'],
    [{ birthDate: '1990-02-30' }, 'birthDate', 'DATE_INVALID', 'CALENDAR_DATE'],
    [{ birthDate: '1990-05-13' }, 'birthDate', 'BIRTH_DATE_MISMATCH', 'NIP_BIRTH_DATE_MATCH'],
    [{ nip: '19900512 202703 2 007' }, 'nip', 'NIP_INVALID', 'NIP_TMT'],
    [{ gender: 'X' }, 'gender', 'VALIDATION_FAILED', 'INVALID_VALUE'],
    [{ education: [{ level: 'S9' }] }, 'education.0.level', 'VALIDATION_FAILED', 'INVALID_VALUE'],
  ])('400 for %o naming %s', async (change, field, code, rule) => {
    const before = await t.ctx.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const res = await post({ ...validEmployee, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field, rule });
    expect(res.json().error.messages.id.length).toBeGreaterThan(5);
    expect(res.json().error.messages.en.length).toBeGreaterThan(5);
    const after = await t.ctx.db
      .selectFrom('employees')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
  });

  it('creates an employee, audits it, and refuses the same NIP again with 409', async () => {
    const res = await post(validEmployee);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      nip: '199005122019032007',
      fullName: 'Rina Hutagalung, S.Kep., Ns.',
      golonganLabel: 'III/a',
    });
    const again = await post(validEmployee);
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'NIP_DUPLICATE', field: 'nip' });
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'employee.create')
      .execute();
    expect(audit.map((a) => a.entity_id)).toContain('199005122019032007');
  });
});

describe('PATCH /api/employees/:nip', () => {
  it('403 for the auditor and for an employee on their own record', async () => {
    const payload = { version: 1, name: 'X Y' };
    for (const [who, nip] of [
      ['auditor', someNip],
      ['pegawai', ownNip],
    ] as const) {
      const res = await t.app.inject({
        method: 'PATCH',
        url: `/api/employees/${nip}`,
        payload,
        headers: { cookie: cookies[who]! },
      });
      expect(res.statusCode).toBe(403);
    }
  });

  it('updates with the current version and refuses a stale one with 409', async () => {
    const current = (await get(`/api/employees/${someNip}`, 'operator')).json();
    const ok = await t.app.inject({
      method: 'PATCH',
      url: `/api/employees/${someNip}`,
      payload: { version: current.version, birthPlace: 'Sibolga' },
      headers: { cookie: cookies.operator! },
    });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ birthPlace: 'Sibolga', version: current.version + 1 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/employees/${someNip}`,
      payload: { version: current.version, birthPlace: 'Medan' },
      headers: { cookie: cookies.operator! },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
    expect((await get(`/api/employees/${someNip}`, 'operator')).json().birthPlace).toBe('Sibolga');
  });

  it('400 for an unknown golongan', async () => {
    const current = (await get(`/api/employees/${someNip}`, 'operator')).json();
    const res = await t.app.inject({
      method: 'PATCH',
      url: `/api/employees/${someNip}`,
      payload: { version: current.version, golongan: 'Jenderal', golonganTmt: '2026-10-01' },
      headers: { cookie: cookies.operator! },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'GOLONGAN_UNKNOWN', field: 'golongan' });
  });
});
