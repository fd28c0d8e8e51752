import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { planJobs } from '../../services/planning/plan-job-runner.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const USERS = ['operator', 'kepala.bkpsdm', 'tpk', 'walikota', 'auditor', 'kadis.kesehatan', 'pegawai'];

type Method = 'GET' | 'POST' | 'PUT';
const call = (method: Method, url: string, who?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
const get = (url: string, who?: string) => call('GET', url, who);

const scenarioBody = (name: string, extra: object = {}) => ({
  name,
  description: 'Uji',
  scope: { mode: 'VACANCIES' },
  objectives: { maxMoves: 40 },
  ...extra,
});

/** Parses a text/event-stream body into its events. */
function sseEvents(
  body: string,
): { event: string; data: { state: string; progress: { phase: string | null } } }[] {
  return body
    .split('\n\n')
    .filter((block) => block.includes('data: '))
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      return { event, data: JSON.parse(/^data: (.*)$/m.exec(block)![1]!) };
    });
}

/** Follows a run over SSE until its end event and returns the events. */
async function followRun(id: number) {
  const res = await get(`/api/plans/${id}/events`, 'operator');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/text\/event-stream/);
  return sseEvents(res.body);
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of USERS) cookies[u] = await t.signIn(u);
});
afterAll(() => t.close());

describe('planning API: failures first', () => {
  it('401 without a session', async () => {
    expect((await get('/api/scenarios')).statusCode).toBe(401);
    expect((await call('POST', '/api/scenarios', undefined, scenarioBody('x y z'))).statusCode).toBe(401);
    expect((await call('POST', '/api/scenarios/1/runs', undefined, {})).statusCode).toBe(401);
    expect((await get('/api/plans/1')).statusCode).toBe(401);
    expect((await get('/api/plans/1/events')).statusCode).toBe(401);
    expect((await call('POST', '/api/plans/1/cancel')).statusCode).toBe(401);
  });

  it('403 for roles without planning rights', async () => {
    expect((await get('/api/scenarios', 'pegawai')).statusCode).toBe(403);
    expect((await get('/api/plans', 'kadis.kesehatan')).statusCode).toBe(403);
    const res = await call('POST', '/api/scenarios', 'auditor', scenarioBody('Tidak boleh'));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    const [scenario] = (await get('/api/scenarios', 'tpk')).json().items;
    expect((await call('POST', `/api/scenarios/${scenario.id}/runs`, 'tpk', {})).statusCode).toBe(403);
    expect((await call('POST', `/api/scenarios/${scenario.id}/runs`, 'walikota', {})).statusCode).toBe(403);
  });

  it('400 naming the field and the rule', async () => {
    const cases: [object, string, string | undefined][] = [
      [scenarioBody('Mode salah', { scope: { mode: 'SEMUA' } }), 'scope.mode', undefined],
      [scenarioBody('Biaya salah', { objectives: { moveCost: 500 } }), 'objectives.moveCost', undefined],
      [scenarioBody('ab'), 'name', undefined],
      [
        scenarioBody('Masa jabatan', { objectives: { minTenureYears: 6, forcedRotationYears: 5 } }),
        'objectives.minTenureYears',
        'PLAN_TENURE_ORDER',
      ],
      [
        scenarioBody('Unit asing', { scope: { mode: 'WHOLE_CITY', unitIds: [987654] } }),
        'scope.unitIds',
        'PLAN_UNIT_UNKNOWN',
      ],
      [scenarioBody('NIP rusak', { scope: { mode: 'VACANCIES', nips: ['123'] } }), 'scope.nips.0', undefined],
      [scenarioBody('Kebijakan', { policyVersion: 'versi-lain' }), 'policyVersion', 'PLAN_POLICY_VERSION'],
    ];
    for (const [body, field, rule] of cases) {
      const res = await call('POST', '/api/scenarios', 'operator', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      const { error } = res.json();
      expect(error.field).toBe(field);
      if (rule) expect(error.rule).toBe(rule);
      expect(error.messages.id).toBeTruthy();
      expect(error.messages.en).toBeTruthy();
    }
    const [scenario] = (await get('/api/scenarios', 'operator')).json().items;
    const badDate = await call('POST', `/api/scenarios/${scenario.id}/runs`, 'operator', {
      asOf: '2027-02-30',
    });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.field).toBe('asOf');
    expect((await get('/api/plans/compare?a=abc&b=1', 'operator')).statusCode).toBe(400);
  });

  it('404 for what does not exist', async () => {
    expect((await get('/api/scenarios/99999', 'operator')).statusCode).toBe(404);
    expect((await get('/api/scenarios/99999/versions', 'operator')).statusCode).toBe(404);
    expect((await call('POST', '/api/scenarios/99999/runs', 'operator', {})).statusCode).toBe(404);
    expect((await get('/api/plans/99999', 'operator')).statusCode).toBe(404);
    expect((await get('/api/plans/99999/status', 'operator')).statusCode).toBe(404);
    expect((await get('/api/plans/99999/events', 'operator')).statusCode).toBe(404);
    expect((await call('POST', '/api/plans/99999/cancel', 'operator')).statusCode).toBe(404);
    const compare = await get('/api/plans/compare?a=99999&b=99998', 'operator');
    expect(compare.statusCode).toBe(404);
    expect(compare.json().error.field).toBe('a');
    const [scenario] = (await get('/api/scenarios', 'operator')).json().items;
    expect((await get(`/api/scenarios/${scenario.id}?version=9`, 'operator')).statusCode).toBe(404);
  });

  it('409 for a taken name and for an edit of a stale version', async () => {
    const [scenario] = (await get('/api/scenarios', 'operator')).json().items;
    const dup = await call('POST', '/api/scenarios', 'operator', scenarioBody(scenario.name));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.rule).toBe('SCENARIO_NAME_UNIQUE');
    const stale = await call('PUT', `/api/scenarios/${scenario.id}`, 'operator', {
      ...scenarioBody(scenario.name),
      version: scenario.version + 5,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('VERSION_CONFLICT');
  });
});

describe('planning API: scenarios', () => {
  it('lists the demo scenarios with the caller’s allowed actions', async () => {
    const operator = (await get('/api/scenarios', 'operator')).json();
    expect(operator.items.map((s: { name: string }) => s.name)).toEqual(
      expect.arrayContaining(['Pengisian formasi kosong 2027', 'Penataan menyeluruh 2027']),
    );
    expect(operator.actions).toEqual(['plan.view', 'plan.run', 'plan.cancel', 'scenario.edit']);
    expect((await get('/api/scenarios', 'auditor')).json().actions).toEqual(['plan.view']);
    const whole = operator.items.find((s: { name: string }) => s.name === 'Penataan menyeluruh 2027');
    expect(whole).toMatchObject({ scope: { mode: 'WHOLE_CITY' }, objectives: { maxMoves: 150 } });
  });

  it('creates a scenario with defaults, versions every edit and keeps old versions readable', async () => {
    const created = await call('POST', '/api/scenarios', 'kepala.bkpsdm', scenarioBody('Rotasi staf 2027'));
    expect(created.statusCode).toBe(201);
    const v1 = created.json();
    expect(v1).toMatchObject({
      version: 1,
      policyVersion: 'penata-match-2026.1',
      objectives: { maxMoves: 40, moveCost: 5, forcedRotationYears: 5, minTenureYears: 2 },
    });
    const edited = await call('PUT', `/api/scenarios/${v1.id}`, 'operator', {
      ...scenarioBody('Rotasi staf 2027 (revisi)', { objectives: { maxMoves: 20 } }),
      version: 1,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ version: 2, currentVersion: 2, objectives: { maxMoves: 20 } });
    expect((await get(`/api/scenarios/${v1.id}?version=1`, 'tpk')).json()).toMatchObject({
      version: 1,
      currentVersion: 2,
      name: 'Rotasi staf 2027',
      objectives: { maxMoves: 40 },
    });
    const versions = (await get(`/api/scenarios/${v1.id}/versions`, 'auditor')).json();
    expect(versions.items.map((s: { version: number }) => s.version)).toEqual([2, 1]);
    const audit = (await get(`/api/audit?entityType=plan_scenario&entityId=${v1.id}`, 'auditor')).json();
    expect(audit.items.map((e: { action: string }) => e.action)).toEqual([
      'scenario.update',
      'scenario.create',
    ]);
  });
});

describe('planning API: a whole run on the demo data', () => {
  let scenarioId: number;
  let first: number;

  it('queues a run (202), streams its progress over SSE until SUCCEEDED, and shows the plan', async () => {
    scenarioId = (await get('/api/scenarios', 'operator'))
      .json()
      .items.find((s: { name: string }) => s.name === 'Pengisian formasi kosong 2027').id;
    const res = await call('POST', `/api/scenarios/${scenarioId}/runs`, 'operator', { asOf: '2027-01-04' });
    expect(res.statusCode).toBe(202);
    const run = res.json();
    first = run.id;
    expect(run).toMatchObject({ state: 'QUEUED', planVersion: 1, asOf: '2027-01-04', scenarioVersion: 1 });
    expect(res.headers.location).toBe(`/api/plans/${run.id}`);

    const events = await followRun(run.id);
    const progress = events.filter((e) => e.event === 'progress');
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.some((e) => e.data.progress.phase === 'SOLVING')).toBe(true);
    expect(events.filter((e) => e.event === 'end')).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ state: 'SUCCEEDED' }) }),
    ]);
    expect(events.at(-1)?.event).toBe('end');
    // The end event carries the last progress, not what the throttle had written last.
    const last = events.at(-1)!.data.progress as { phase: string; done: number; total: number };
    expect(last.phase).toBe('EXPLAINING');
    expect(last.done).toBe(last.total);

    const plan = (await get(`/api/plans/${run.id}`, 'tpk')).json();
    expect(plan.run).toMatchObject({
      state: 'SUCCEEDED',
      certified: true,
      scenarioName: 'Pengisian formasi kosong 2027',
    });
    expect(plan.actions).toEqual(['plan.view']);
    // The operator may also turn the plan into a proposal; the review board may not.
    expect((await get(`/api/plans/${run.id}`, 'operator')).json().actions).toContain('proposal.write');
    expect(plan.plan.provenOptimal).toBe(true);
    expect(plan.plan.solves.at(-1).certificate).toMatchObject({ holds: true, violationCount: 0 });
    expect(plan.plan.solves.at(-1).certificate.primalObjective).toBe(
      plan.plan.solves.at(-1).certificate.dualBound,
    );
    // The proof covers every eligible pair, not only the restricted problem the solver saw.
    expect(plan.plan.pricing.checkCoversAllPairs).toBe(true);
    expect(plan.plan.solves.at(-1).pairsChecked).toBe(plan.plan.pricing.eligibleSeatPairs);
    expect(plan.plan.pricing.restrictedSeatPairs).toBeLessThanOrEqual(plan.plan.pricing.eligibleSeatPairs);
    expect(plan.plan.moves.length).toBe(plan.plan.totals.moves);
    expect(plan.plan.moves.length).toBeGreaterThan(0);
    const move = plan.plan.moves[0];
    expect(move.to.positionName).not.toMatch(/^#/);
    expect(move.to.unitName).not.toMatch(/^#/);
    expect(move.explanation.components.length).toBeGreaterThan(0);
    expect(move.explanation.message.id).toBeTruthy();
    expect(
      plan.plan.chains.some((c: { employeeIds: number[] }) => c.employeeIds.includes(move.employeeId)),
    ).toBe(true);
    expect(plan.plan.totals.byUnit.length).toBeGreaterThan(0);
    expect(plan.infeasible).toBeNull();
    const status = (await get(`/api/plans/${run.id}/status`, 'auditor')).json();
    expect(status).toMatchObject({ state: 'SUCCEEDED', moves: plan.plan.totals.moves, certified: true });
  });

  it('re-running makes a new plan version; the finished plan stays as it was', async () => {
    const before = (await get(`/api/plans/${first}`, 'operator')).json();
    const res = await call('POST', `/api/scenarios/${scenarioId}/runs`, 'operator', { asOf: '2027-01-04' });
    expect(res.json().planVersion).toBe(2);
    await followRun(res.json().id);
    expect((await get(`/api/plans/${first}`, 'operator')).json()).toEqual(before);

    const compare = await get(`/api/plans/compare?a=${first}&b=${res.json().id}`, 'auditor');
    expect(compare.statusCode).toBe(200);
    const c = compare.json();
    // Same scenario, same data, same date: the same optimal plan.
    expect(c.onlyInA).toEqual([]);
    expect(c.onlyInB).toEqual([]);
    expect(c.sameMoves).toBe(before.plan.totals.moves);
    expect(c.totals.a.moves).toBe(c.totals.b.moves);

    const finished = await call('POST', `/api/plans/${first}/cancel`, 'operator');
    expect(finished.statusCode).toBe(409);
    expect(finished.json().error.rule).toBe('PLAN_RUN_ACTIVE');
    const list = (await get(`/api/plans?scenarioId=${scenarioId}`, 'walikota')).json();
    expect(list.items.map((r: { planVersion: number }) => r.planVersion)).toEqual([2, 1]);
  });

  it('compares two different scenarios side by side', async () => {
    const wholeId = (await get('/api/scenarios', 'operator'))
      .json()
      .items.find((s: { name: string }) => s.name === 'Penataan menyeluruh 2027').id;
    const res = await call('POST', `/api/scenarios/${wholeId}/runs`, 'kepala.bkpsdm', { asOf: '2027-01-04' });
    const events = await followRun(res.json().id);
    expect(events.at(-1)?.data.state).toBe('SUCCEEDED');
    const c = (await get(`/api/plans/compare?a=${first}&b=${res.json().id}`, 'operator')).json();
    expect(c.totals.b.moves).toBeLessThanOrEqual(150);
    expect(c.onlyInA.length + c.sameMoves + c.changedDestination.length).toBe(c.totals.a.moves);
    expect(c.onlyInB.length + c.sameMoves + c.changedDestination.length).toBe(c.totals.b.moves);
  });
});

describe('planning API: cancelling a running job', () => {
  let t2: TestApp;
  beforeAll(async () => {
    t2 = await createTestApp({ employees: 80 });
    // A stand-in worker that reports progress and then waits for the cancel flag, so the run is
    // reliably still running when the cancel arrives.
    planJobs(t2.ctx, {
      workerEntry: new URL('../../services/planning/plan-worker-stub.ts', import.meta.url),
    });
    cookies.operator2 = await t2.signIn('operator');
  });
  afterAll(() => t2.close());
  const call2 = (method: Method, url: string, payload?: object) =>
    t2.app.inject({ method, url, headers: { cookie: cookies.operator2! }, ...(payload ? { payload } : {}) });

  it('stops the worker, ends CANCELLED, and refuses a second cancel', async () => {
    const created = await call2('POST', '/api/scenarios', scenarioBody('hang'));
    const run = (await call2('POST', `/api/scenarios/${created.json().id}/runs`)).json();
    for (let i = 0; i < 400; i++) {
      const s = (await call2('GET', `/api/plans/${run.id}/status`)).json();
      if (s.state === 'RUNNING' && s.progress.phase === 'SOLVING') break;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect((await call2('GET', `/api/plans/${run.id}/status`)).json()).toMatchObject({
      state: 'RUNNING',
      progress: { phase: 'SOLVING', done: 1, total: 10 },
    });
    const cancelled = await call2('POST', `/api/plans/${run.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().cancelRequested).toBe(true);
    const events = sseEvents((await call2('GET', `/api/plans/${run.id}/events`)).body);
    expect(events.at(-1)).toMatchObject({ event: 'end', data: { state: 'CANCELLED' } });
    expect((await call2('POST', `/api/plans/${run.id}/cancel`)).statusCode).toBe(409);
    const plan = (await call2('GET', `/api/plans/${run.id}`)).json();
    expect(plan).toMatchObject({ run: { state: 'CANCELLED' }, plan: null });
    const cmp = await call2('GET', `/api/plans/compare?a=${run.id}&b=${run.id}`);
    expect(cmp.statusCode).toBe(409);
    expect(cmp.json().error.rule).toBe('PLAN_SUCCEEDED');
  });
});
