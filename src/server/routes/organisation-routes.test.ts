import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const get = (url: string, who?: string) =>
  t.app.inject({ method: 'GET', url, headers: who ? { cookie: cookies[who]! } : {} });
const post = (url: string, payload: object, who?: string) =>
  t.app.inject({ method: 'POST', url, payload, headers: who ? { cookie: cookies[who]! } : {} });

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kadis.kesehatan', 'pegawai', 'auditor', 'walikota'])
    cookies[u] = await t.signIn(u);
});
afterAll(() => t.close());

describe('GET /api/units', () => {
  it('401 without a session', async () => {
    expect((await get('/api/units')).statusCode).toBe(401);
  });

  it('returns the tree with the 4 kecamatan and 17 kelurahan and consistent staffing', async () => {
    const { units } = (await get('/api/units', 'operator')).json();
    const kecamatan = units.filter((u: { kind: string }) => u.kind === 'KECAMATAN');
    const kelurahan = units.filter((u: { kind: string }) => u.kind === 'KELURAHAN');
    expect(kecamatan).toHaveLength(4);
    expect(kelurahan).toHaveLength(17);
    for (const u of units) {
      expect(u.vacancies).toBeGreaterThanOrEqual(0);
      expect(u.totalSeats).toBeGreaterThanOrEqual(u.seats);
    }
  });
});

describe('POST /api/units', () => {
  it('403 for the PPK and the auditor', async () => {
    for (const who of ['walikota', 'auditor']) {
      expect(
        (await post('/api/units', { code: 'X1', parentId: null, name: 'Dinas X', kind: 'OPD' }, who))
          .statusCode,
      ).toBe(403);
    }
  });

  it('400 for a kind that cannot sit under its parent', async () => {
    const { units } = (await get('/api/units', 'operator')).json();
    const school = units.find((u: { kind: string }) => u.kind === 'SEKOLAH');
    const res = await post(
      '/api/units',
      { code: 'BAD-1', parentId: school.id, name: 'Dinas di bawah sekolah', kind: 'OPD' },
      'operator',
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'UNIT_INVALID', field: 'kind' });
  });

  it('creates a bidang under an OPD', async () => {
    const { units } = (await get('/api/units', 'operator')).json();
    const opd = units.find((u: { kind: string }) => u.kind === 'OPD');
    const res = await post(
      '/api/units',
      {
        code: `${opd.code}.BIDANG-UJI`,
        parentId: opd.id,
        name: 'Bidang Transformasi Digital',
        kind: 'BIDANG',
      },
      'operator',
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ parentId: opd.id, seats: 0, vacancies: 0 });
  });
});

describe('positions', () => {
  it('401 without a session, 403 for an employee', async () => {
    expect((await get('/api/positions')).statusCode).toBe(401);
    expect((await get('/api/positions', 'pegawai')).statusCode).toBe(403);
  });

  it('lists vacant positions only when asked, with holders and seats', async () => {
    const res = (await get('/api/positions?vacant=true&pageSize=200', 'operator')).json();
    expect(res.total).toBeGreaterThan(0);
    expect(res.items.every((p: { vacancies: number }) => p.vacancies > 0)).toBe(true);
    const detailRes = await get(`/api/positions/${res.items[0].id}`, 'operator');
    expect(detailRes.statusCode, detailRes.body).toBe(200);
    const detail = detailRes.json();
    expect(detail.holdersList.length).toBe(detail.holders);
    expect(detail.seats - detail.holders).toBe(detail.vacancies);
  });

  it('keeps an OPD head to their own positions', async () => {
    const mine = (await get('/api/positions?pageSize=200', 'kadis.kesehatan')).json();
    const scope = new Set((await get('/api/auth/me', 'kadis.kesehatan')).json().unitIds);
    expect(mine.items.every((p: { unitId: number }) => scope.has(p.unitId))).toBe(true);
    const all = (await get('/api/positions?pageSize=200&sort=unit', 'operator')).json();
    const outside = all.items.find((p: { unitId: number }) => !scope.has(p.unitId));
    expect((await get(`/api/positions/${outside.id}`, 'kadis.kesehatan')).statusCode).toBe(403);
  });

  const base = {
    code: 'DISKOMINFO.PRANATA-KOMPUTER-UJI',
    name: 'Pranata Komputer Ahli Muda',
    kind: 'JF',
    jfCategory: 'KEAHLIAN',
    jfLevel: 'AHLI_MUDA',
    family: 'IT_DIGITAL',
    seats: 2,
    educationRequirements: [{ minLevel: 'S1', fields: ['IT'] }],
  };

  it.each([
    [{ minGolongan: 'V/a' }, 'minGolongan', 'GOLONGAN_UNKNOWN'],
    [{ minGolongan: 'IV/e' }, 'minGolongan', 'RANK_REQUIREMENT_INCONSISTENT'],
    [{ jfLevel: 'MAHIR' }, 'jfLevel', 'POSITION_KIND_INVALID'],
    [
      { kind: 'PENGAWAS', jfCategory: null, jfLevel: null, eselon: 'II.a' },
      'eselon',
      'POSITION_KIND_INVALID',
    ],
    [{ seats: 0 }, 'seats', 'VALIDATION_FAILED'],
  ])('400 for %o naming %s', async (change, field, code) => {
    const { units } = (await get('/api/units', 'operator')).json();
    const res = await post('/api/positions', { ...base, unitId: units[0].id, ...change }, 'operator');
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code, field });
  });

  it('creates a position with the default minimum rank of its level', async () => {
    const { units } = (await get('/api/units', 'operator')).json();
    const res = await post('/api/positions', { ...base, unitId: units[0].id }, 'operator');
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ minGolonganLabel: 'III/c', vacancies: 2, holders: 0 });
    expect((await post('/api/positions', { ...base, unitId: units[0].id }, 'auditor')).statusCode).toBe(403);
  });
});

describe('GET /api/dashboard', () => {
  it('401 without a session, 403 for an employee', async () => {
    expect((await get('/api/dashboard')).statusCode).toBe(401);
    expect((await get('/api/dashboard', 'pegawai')).statusCode).toBe(403);
  });

  it('adds up: the counts by unit, golongan, field and kind each cover the workforce', async () => {
    const d = (await get('/api/dashboard', 'operator')).json();
    const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);
    expect(d.totalEmployees).toBeGreaterThan(250);
    expect(sum(d.byGolongan)).toBe(d.totalEmployees);
    expect(sum(d.byEducationField)).toBe(d.totalEmployees);
    expect(sum(d.byPositionKind)).toBe(d.totalEmployees);
    expect(d.seats).toBeGreaterThanOrEqual(d.holders);
    expect(d.fiveYearsInPost).toBeGreaterThan(0);
  });

  it("scopes an OPD head's dashboard to their units", async () => {
    const all = (await get('/api/dashboard', 'operator')).json();
    const mine = (await get('/api/dashboard', 'kadis.kesehatan')).json();
    expect(mine.totalEmployees).toBeGreaterThan(0);
    expect(mine.totalEmployees).toBeLessThan(all.totalEmployees);
  });
});
