import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCHING_POLICY } from '../../core/matching/policy.js';
import { scenarioBody, setUpPlanningApp } from './planning-routes.fixtures.js';

// Scenarios and the refusals of the planning API; runs are in `planning-run-routes.test.ts`.
const { call, get } = setUpPlanningApp();

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
      policyVersion: DEFAULT_MATCHING_POLICY.version,
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
