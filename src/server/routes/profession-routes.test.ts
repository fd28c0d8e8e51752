import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
let nip: string;
let ownNip: string;
let unitId: number;

const as = (who?: string) => (who ? { cookie: cookies[who]! } : {});
const get = (url: string, who?: string) => t.app.inject({ method: 'GET', url, headers: as(who) });
const post = (url: string, payload: unknown, who?: string) =>
  t.app.inject({ method: 'POST', url, payload: payload as object, headers: as(who) });
const del = (url: string, who?: string) => t.app.inject({ method: 'DELETE', url, headers: as(who) });

const STR = { kind: 'STR', number: 'STR-1273-000123', profession: 'PERAWAT', issuedOn: '2019-05-02' };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'kadis.kesehatan', 'pegawai', 'auditor'])
    cookies[u] = await t.signIn(u);
  ownNip = (await get('/api/auth/me', 'pegawai')).json().employeeNip;
  // Someone without licences yet (the demo licenses its teachers and health workers).
  const list = (await get('/api/employees?pageSize=50', 'operator')).json();
  for (const e of list.items as { nip: string }[]) {
    if (e.nip === ownNip) continue;
    if ((await get(`/api/employees/${e.nip}`, 'operator')).json().licences.length === 0) {
      nip = e.nip;
      break;
    }
  }
  unitId = (await get('/api/units', 'operator')).json().units[0].id;
});
afterAll(() => t.close());

describe('POST /api/employees/:nip/licences', () => {
  const url = () => `/api/employees/${nip}/licences`;

  it('401 without a session', async () => {
    expect((await post(url(), STR)).statusCode).toBe(401);
  });

  it.each(['tpk', 'walikota', 'auditor', 'kadis.kesehatan'])(
    '403 for %s: only BKPSDM records licences',
    async (who) => {
      const res = await post(url(), STR, who);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    },
  );

  it('403 for an employee, even on their own record', async () => {
    expect((await post(`/api/employees/${ownNip}/licences`, STR, 'pegawai')).statusCode).toBe(403);
  });

  it.each([
    [{ kind: 'IJAZAH' }, 'kind', 'INVALID_VALUE'],
    [{ profession: 'DUKUN' }, 'profession', 'INVALID_VALUE'],
    [{ number: '   ' }, 'number', 'TOO_SMALL'],
    [{ number: 'x'.repeat(65) }, 'number', 'TOO_BIG'],
    [{ number: 'STR\u0000123' }, 'number', 'NO_CONTROL_CHARACTERS'],
    [{ issuedOn: '2019-02-30' }, 'issuedOn', 'CALENDAR_DATE'],
    [{ validUntil: '2019-05-01' }, 'validUntil', 'NOT_BEFORE_ISSUED'],
  ])('400 for %o naming %s and the rule %s, writing nothing', async (change, field, rule) => {
    const res = await post(url(), { ...STR, ...change }, 'operator');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ field, rule });
    expect(res.json().error.messages.id).not.toBe('');
    expect((await get(`/api/employees/${nip}`, 'operator')).json().licences).toEqual([]);
  });

  it('404 for an unknown NIP', async () => {
    const res = await post('/api/employees/199001012015011999/licences', STR, 'operator');
    expect(res.statusCode).toBe(404);
  });

  it('adds licences with their status today, and audits each write', async () => {
    const added = await post(url(), STR, 'operator');
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json().licences).toEqual([
      { id: expect.any(Number), ...STR, validUntil: null, status: 'VALID' },
    ]);
    // The test clock is 2026-11-28: a SIP that ended a year earlier is expired.
    const sip = {
      kind: 'SIP',
      number: '503/SIPP/12/2020',
      profession: 'PERAWAT',
      issuedOn: '2020-11-01',
      validUntil: '2025-10-31',
    };
    const second = await post(url(), sip, 'kepala.bkpsdm');
    expect(second.statusCode).toBe(201);
    expect(second.json().licences.map((l: { kind: string; status: string }) => [l.kind, l.status])).toEqual([
      ['STR', 'VALID'],
      ['SIP', 'EXPIRED'],
    ]);
    const profile = (await get(`/api/employees/${nip}`, 'tpk')).json();
    expect(profile.licences).toEqual(second.json().licences);

    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id', 'after_json'])
      .where('action', '=', 'employee.licence.add')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.entity_id, JSON.parse(a.after_json!).number])).toEqual([
      ['employee.licence.add', nip, STR.number],
      ['employee.licence.add', nip, sip.number],
    ]);
  });
});

describe('DELETE /api/employees/:nip/licences/:licenceId', () => {
  it('400 for an id out of range or not a number, 404 for an id of no licence of this person', async () => {
    for (const bad of ['99999999999', '0', 'abc', '1.5']) {
      const res = await del(`/api/employees/${nip}/licences/${bad}`, 'operator');
      expect(res.statusCode, bad).toBe(400);
      expect(res.json().error.field).toBe('licenceId');
    }
    const res = await del(`/api/employees/${nip}/licences/2147483647`, 'operator');
    expect(res.statusCode).toBe(404);
    expect(res.json().error.field).toBe('licenceId');
  });

  it("refuses other roles and another employee's licence, then removes with an audit entry", async () => {
    const other = (await get('/api/employees?pageSize=50&sort=nip&order=desc', 'operator'))
      .json()
      .items.find((e: { nip: string }) => e.nip !== nip && e.nip !== ownNip).nip;
    const otherAdded = await post(`/api/employees/${other}/licences`, STR, 'operator');
    const otherLicences = otherAdded.json().licences;
    const otherId = otherLicences.at(-1).id;
    const mine = (await post(`/api/employees/${nip}/licences`, { ...STR, number: 'STR-HAPUS' }, 'operator'))
      .json()
      .licences.find((l: { number: string }) => l.number === 'STR-HAPUS');

    expect((await del(`/api/employees/${nip}/licences/${mine.id}`)).statusCode).toBe(401);
    expect((await del(`/api/employees/${nip}/licences/${mine.id}`, 'auditor')).statusCode).toBe(403);
    expect((await del(`/api/employees/${nip}/licences/${otherId}`, 'operator')).statusCode).toBe(404);
    expect((await get(`/api/employees/${other}`, 'operator')).json().licences).toEqual(otherLicences);

    const before = (await get(`/api/employees/${nip}`, 'operator')).json().licences;
    const res = await del(`/api/employees/${nip}/licences/${mine.id}`, 'operator');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().licences).toEqual(before.filter((l: { id: number }) => l.id !== mine.id));
    expect((await del(`/api/employees/${nip}/licences/${mine.id}`, 'operator')).statusCode).toBe(404);
    const entry = await t.ctx.db
      .selectFrom('audit_log')
      .select(['entity_id', 'before_json', 'after_json'])
      .where('action', '=', 'employee.licence.remove')
      .executeTakeFirstOrThrow();
    expect(entry.entity_id).toBe(nip);
    expect(JSON.parse(entry.before_json!)).toMatchObject({ id: mine.id, number: 'STR-HAPUS' });
  });
});

describe('positions with a profession and qualifying majors', () => {
  const guru = {
    code: 'DISDIK.GURU-MTK-UJI',
    name: 'Guru Matematika Ahli Pertama',
    kind: 'JF',
    jfCategory: 'KEAHLIAN',
    jfLevel: 'AHLI_PERTAMA',
    family: 'EDUCATION_TEACHING',
    seats: 3,
    profession: 'GURU',
    educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PENDIDIKAN_MATEMATIKA'] }],
  };

  it.each([
    [{ profession: 'DUKUN' }, 'profession', 'INVALID_VALUE'],
    [
      { educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['MATEMATIKA_MURNI'] }] },
      'educationRequirements.0.majors.0',
      'MAJOR_CODE',
    ],
  ])('400 for %o naming %s', async (change, field, rule) => {
    const res = await post('/api/positions', { ...guru, unitId, ...change }, 'operator');
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().error).toMatchObject({ field, rule });
  });

  it('creates and shows the profession and the majors; a post without them shows none', async () => {
    const res = await post('/api/positions', { ...guru, unitId }, 'operator');
    expect(res.statusCode, res.body).toBe(201);
    const detail = (await get(`/api/positions/${res.json().id}`, 'operator')).json();
    expect(detail).toMatchObject({
      profession: 'GURU',
      educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PENDIDIKAN_MATEMATIKA'] }],
    });
    const plain = await post(
      '/api/positions',
      {
        ...guru,
        unitId,
        code: 'DISDIK.PENGADMINISTRASI-UJI',
        name: 'Pengadministrasi Perkantoran',
        kind: 'PELAKSANA',
        jfCategory: null,
        jfLevel: null,
        family: 'GENERAL_ADMIN',
        profession: undefined,
        educationRequirements: [{ minLevel: 'SMA', fields: [] }],
      },
      'operator',
    );
    expect(plain.statusCode, plain.body).toBe(201);
    expect(plain.json()).toMatchObject({
      profession: null,
      educationRequirements: [{ minLevel: 'SMA', fields: [], majors: [] }],
    });
  });
});
