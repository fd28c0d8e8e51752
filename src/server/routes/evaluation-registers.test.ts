import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const call = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, who?: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
const evidence = { kind: 'DOCUMENT', reference: 'SK Kepala Dinas 188.4/12/2026' };
let dinkes: { unitId: number; nip: string };
let dishub: { unitId: number; nip: string };

async function staffOf(root: string) {
  const row = await t.ctx.db
    .selectFrom('employees as e')
    .innerJoin('positions as p', 'p.id', 'e.current_position_id')
    .innerJoin('units as u', 'u.id', 'p.unit_id')
    .select(['e.nip', 'u.id'])
    .where('u.code', 'like', `${root}%`)
    .orderBy('e.id')
    .executeTakeFirstOrThrow();
  return { unitId: row.id, nip: row.nip };
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'tpk', 'kadis.kesehatan', 'pegawai']) cookies[u] = await t.signIn(u);
  dinkes = await staffOf('DINKES');
  dishub = await staffOf('DISHUB');
});
afterAll(() => t.close());

const innovation = (unitId: number, nip: string) => ({
  unitId,
  title: 'Kartu kontrol hipertensi digital',
  description: 'Pemantauan tekanan darah pasien hipertensi oleh kader posyandu lansia',
  status: 'IMPLEMENTED',
  proposedOn: '2026-02-01',
  implementedOn: '2026-06-15',
  evidence,
  members: [{ nip, role: 'LEAD' }],
});

describe('innovation register', () => {
  it('401, 403 for an employee; readers see the demo register', async () => {
    expect((await call('GET', '/api/innovations')).statusCode).toBe(401);
    expect((await call('GET', '/api/innovations', 'pegawai')).statusCode).toBe(403);
    const list = (await call('GET', '/api/innovations', 'tpk')).json();
    expect(list.items.length).toBeGreaterThanOrEqual(12);
    expect(list.items.map((i: { title: string }) => i.title)).toContain('SIPADU Dukcapil');
    expect(list.actions).toEqual([]);
  });

  it('403 for readers and outside an OPD head’s units; 400 for dates that do not fit the status or a team without lead', async () => {
    expect(
      (await call('POST', '/api/innovations', 'tpk', innovation(dinkes.unitId, dinkes.nip))).statusCode,
    ).toBe(403);
    expect(
      (await call('POST', '/api/innovations', 'kadis.kesehatan', innovation(dishub.unitId, dishub.nip)))
        .statusCode,
    ).toBe(403);
    const dates = await call('POST', '/api/innovations', 'operator', {
      ...innovation(dinkes.unitId, dinkes.nip),
      implementedOn: null,
    });
    expect([dates.statusCode, dates.json().error.rule]).toEqual([400, 'INNOVATION_DATE_REQUIRED']);
    const noLead = await call('POST', '/api/innovations', 'operator', {
      ...innovation(dinkes.unitId, dinkes.nip),
      members: [{ nip: dinkes.nip, role: 'MEMBER' }],
    });
    expect([noLead.statusCode, noLead.json().error.rule]).toEqual([400, 'TEAM_LEAD_REQUIRED']);
  });

  it('an OPD head registers, changes and removes an innovation of their unit; stale versions are refused', async () => {
    const created = await call(
      'POST',
      '/api/innovations',
      'kadis.kesehatan',
      innovation(dinkes.unitId, dinkes.nip),
    );
    expect(created.statusCode).toBe(201);
    const { id, version } = created.json();
    expect(created.json()).toMatchObject({
      status: 'IMPLEMENTED',
      members: [{ nip: dinkes.nip, role: 'LEAD' }],
    });
    const updated = await call('PUT', `/api/innovations/${id}`, 'kadis.kesehatan', {
      ...innovation(dinkes.unitId, dinkes.nip),
      status: 'AWARDED',
      awardedOn: '2026-10-20',
      version,
    });
    expect(updated.json()).toMatchObject({ status: 'AWARDED', version: 2 });
    expect(
      (
        await call('PUT', `/api/innovations/${id}`, 'kadis.kesehatan', {
          ...innovation(dinkes.unitId, dinkes.nip),
          version,
        })
      ).statusCode,
    ).toBe(409);
    expect((await call('DELETE', `/api/innovations/${id}?version=1`, 'kadis.kesehatan')).statusCode).toBe(
      409,
    );
    expect((await call('DELETE', `/api/innovations/${id}?version=2`, 'kadis.kesehatan')).statusCode).toBe(
      204,
    );
    expect((await call('GET', `/api/innovations/${id}`, 'tpk')).statusCode).toBe(404);
  });
});

describe('government programmes', () => {
  it('lists the demo programmes', async () => {
    const list = (await call('GET', '/api/programs', 'tpk')).json();
    expect(list.items.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['STUNTING', 'SMART-CITY', 'PASCABANJIR-2025']),
    );
    const stunting = list.items.find((p: { code: string }) => p.code === 'STUNTING');
    const detail = (await call('GET', `/api/programs/${stunting.id}`, 'tpk')).json();
    expect(detail.participants.length).toBe(stunting.participantCount);
  });

  it('403 for an OPD head creating a programme, 409 for a code in use', async () => {
    const body = {
      code: 'SIBOLGA-SEHAT',
      name: 'Sibolga Sehat',
      description: 'Gerakan masyarakat hidup sehat',
      startDate: '2026-01-01',
    };
    expect((await call('POST', '/api/programs', 'kadis.kesehatan', body)).statusCode).toBe(403);
    expect((await call('POST', '/api/programs', 'operator', { ...body, code: 'STUNTING' })).statusCode).toBe(
      409,
    );
  });

  it('records participants: in the programme’s span, by those who may evaluate them', async () => {
    const created = await call('POST', '/api/programs', 'operator', {
      code: 'GERMAS',
      name: 'Gerakan Masyarakat Hidup Sehat',
      description: 'Senam, cek kesehatan berkala dan pangan sehat di kelurahan',
      leadUnitId: dinkes.unitId,
      startDate: '2026-01-01',
      endDate: '2026-12-31',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().program.id;
    const part = {
      nip: dinkes.nip,
      role: 'COORDINATOR',
      startDate: '2026-02-01',
      endDate: '2026-08-31',
      hours: 48,
      outcome: 'ACHIEVED',
      evidence,
    };
    const early = await call('POST', `/api/programs/${id}/participants`, 'operator', {
      ...part,
      startDate: '2025-12-01',
    });
    expect([early.statusCode, early.json().error.rule]).toEqual([400, 'WITHIN_PROGRAM']);
    expect(
      (
        await call('POST', `/api/programs/${id}/participants`, 'kadis.kesehatan', {
          ...part,
          nip: dishub.nip,
        })
      ).statusCode,
    ).toBe(403);
    const added = await call('POST', `/api/programs/${id}/participants`, 'kadis.kesehatan', part);
    expect(added.statusCode).toBe(201);
    const [p] = added.json().participants;
    expect(p).toMatchObject({ nip: dinkes.nip, hours: 48, version: 1 });
    const changed = await call('PUT', `/api/programs/${id}/participants/${p.id}`, 'operator', {
      ...part,
      hours: 60,
      version: 1,
    });
    expect(changed.json().participants[0]).toMatchObject({ hours: 60, version: 2 });
    expect(
      (await call('DELETE', `/api/programs/${id}/participants/${p.id}?version=1`, 'operator')).statusCode,
    ).toBe(409);
    const removed = await call('DELETE', `/api/programs/${id}/participants/${p.id}?version=2`, 'operator');
    expect(removed.json().participants).toEqual([]);
  });
});
