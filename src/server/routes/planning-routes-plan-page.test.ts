import { expect, it } from 'vitest';
import { describeEachDialectApp } from '../../../test/support/test-app-dialects.js';
import { PLAN_RUN_PHASES } from '../../core/solver/plan/plan-types.js';
import { sseEvents } from './planning-routes.fixtures.js';

type Place = { positionId: number };
interface Move {
  employeeId: number;
  from: Place | null;
  to: Place;
  reasons: string[];
  explanation?: { message: { id: string }; components: unknown[]; reasons: string[] };
}
interface Totals {
  unfilledSeatsBefore: number;
  unfilledSeatsAfter: number;
  vacanciesFilled: number;
  seatsVacated: number;
}
interface PlanBody {
  plan: {
    moves: Move[];
    totals: Totals;
    unfilledSeats: (Place & { unfilled: number; unfilledBefore: number; target: boolean })[];
  };
}

// What the plan page needs, on both engines: a run that answers with its first phase, progress in
// known phases, the plan without its explanations (one move's explanation on request), and
// unfilled seats that mean the scenario's vacancies.
describeEachDialectApp('planning API: the plan page', (app) => {
  const cookies: Record<string, string> = {};
  const call = (method: 'GET' | 'POST', url: string, who?: string, payload?: object) =>
    app().app.inject({
      method,
      url,
      headers: who ? { cookie: cookies[who]! } : {},
      ...(payload ? { payload } : {}),
    });
  const scenarioId = async (name: string) =>
    (await call('GET', '/api/scenarios', 'operator'))
      .json()
      .items.find((s: { name: string }) => s.name === name).id as number;
  let vacancies: number;

  it('answers a run with its first phase, then streams known phases until it ends', async () => {
    for (const u of ['operator', 'auditor', 'pegawai']) cookies[u] = await app().signIn(u);
    const id = await scenarioId('Pengisian formasi kosong 2027');
    const res = await call('POST', `/api/scenarios/${id}/runs`, 'operator', { asOf: '2027-01-04' });
    expect(res.statusCode).toBe(202);
    // No other run holds the worker: the run has started, so a screen shows "loading" at once.
    expect(res.json()).toMatchObject({ state: 'RUNNING', progress: { phase: 'LOADING' } });
    vacancies = res.json().id;
    // Who started it, by name (never "user #1").
    const me = (await call('GET', '/api/auth/me', 'operator')).json();
    expect(res.json().requestedByName).toBe(me.displayName);
    const listed = (await call('GET', `/api/plans?scenarioId=${id}`, 'auditor')).json().items;
    expect(listed.find((r: { id: number }) => r.id === vacancies).requestedByName).toBe(me.displayName);
    const events = sseEvents((await call('GET', `/api/plans/${vacancies}/events`, 'operator')).body);
    const phases = events.filter((e) => e.event === 'progress').map((e) => e.data.progress.phase);
    for (const phase of phases) expect(PLAN_RUN_PHASES).toContain(phase);
    // In their order: loading first (or already past it when the stream opened), storing last.
    const order = phases.map((p) => PLAN_RUN_PHASES.indexOf(p as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(phases.at(-1)).toBe('STORING');
    expect(events.at(-1)).toMatchObject({ event: 'end', data: { state: 'SUCCEEDED' } });
  });

  it('401, 403 and 404 for one move', async () => {
    expect((await call('GET', `/api/plans/${vacancies}/moves/1`)).statusCode).toBe(401);
    expect((await call('GET', `/api/plans/${vacancies}/moves/1`, 'pegawai')).statusCode).toBe(403);
    expect((await call('GET', '/api/plans/99999/moves/1', 'operator')).statusCode).toBe(404);
    const none = await call('GET', `/api/plans/${vacancies}/moves/99999`, 'operator');
    expect(none.statusCode).toBe(404);
    expect(none.json().error).toMatchObject({ field: 'employeeId', rule: 'MOVE_IN_PLAN' });
    expect((await call('GET', `/api/plans/${vacancies}/moves/abc`, 'operator')).statusCode).toBe(400);
    expect((await call('GET', `/api/plans/${vacancies}?explanations=maybe`, 'operator')).statusCode).toBe(
      400,
    );
  });

  it('leaves the explanations out on request, and gives one move with its explanation', async () => {
    const full = await call('GET', `/api/plans/${vacancies}`, 'auditor');
    const brief = await call('GET', `/api/plans/${vacancies}?explanations=false`, 'auditor');
    const fullMoves = (full.json() as PlanBody).plan.moves;
    const briefMoves = (brief.json() as PlanBody).plan.moves;
    expect(briefMoves.map((m) => m.employeeId)).toEqual(fullMoves.map((m) => m.employeeId));
    expect(briefMoves.every((m) => m.explanation === undefined)).toBe(true);
    expect(briefMoves.map((m) => m.reasons)).toEqual(fullMoves.map((m) => m.explanation!.reasons));
    // The explanations are most of a move's size.
    expect(JSON.stringify(briefMoves).length).toBeLessThan(JSON.stringify(fullMoves).length / 3);
    const chosen = fullMoves[0]!;
    const one = await call('GET', `/api/plans/${vacancies}/moves/${chosen.employeeId}`, 'auditor');
    expect(one.statusCode).toBe(200);
    expect(one.json().move).toEqual(chosen);
  });

  it('counts the vacancies of a vacancy round before and after, and the seats its chains leave', async () => {
    const { plan } = (await call('GET', `/api/plans/${vacancies}?explanations=false`, 'operator')).json();
    const { totals, moves, unfilledSeats } = plan as PlanBody['plan'];
    // The round's targets are its vacancies; every move onto one fills a seat, every move off one
    // frees a seat of it again.
    const targets = new Set(unfilledSeats.filter((s) => s.target).map((s) => s.positionId));
    expect(targets.size).toBeGreaterThan(0);
    const into = moves.filter((m) => targets.has(m.to.positionId)).length;
    const outOf = moves.filter((m) => m.from && targets.has(m.from.positionId)).length;
    expect(into).toBeGreaterThan(0);
    expect(totals.unfilledSeatsAfter).toBe(totals.unfilledSeatsBefore - into + outOf);
    expect(totals.unfilledSeatsAfter).toBeLessThan(totals.unfilledSeatsBefore);
    // The seats the chains leave empty are not the round's vacancies, and are counted apart.
    const left = unfilledSeats.filter((s) => !s.target);
    expect(totals.seatsVacated).toBe(left.reduce((n, s) => n + s.unfilled - s.unfilledBefore, 0));
    expect(totals.seatsVacated).toBeGreaterThan(0);
  });

  it('in a whole-city plan, the city keeps its count of empty seats but says which were filled and left', async () => {
    const id = await scenarioId('Penataan menyeluruh 2027');
    const run = (await call('POST', `/api/scenarios/${id}/runs`, 'operator', { asOf: '2027-01-04' })).json();
    await call('GET', `/api/plans/${run.id}/events`, 'operator');
    const { plan } = (await call('GET', `/api/plans/${run.id}?explanations=false`, 'operator')).json();
    const { totals, moves } = plan as PlanBody['plan'];
    expect(moves.length).toBeGreaterThan(0);
    expect(totals.vacanciesFilled).toBeGreaterThan(0);
    expect(totals.unfilledSeatsAfter - totals.unfilledSeatsBefore).toBe(
      totals.seatsVacated - totals.vacanciesFilled,
    );
  });
});
