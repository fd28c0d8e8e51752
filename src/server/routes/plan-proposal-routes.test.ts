import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { insertPlanRun } from '../../store/repositories/planning-runs.js';

let t: TestApp;
const cookies: Record<string, string> = {};
const USERS = ['operator', 'kepala.bkpsdm', 'tpk', 'auditor', 'pegawai'];

type Body = Record<string, unknown>;
const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: Body) =>
  t.app.inject({
    method,
    url: `/api${url}`,
    headers: who ? { cookie: cookies[who]! } : {},
    ...(payload ? { payload } : {}),
  });
const body = (extra: Body = {}) => ({ round: '2027-I', tmt: '2027-01-04', ...extra });

interface PlanMoveDto {
  nip: string;
  employeeId: number;
  from: { positionId: number } | null;
  to: { positionId: number };
  explanation: { message: { id: string } };
}

/** Runs the demo's vacancies scenario through the plan API and waits for its end. */
async function runVacancies(): Promise<number> {
  const scenario = (await call('GET', '/scenarios', 'operator'))
    .json()
    .items.find((s: { name: string }) => s.name === 'Pengisian formasi kosong 2027');
  const run = (
    await call('POST', `/scenarios/${scenario.id}/runs`, 'operator', { asOf: '2027-01-04' })
  ).json();
  await call('GET', `/plans/${run.id}/events`, 'operator'); // the stream ends with the run
  return run.id;
}

/** NIPs already in an open proposal of the demo (round 2026-II waits for the board). */
async function busyNips(): Promise<Set<string>> {
  const list = (await call('GET', '/proposals', 'operator')).json().items as { id: number; state: string }[];
  const nips = new Set<string>();
  for (const p of list.filter((x) => !['CLOSED', 'CANCELLED', 'REJECTED', 'WITHDRAWN'].includes(x.state))) {
    const detail = (await call('GET', `/proposals/${p.id}`, 'operator')).json();
    for (const item of detail.items as { nip: string }[]) nips.add(item.nip);
  }
  return nips;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of USERS) cookies[u] = await t.signIn(u);
});
afterAll(() => t.close());

describe('POST /api/plans/{id}/proposal: failures first', () => {
  it('401 without a session', async () => {
    expect((await call('POST', '/plans/1/proposal', undefined, body())).statusCode).toBe(401);
  });

  it('403 for roles that may not create proposals', async () => {
    for (const who of ['tpk', 'auditor', 'pegawai']) {
      const res = await call('POST', '/plans/1/proposal', who, body());
      expect(res.statusCode, who).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
  });

  it('400 naming the field for a bad body', async () => {
    const res = await call('POST', '/plans/1/proposal', 'operator', body({ tmt: '2027-02-30' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.field).toBe('tmt');
  });

  it('404 for an unknown plan', async () => {
    const res = await call('POST', '/plans/999999/proposal', 'operator', body());
    expect(res.statusCode).toBe(404);
    expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', rule: 'PLAN_EXISTS', field: 'id' });
  });

  it('409 for a plan that has not succeeded', async () => {
    const scenario = (await call('GET', '/scenarios', 'operator')).json().items[0];
    const { instansiId } = (await call('GET', '/auth/me', 'operator')).json();
    const queued = await insertPlanRun(t.ctx.db, instansiId, {
      scenarioId: scenario.id,
      scenarioVersion: scenario.version,
      asOf: '2027-01-04',
      requestedAt: new Date().toISOString(),
      requestedByUserId: null,
    });
    const res = await call('POST', `/plans/${queued.id}/proposal`, 'operator', body());
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'CONFLICT', rule: 'PLAN_SUCCEEDED', field: 'id' });
  });
});

describe('POST /api/plans/{id}/proposal: from the demo vacancies plan', () => {
  let planId: number;
  let moves: PlanMoveDto[];
  let chosen: PlanMoveDto[];
  let proposalId: number;

  beforeAll(async () => {
    planId = await runVacancies();
    const plan = (await call('GET', `/plans/${planId}`, 'operator')).json();
    expect(plan.run.state).toBe('SUCCEEDED');
    moves = plan.plan.moves;
    const busy = await busyNips();
    chosen = moves.filter((m) => !busy.has(m.nip)).slice(0, 3);
    expect(chosen.length).toBeGreaterThanOrEqual(2);
  });

  it('400 for a NIP that has no move in the plan', async () => {
    const res = await call(
      'POST',
      `/plans/${planId}/proposal`,
      'operator',
      body({ nips: ['199001012020011001'] }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ field: 'nips.0', rule: 'MOVE_IN_PLAN' });
  });

  it('creates a draft with the chosen moves, their explanations and the plan id, with an audit entry', async () => {
    const auditBefore = (await call('GET', '/audit?pageSize=1', 'auditor')).json().total as number;
    const res = await call(
      'POST',
      `/plans/${planId}/proposal`,
      'operator',
      body({ nips: chosen.map((m) => m.nip) }),
    );
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    proposalId = p.id;
    expect(p).toMatchObject({ state: 'DRAFT', planId, round: '2027-I', tmt: '2027-01-04' });
    expect(p.title).toMatch(/^Usulan mutasi dari rencana Pengisian formasi kosong 2027 v\d+$/);
    expect(p.planSummary).toMatchObject({
      summaryVersion: 2,
      certificateHeld: true,
      optimality: { status: 'PROVEN_OPTIMAL' },
    });
    expect(p.items.map((i: { nip: string }) => i.nip)).toEqual(chosen.map((m) => m.nip));
    for (const [i, item] of p.items.entries()) {
      const move = chosen[i]!;
      expect(item.toPositionId).toBe(move.to.positionId);
      expect(item.fromPositionId).toBe(move.from?.positionId ?? null);
      expect(item.moveType).toMatch(/^[A-Z_]+$/);
      expect(item.reason).toMatch(/^Rekomendasi rencana mutasi Pengisian formasi kosong 2027 v\d+$/);
      expect(item.explanation.message.id).toBe(move.explanation.message.id);
    }
    expect((await call('GET', '/audit?pageSize=1', 'auditor')).json().total).toBe(auditBefore + 1);
  });

  it('409 for people already in that open proposal', async () => {
    const res = await call(
      'POST',
      `/plans/${planId}/proposal`,
      'kepala.bkpsdm',
      body({ nips: [chosen[0]!.nip] }),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.rule).toBe('ONE_OPEN_PROPOSAL_PER_PERSON');
  });

  it('409 for a person who changed position since the plan', async () => {
    const busy = await busyNips();
    const other = moves.find((m) => !busy.has(m.nip) && m.from !== null);
    expect(other).toBeDefined();
    await t.ctx.db
      .updateTable('employees')
      .set({ current_position_id: null })
      .where('id', '=', other!.employeeId)
      .execute();
    const res = await call('POST', `/plans/${planId}/proposal`, 'operator', body({ nips: [other!.nip] }));
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ field: 'items.0.nip', rule: 'UNCHANGED_SINCE_PLAN' });
  });

  it('shows the plan certificate, criteria and weights on the public page once submitted', async () => {
    const { version } = (await call('GET', `/proposals/${proposalId}`, 'operator')).json();
    const submitted = await call('POST', `/proposals/${proposalId}/submit`, 'operator', { version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    const stored = (await call('GET', `/plans/${planId}`, 'operator')).json().plan;
    const res = await call('GET', '/transparency');
    expect(res.statusCode).toBe(200);
    const round = res.json().rounds.find((r: { round: string }) => r.round === '2027-I');
    expect(round.plans).toHaveLength(1);
    const { summary } = round.plans[0];
    expect(round.plans[0].planId).toBe(planId);
    // No move limit: proven optimal, and the public page says on what ground.
    expect(round.plans[0].optimality).toEqual({ status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' });
    expect(summary.optimality).toEqual(stored.optimality);
    // The criteria as data the page puts in words: scope, objectives, the fit model and its weights.
    expect(summary).toMatchObject({
      certificateHeld: true,
      policyVersion: stored.policyVersion,
      scope: { mode: 'VACANCIES' },
      objectives: { maxMoves: null, moveCost: expect.any(Number) },
      moveCount: stored.moves.length,
    });
    expect(summary.fitWeights.map((g: { group: string }) => g.group)).toContain('EDUCATION_RELEVANCE');
    // Public: nobody's NIP or name leaves the page.
    for (const m of chosen) expect(res.body).not.toContain(m.nip);
  });
});

describe('the demo: round 2025-II starts from a stored plan', () => {
  it('shows the plan on the plans page and its certificate on the public page from the first start', async () => {
    const round = (await call('GET', '/transparency'))
      .json()
      .rounds.find((r: { round: string }) => r.round === '2025-II');
    expect(round.proposals).toEqual([expect.objectContaining({ state: 'CLOSED' })]);
    expect(round.plans).toHaveLength(1);
    // At most 4 moves: "optimal" only because the certificates prove the optimum within that limit.
    expect(round.plans[0].summary).toMatchObject({
      certificateHeld: true,
      optimality: { status: 'PROVEN_OPTIMAL' },
    });
    expect(round.plans[0].optimality).toMatchObject({ status: 'PROVEN_OPTIMAL' });
    const plan = (await call('GET', `/plans/${round.plans[0].planId}`, 'auditor')).json();
    expect(plan.run).toMatchObject({ state: 'SUCCEEDED', certified: true, asOf: '2025-09-03' });
    expect(plan.run.scenarioName).toBe('Pengisian formasi kosong 2025-II');
    const list = (await call('GET', '/proposals?round=2025-II', 'operator')).json().items;
    const detail = (await call('GET', `/proposals/${list[0].id}`, 'operator')).json();
    expect(detail.planId).toBe(plan.run.id);
    // The plan's moves are in the round with the plan's explanation; the operator added the rest by hand.
    const planned = detail.items.filter((i: { reason: string }) =>
      i.reason.startsWith('Rekomendasi rencana mutasi'),
    );
    expect(planned.map((i: { nip: string }) => i.nip)).toEqual(
      plan.plan.moves.map((m: { nip: string }) => m.nip),
    );
    for (const item of planned) expect(item.explanation).not.toBeNull();
  });
});
