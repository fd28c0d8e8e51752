import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';

let t: TestApp;
const cookies: Record<string, string> = {};
type Body = Record<string, unknown>;

const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: Body) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
const ok = async (method: 'GET' | 'POST', url: string, who: string, payload?: Body) => {
  const res = await call(method, url, who, payload);
  expect(res.statusCode, `${method} ${url} as ${who}: ${res.body}`).toBeLessThan(300);
  return res.json();
};
const auditTotal = async () => (await ok('GET', '/audit?pageSize=1', 'auditor')).total as number;

const COMMITTEE = [
  { name: 'Ketua Panitia Uji', role: 'KETUA' },
  { name: 'Sekretaris Panitia Uji', role: 'SEKRETARIS' },
  { name: 'Anggota Panitia Satu', role: 'ANGGOTA' },
  { name: 'Anggota Panitia Dua', role: 'ANGGOTA' },
  { name: 'Anggota Panitia Tiga', role: 'ANGGOTA' },
];

/** The demo's selections (seeded by seed-selection-demo): one completed, one in its competency stage. */
let completed: { id: number; positionId: number };
let running: { id: number; positionId: number };
/** A vacant JPT post with no selection yet, and a pelaksana post. */
let freeJpt: number;
/** Another, for two openings racing. */
let racedJpt: number;
let pelaksana: number;

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'pegawai', 'auditor', 'kadis.kesehatan'])
    cookies[u] = await t.signIn(u);
  const rows = await t.ctx.db.selectFrom('selections').select(['id', 'position_id', 'status']).execute();
  const pick = (status: string) => {
    const r = rows.find((x) => x.status === status);
    if (!r) throw new Error(`the demo has no ${status} selection`);
    return { id: r.id, positionId: r.position_id };
  };
  completed = pick('COMPLETED');
  running = pick('IN_PROGRESS');
  const jpt = await ok('GET', '/positions?kind=JPT_PRATAMA&vacant=true&pageSize=100', 'operator');
  const taken = new Set(rows.map((r) => r.position_id));
  const free = jpt.items.filter((p: { id: number }) => !taken.has(p.id)).map((p: { id: number }) => p.id);
  [freeJpt, racedJpt] = [free[0], free[1]];
  pelaksana = (await ok('GET', '/positions?kind=PELAKSANA&pageSize=1', 'operator')).items[0].id;
}, 60_000);
afterAll(() => t.close());

describe('JPT selections: refusals', () => {
  it('401 without a session, for every route (valid requests otherwise)', async () => {
    const nip = '197203151998031002';
    const routes: ['GET' | 'POST', string, Body?][] = [
      ['GET', `/positions/${freeJpt}/selections`],
      ['POST', `/positions/${freeJpt}/selections`, { kind: 'OPEN', committee: COMMITTEE }],
      ['GET', `/selections/${running.id}`],
      [
        'POST',
        `/selections/${running.id}/stages/COMPETENCY`,
        { version: 1, status: 'DONE', date: '2026-11-09' },
      ],
      [
        'POST',
        `/selections/${running.id}/candidates`,
        { version: 1, candidates: [{ nip, administrative: 'PASSED' }] },
      ],
      ['POST', `/selections/${running.id}/shortlist`, { version: 1, shortlist: [nip] }],
      [
        'POST',
        `/selections/${running.id}/result`,
        { version: 1, nip, decidedOn: '2026-11-20', decreeNumber: '800/1/2026' },
      ],
    ];
    for (const [method, url, body] of routes) {
      const res = await call(method, url, undefined, body);
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    }
  });

  it('403: employees and OPD heads read nothing; the board and the auditor only read; only the PPK chooses', async () => {
    const before = await auditTotal();
    for (const who of ['pegawai', 'kadis.kesehatan']) {
      expect((await call('GET', `/selections/${completed.id}`, who)).statusCode, who).toBe(403);
      expect((await call('GET', `/positions/${freeJpt}/selections`, who)).statusCode, who).toBe(403);
    }
    for (const who of ['tpk', 'auditor', 'walikota']) {
      const res = await call('POST', `/positions/${freeJpt}/selections`, who, {
        kind: 'OPEN',
        committee: COMMITTEE,
      });
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const sel = await ok('GET', `/selections/${running.id}`, 'operator');
    const stage = await call('POST', `/selections/${running.id}/stages/COMPETENCY`, 'walikota', {
      version: sel.version,
      status: 'DONE',
      date: '2026-11-09',
    });
    expect(stage.statusCode).toBe(403);
    const result = await call('POST', `/selections/${completed.id}/result`, 'operator', {
      version: 1,
      nip: sel.candidates[0].nip,
      decidedOn: '2026-11-20',
      decreeNumber: '800/1/2026',
    });
    expect(result.statusCode).toBe(403);
    expect(result.json().error).toMatchObject({ code: 'FORBIDDEN', rule: 'POLICY_SELECTION_DECIDE' });
    expect(await auditTotal()).toBe(before);
  });

  it('400 naming the field and rule: not a JPT post, a committee without chair or too small, bad values', async () => {
    const before = await auditTotal();
    const notJpt = await call('POST', `/positions/${pelaksana}/selections`, 'operator', {
      kind: 'OPEN',
      committee: COMMITTEE,
    });
    expect(notJpt.statusCode).toBe(400);
    expect(notJpt.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'positionId',
      rule: 'SELECTION_JPT_ONLY',
    });

    const noChair = COMMITTEE.map((m) => ({ ...m, role: 'ANGGOTA' }));
    const cases: [Body, string, string][] = [
      [{ kind: 'OPEN', committee: noChair }, 'committee', 'SELECTION_COMMITTEE_CHAIR'],
      [{ kind: 'OPEN', committee: COMMITTEE.slice(0, 3) }, 'committee', 'SELECTION_COMMITTEE_SIZE'],
    ];
    for (const [body, field, rule] of cases) {
      const res = await call('POST', `/positions/${freeJpt}/selections`, 'operator', body);
      expect(res.statusCode, rule).toBe(400);
      expect(res.json().error).toMatchObject({
        field,
        rule,
        messages: { id: expect.any(String), en: expect.any(String) },
      });
    }
    const badKind = await call('POST', `/positions/${freeJpt}/selections`, 'operator', {
      kind: 'LOTRE',
      committee: COMMITTEE,
    });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().error.field).toBe('kind');
    const shortName = await call('POST', `/positions/${freeJpt}/selections`, 'operator', {
      kind: 'OPEN',
      committee: [{ name: 'A', role: 'KETUA' }],
    });
    expect(shortName.json().error.field).toBe('committee.0.name');

    const sel = await ok('GET', `/selections/${running.id}`, 'operator');
    const badDate = await call('POST', `/selections/${running.id}/stages/COMPETENCY`, 'operator', {
      version: sel.version,
      status: 'DONE',
      date: '2026-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error).toMatchObject({ code: 'DATE_INVALID', field: 'date' });
    const badStage = await call('POST', `/selections/${running.id}/stages/PESTA`, 'operator', {
      version: sel.version,
      status: 'DONE',
      date: '2026-11-09',
    });
    expect(badStage.statusCode).toBe(400);
    expect(badStage.json().error.field).toBe('stage');
    const badNip = await call('POST', `/selections/${running.id}/result`, 'walikota', {
      version: sel.version,
      nip: '123',
      decidedOn: '2026-11-20',
      decreeNumber: '800/1/2026',
    });
    expect(badNip.statusCode).toBe(400);
    expect(badNip.json().error).toMatchObject({ code: 'NIP_INVALID', field: 'nip' });
    expect(await auditTotal()).toBe(before);
  });

  it('400, not 500, for ids that are not numbers or out of range', async () => {
    for (const url of [
      '/selections/99999999999',
      '/selections/abc',
      '/positions/99999999999/selections',
      '/selections/0',
    ]) {
      const res = await call('GET', url, 'operator');
      expect(res.statusCode, url).toBe(400);
      expect(res.json().error.field, url).toBe('id');
    }
  });

  it('404 for a selection or post the instansi does not have', async () => {
    expect((await call('GET', '/selections/999999', 'operator')).json().error).toMatchObject({
      code: 'NOT_FOUND',
      field: 'id',
    });
    expect((await call('GET', '/positions/999999/selections', 'operator')).statusCode).toBe(404);
    const stage = await call('POST', '/selections/999999/stages/ANNOUNCEMENT', 'operator', {
      version: 1,
      status: 'DONE',
      date: '2026-11-02',
    });
    expect(stage.statusCode).toBe(404);
    const create = await call('POST', '/positions/999999/selections', 'operator', {
      kind: 'OPEN',
      committee: COMMITTEE,
    });
    expect(create.json().error).toMatchObject({ code: 'NOT_FOUND', field: 'positionId' });
  });

  it('409: a second selection of a post, stages out of order, a stale version, a closed list, a decided selection', async () => {
    const before = await auditTotal();
    const second = await call('POST', `/positions/${running.positionId}/selections`, 'operator', {
      kind: 'OPEN',
      committee: COMMITTEE,
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error).toMatchObject({
      code: 'CONFLICT',
      rule: 'SELECTION_ALREADY_OPEN',
      value: running.id,
    });

    const sel = await ok('GET', `/selections/${running.id}`, 'operator');
    const early = await call('POST', `/selections/${running.id}/stages/INTERVIEW`, 'operator', {
      version: sel.version,
      status: 'IN_PROGRESS',
      date: '2026-11-20',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({
      code: 'CONFLICT',
      field: 'stage',
      rule: 'SELECTION_STAGE_ORDER',
    });
    expect(early.json().error.messages.id).toContain('Asesmen kompetensi');

    const stale = await call('POST', `/selections/${running.id}/stages/COMPETENCY`, 'operator', {
      version: sel.version - 1,
      status: 'DONE',
      date: '2026-11-09',
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({ code: 'VERSION_CONFLICT', field: 'version' });

    const closed = await call('POST', `/selections/${running.id}/candidates`, 'operator', {
      version: sel.version,
      candidates: [{ nip: sel.candidates[0].nip, administrative: 'PASSED' }],
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.rule).toBe('SELECTION_CANDIDATES_CLOSED');

    const done = await ok('GET', `/selections/${completed.id}`, 'walikota');
    const again = await call('POST', `/selections/${completed.id}/result`, 'walikota', {
      version: done.version,
      nip: done.shortlist[1].nip,
      decidedOn: '2026-11-20',
      decreeNumber: '800/2/2026',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.rule).toBe('SELECTION_COMPLETED');
    expect(await auditTotal()).toBe(before);
  });

  it('409 for the second of two openings racing for one post: the database keeps one', async () => {
    const open = () =>
      call('POST', `/positions/${racedJpt}/selections`, 'operator', { kind: 'OPEN', committee: COMMITTEE });
    const results = await Promise.all([open(), open()]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const refused = results.find((r) => r.statusCode === 409)!.json().error;
    const created = results.find((r) => r.statusCode === 201)!.json();
    expect(refused).toMatchObject({ code: 'CONFLICT', rule: 'SELECTION_ALREADY_OPEN', value: created.id });
    expect((await ok('GET', `/positions/${racedJpt}/selections`, 'auditor')).items).toHaveLength(1);
  });
});

describe('JPT selections: the record', () => {
  it('shows the demo’s completed selection to the board and the auditor, with nothing left to do', async () => {
    for (const who of ['tpk', 'auditor', 'walikota', 'operator']) {
      const s = await ok('GET', `/selections/${completed.id}`, who);
      expect(s).toMatchObject({ status: 'COMPLETED', kind: 'OPEN', steps: [] });
      expect(s.stages.map((x: { status: string }) => x.status)).toEqual([
        'DONE',
        'DONE',
        'DONE',
        'DONE',
        'DONE',
      ]);
      expect(s.shortlist.map((x: { rank: number }) => x.rank)).toEqual([1, 2, 3]);
      expect(s.result.nip).toBe(s.shortlist[0].nip);
      expect(s.committee.filter((m: { role: string }) => m.role === 'KETUA')).toHaveLength(1);
      expect(s.committee.length).toBeGreaterThanOrEqual(5);
    }
    const s = await ok('GET', `/selections/${completed.id}`, 'tpk');
    expect(s.actions).toEqual([]);
    // Every shortlisted person met Pasal 107 through the eligibility rules; the blocked one failed.
    for (const c of s.candidates) {
      expect(c.pasal107.results.map((r: { code: string }) => r.code).sort()).toEqual([
        'R-EDU-LEVEL',
        'R-EXP-JPT',
        'R-JPT-AGE',
      ]);
      if (c.shortlistRank !== null) expect(c.pasal107.status).toBe('MEETS');
      if (c.pasal107.status === 'BLOCKED') expect(c.administrative).toBe('FAILED');
    }
    expect((await ok('GET', `/selections/${completed.id}`, 'walikota')).actions).toEqual([
      'selection.decide',
    ]);
  });

  it('opens a selection for a vacant JPT post (BKPSDM), audited, offering only the next step', async () => {
    const before = await auditTotal();
    const list = await ok('GET', `/positions/${freeJpt}/selections`, 'operator');
    expect(list).toMatchObject({ items: [], canOpen: true, position: { id: freeJpt, kind: 'JPT_PRATAMA' } });
    expect((await ok('GET', `/positions/${freeJpt}/selections`, 'tpk')).canOpen).toBe(false);

    const res = await call('POST', `/positions/${freeJpt}/selections`, 'operator', {
      kind: 'OPEN',
      committee: COMMITTEE,
    });
    expect(res.statusCode, res.body).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({
      positionId: freeJpt,
      status: 'IN_PROGRESS',
      version: 1,
      committee: COMMITTEE,
      candidates: [],
      shortlist: [],
      result: null,
      actions: ['selection.write'],
      steps: ['stage'],
    });
    expect(
      s.stages.every((x: { status: string; date: null }) => x.status === 'PENDING' && x.date === null),
    ).toBe(true);
    expect(await auditTotal()).toBe(before + 1);
    expect((await ok('GET', `/positions/${freeJpt}/selections`, 'operator')).canOpen).toBe(false);

    const announced = await ok('POST', `/selections/${s.id}/stages/ANNOUNCEMENT`, 'operator', {
      version: 1,
      status: 'DONE',
      date: '2026-11-02',
    });
    expect(announced.version).toBe(2);
    expect(announced.steps).toEqual(['stage', 'candidates']);
    const entry = (await ok('GET', '/audit?action=selection.stage&pageSize=1', 'auditor')).items[0];
    expect(entry).toMatchObject({ entityType: 'selection', entityId: String(s.id) });
    expect(entry.after).toMatchObject({ stage: 'ANNOUNCEMENT', to: { status: 'DONE', date: '2026-11-02' } });
  });

  it('walks the demo’s running selection to the PPK’s choice: stages, shortlist of three, result', async () => {
    let s = await ok('GET', `/selections/${running.id}`, 'operator');
    const qualified = s.candidates.filter((c: { qualified: boolean }) => c.qualified);
    expect(qualified.length).toBeGreaterThanOrEqual(3);
    const stage = async (name: string, status: string, date: string) => {
      s = await ok('POST', `/selections/${running.id}/stages/${name}`, 'operator', {
        version: s.version,
        status,
        date,
      });
    };
    await stage('COMPETENCY', 'DONE', '2026-11-09');
    await stage('INTERVIEW', 'DONE', '2026-11-23');
    expect(s.steps).toEqual(['stage', 'shortlist']);

    const nips = qualified.slice(0, 3).map((c: { nip: string }) => c.nip);
    const two = await call('POST', `/selections/${running.id}/shortlist`, 'operator', {
      version: s.version,
      shortlist: nips.slice(0, 2),
      reason: 'hanya dua',
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().error).toMatchObject({ field: 'shortlist', rule: 'SELECTION_SHORTLIST_SIZE' });
    const failed = s.candidates.find((c: { qualified: boolean }) => !c.qualified);
    if (failed) {
      const res = await call('POST', `/selections/${running.id}/shortlist`, 'operator', {
        version: s.version,
        shortlist: [nips[0], nips[1], failed.nip],
      });
      expect(res.json().error).toMatchObject({
        field: 'shortlist.2',
        rule: 'SELECTION_SHORTLIST_NOT_QUALIFIED',
      });
    }
    s = await ok('POST', `/selections/${running.id}/shortlist`, 'operator', {
      version: s.version,
      shortlist: [nips[2], nips[0], nips[1]],
    });
    expect(s.shortlist.map((x: { nip: string }) => x.nip)).toEqual([nips[2], nips[0], nips[1]]);
    // BKPSDM keeps the record; the choice is the PPK's.
    expect(s.steps).toEqual(['stage', 'shortlist']);
    const forPpk = await ok('GET', `/selections/${running.id}`, 'walikota');
    expect(forPpk.steps).toEqual(['result']);

    const outsider = qualified[3]?.nip ?? failed?.nip;
    if (outsider) {
      const res = await call('POST', `/selections/${running.id}/result`, 'walikota', {
        version: s.version,
        nip: outsider,
        decidedOn: '2026-11-27',
        decreeNumber: '800.1.3.2/300/BKPSDM/2026',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ field: 'nip', rule: 'SELECTION_RESULT_NOT_SHORTLISTED' });
    }
    const future = await call('POST', `/selections/${running.id}/result`, 'walikota', {
      version: s.version,
      nip: nips[0],
      decidedOn: '2026-11-29',
      decreeNumber: '800.1.3.2/300/BKPSDM/2026',
    });
    expect(future.json().error).toMatchObject({ field: 'decidedOn', rule: 'SELECTION_DATE_FUTURE' });

    const before = await auditTotal();
    const done = await ok('POST', `/selections/${running.id}/result`, 'walikota', {
      version: s.version,
      nip: nips[0],
      decidedOn: '2026-11-27',
      decreeNumber: '800.1.3.2/300/BKPSDM/2026',
    });
    expect(done).toMatchObject({
      status: 'COMPLETED',
      steps: [],
      result: { nip: nips[0], decidedOn: '2026-11-27', decreeNumber: '800.1.3.2/300/BKPSDM/2026' },
    });
    expect(done.stages.at(-1)).toEqual({ stage: 'RESULT', status: 'DONE', date: '2026-11-27' });
    const chosen = done.candidates.find((c: { nip: string }) => c.nip === nips[0]);
    expect(chosen.pasal107).toMatchObject({ status: 'MEETS', checkedOn: '2026-11-27' });
    expect(await auditTotal()).toBe(before + 1);
    const entry = (await ok('GET', '/audit?action=selection.result&pageSize=1', 'auditor')).items[0];
    expect(entry.after).toMatchObject({ status: 'COMPLETED', nip: nips[0], pasal107: 'MEETS' });
    // The post may get a new selection now.
    expect((await ok('GET', `/positions/${running.positionId}/selections`, 'operator')).canOpen).toBe(true);
  });
});
