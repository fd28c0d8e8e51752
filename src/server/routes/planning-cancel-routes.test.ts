import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { planJobs } from '../../services/planning/plan-job-runner.js';
import { type Method, scenarioBody, sseEvents } from './planning-routes.fixtures.js';

const cookies: Record<string, string> = {};

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
