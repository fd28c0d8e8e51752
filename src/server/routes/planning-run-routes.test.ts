import { describe, expect, it } from 'vitest';
import { scenarioBody, setUpPlanningApp } from './planning-routes.fixtures.js';

// Plan runs on the demo data: queueing, progress over SSE, versions and comparisons.
const { call, get, followRun } = setUpPlanningApp();

interface PlanBody {
  provenOptimal: boolean;
  certified: boolean;
  optimality: {
    status: string;
    gap?: number;
    value?: number;
    bound?: number;
    maxMoves?: number;
    moves?: number;
  };
  totals: { moves: number };
  solves: { rationed: boolean }[];
  boundSolves: { rationed: boolean; certificate: { holds: boolean } }[];
}

/**
 * A plan whose move limit binds is "proven optimal" only with its reason; otherwise it states the
 * largest gap to the optimum within the limit, from certified solves without the tenure tie-break.
 */
function expectHonestOptimality(plan: PlanBody): void {
  expect(plan.certified).toBe(true);
  const o = plan.optimality;
  expect(plan.provenOptimal).toBe(o.status === 'PROVEN_OPTIMAL');
  expect(o.status).not.toBe('NOT_PROVEN');
  if (o.status === 'BOUNDED') {
    expect(o.gap).toBeGreaterThan(0);
    expect(o.gap).toBeCloseTo(o.bound! - o.value!, 3);
    expect(o.moves).toBe(plan.totals.moves);
    expect(o.moves).toBeLessThanOrEqual(o.maxMoves!);
  }
  if (plan.solves.length > 1) expect(plan.boundSolves.length).toBeGreaterThan(0);
  for (const s of plan.boundSolves)
    expect(s).toMatchObject({ rationed: false, certificate: { holds: true } });
}

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
    // Nothing else runs: the answer says the run has started and is reading its data.
    expect(run).toMatchObject({
      state: 'RUNNING',
      progress: { phase: 'LOADING' },
      planVersion: 1,
      asOf: '2027-01-04',
      scenarioVersion: 1,
    });
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
    // No move limit in this scenario: the certificate alone proves the optimum, and says why.
    expect(plan.plan.provenOptimal).toBe(true);
    expect(plan.plan.certified).toBe(true);
    expect(plan.plan.optimality).toEqual({ status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' });
    expect(plan.plan.boundSolves).toEqual([]);
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

  it('says how far from the optimum a plan whose move limit binds can be', async () => {
    const created = await call('POST', '/api/scenarios', 'operator', {
      ...scenarioBody('Rotasi terbatas 2027', { scope: { mode: 'WHOLE_CITY' }, objectives: { maxMoves: 3 } }),
    });
    expect(created.statusCode).toBe(201);
    const res = await call('POST', `/api/scenarios/${created.json().id}/runs`, 'operator', {
      asOf: '2027-01-04',
    });
    expect((await followRun(res.json().id)).at(-1)?.data.state).toBe('SUCCEEDED');
    const plan = (await get(`/api/plans/${res.json().id}`, 'tpk')).json().plan;
    // Three moves of many wanted: the limit binds, and the plan says what that proves.
    expect(plan.solves.length).toBeGreaterThan(1);
    expect(plan.totals.moves).toBeLessThanOrEqual(3);
    expectHonestOptimality(plan);
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
    expectHonestOptimality((await get(`/api/plans/${res.json().id}`, 'operator')).json().plan);
    expect(c.onlyInA.length + c.sameMoves + c.changedDestination.length).toBe(c.totals.a.moves);
    expect(c.onlyInB.length + c.sameMoves + c.changedDestination.length).toBe(c.totals.b.moves);
  });
});
