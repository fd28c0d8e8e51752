import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPlan } from '../../core/solver/plan/build-plan.js';
import { planInput } from '../../core/solver/plan/plan-fixtures.js';
import type { PlanInput } from '../../core/solver/plan/plan-types.js';
import { listAudit } from '../../store/repositories/audit.js';
import { getPlanOutcome, getPlanRun, insertPlanRun } from '../../store/repositories/planning-runs.js';
import { insertScenario } from '../../store/repositories/planning-scenarios.js';
import { type AppContext, openAppContext } from '../app-context.js';
import { PlanJobRunner, type PlanRunEvent } from './plan-job-runner.js';
import { recoverPlanRuns } from './recover-plan-runs.js';

const STUB = new URL('./plan-worker-stub.ts', import.meta.url);
const NOW = new Date('2026-11-28T03:00:00Z');

/** A small problem the real builder solves with moves: three people, four posts. */
const realInput = (): PlanInput =>
  planInput(
    [
      { id: 1, holds: 10, since: '2019-01-02', family: 'GENERAL_ADMIN' },
      { id: 2, holds: 11, family: 'FINANCE' },
      { id: 3, holds: null, family: 'FINANCE' },
    ],
    [{ id: 10 }, { id: 11 }, { id: 12, family: 'FINANCE' }, { id: 13, family: 'FINANCE' }],
  );
const stubInput = (behaviour: string): PlanInput => {
  const input = realInput();
  return { ...input, scenario: { ...input.scenario, name: behaviour } };
};

let ctx: AppContext;
let instansiId: number;
let scenarioId: number;

beforeAll(async () => {
  ctx = await openAppContext({ databaseUrl: ':memory:', now: () => NOW });
  const row = await ctx.db
    .insertInto('instansi')
    .values({ code: 'T', name: 'Test', kind: 'PEMKOT', province: 'X', region_code: '00' })
    .returning('id')
    .executeTakeFirstOrThrow();
  instansiId = row.id;
  const scenario = await insertScenario(ctx.db, instansiId, {
    name: 'Runner',
    description: null,
    definition: {},
    savedAt: NOW.toISOString(),
    savedByUserId: null,
  });
  scenarioId = scenario.scenarioId;
});
afterAll(() => ctx.close());

async function queueRun(): Promise<number> {
  const run = await insertPlanRun(ctx.db, instansiId, {
    scenarioId,
    scenarioVersion: 1,
    asOf: '2026-11-28',
    requestedAt: NOW.toISOString(),
    requestedByUserId: null,
  });
  return run.id;
}

describe('plan job runner', () => {
  it('builds the plan in a worker thread, reports progress and stores the certified outcome', async () => {
    const runner = new PlanJobRunner(ctx, { progressIntervalMs: 0 });
    const runId = await queueRun();
    const events: PlanRunEvent[] = [];
    runner.subscribe(runId, (e) => events.push(e));
    runner.enqueue({ runId, instansiId, load: async () => realInput() });
    expect(runner.holds(runId)).toBe(true);
    await runner.whenDone(runId);
    expect(runner.holds(runId)).toBe(false);

    const expected = buildPlan(realInput());
    if (expected.status !== 'OPTIMAL') throw new Error('the fixture must have a plan');
    expect(expected.totals.moves).toBeGreaterThan(0);
    const run = await getPlanRun(ctx.db, instansiId, runId);
    expect(run).toMatchObject({
      state: 'SUCCEEDED',
      certified: true,
      totals: { moves: expected.totals.moves },
    });
    const stored = await getPlanOutcome<typeof expected>(ctx.db, instansiId, runId);
    expect(stored?.moves.map((m) => [m.employeeId, m.toPositionId])).toEqual(
      expected.moves.map((m) => [m.employeeId, m.toPositionId]),
    );
    // In order: reading the input, the builder's phases (no move limit: no PROVING), storing.
    const phases = [...new Set(events.filter((e) => !e.final).map((e) => e.progress.phase))];
    expect(phases).toEqual(['LOADING', 'SCOPING', 'SCORING', 'SOLVING', 'EXPLAINING', 'STORING']);
    expect(events.at(-1)).toMatchObject({ state: 'SUCCEEDED', final: true });
    expect(events.filter((e) => e.final)).toHaveLength(1);
    const audit = await listAudit(
      ctx.db,
      { action: 'plan.finish', entityId: runId },
      { page: 1, pageSize: 5 },
    );
    expect(audit.items[0]?.after).toMatchObject({ state: 'SUCCEEDED', certified: true });
  });

  it('answers the queuer with the started run, and builds the next plan in the same warm thread', async () => {
    const runner = new PlanJobRunner(ctx, { progressIntervalMs: 0 });
    const first = await queueRun();
    const second = await queueRun();
    const started = await runner.enqueue({ runId: first, instansiId, load: async () => realInput() });
    expect(started).toMatchObject({ id: first, state: 'RUNNING', progress: { phase: 'LOADING' } });
    // The worker is busy with the first run: the second waits in the queue.
    expect(await runner.enqueue({ runId: second, instansiId, load: async () => realInput() })).toBeNull();
    expect((await getPlanRun(ctx.db, instansiId, second))?.state).toBe('QUEUED');
    await Promise.all([runner.whenDone(first), runner.whenDone(second)]);
    for (const id of [first, second])
      expect((await getPlanRun(ctx.db, instansiId, id))?.state).toBe('SUCCEEDED');
    expect(runner.threadsStarted).toBe(1);
    await runner.shutdown();
  });

  it('warms a thread at start-up without storing anything, and the first run builds in it', async () => {
    const runner = new PlanJobRunner(ctx, { progressIntervalMs: 0 });
    const finishes = async () =>
      (await listAudit(ctx.db, { action: 'plan.finish' }, { page: 1, pageSize: 1 })).total;
    const before = await finishes();
    const warming = runner.warmUp(async () => realInput());
    // A run queued while the thread warms waits for it, then takes the same thread.
    const runId = await queueRun();
    runner.enqueue({ runId, instansiId, load: async () => realInput() });
    await warming;
    await runner.whenDone(runId);
    expect((await getPlanRun(ctx.db, instansiId, runId))?.state).toBe('SUCCEEDED');
    expect(runner.threadsStarted).toBe(1);
    // Only the real run left a trace.
    expect(await finishes()).toBe(before + 1);
    await runner.shutdown();
  });

  it('cancels a queued run at once and a running one through the shared flag', async () => {
    const runner = new PlanJobRunner(ctx, { workerEntry: STUB, concurrency: 1 });
    const running = await queueRun();
    const queued = await queueRun();
    const firstProgress = new Promise<void>((resolve) =>
      runner.subscribe(running, (e) => e.progress.phase === 'SOLVING' && resolve()),
    );
    runner.enqueue({ runId: running, instansiId, load: async () => stubInput('hang') });
    runner.enqueue({ runId: queued, instansiId, load: async () => stubInput('hang') });
    await firstProgress;
    expect((await getPlanRun(ctx.db, instansiId, queued))?.state).toBe('QUEUED');
    expect(await runner.cancel(queued)).toBe(true);
    expect((await getPlanRun(ctx.db, instansiId, queued))?.state).toBe('CANCELLED');
    expect((await getPlanRun(ctx.db, instansiId, running))?.state).toBe('RUNNING');
    expect(await runner.cancel(running)).toBe(true);
    await runner.whenDone(running);
    expect(await getPlanRun(ctx.db, instansiId, running)).toMatchObject({
      state: 'CANCELLED',
      progress: { phase: 'SOLVING', done: 1, total: 10 },
    });
    expect(await runner.cancel(running)).toBe(false);
  });

  it('terminates a worker that ignores the cancel flag', async () => {
    const runner = new PlanJobRunner(ctx, { workerEntry: STUB, cancelGraceMs: 50 });
    const runId = await queueRun();
    // The stub's own progress: the worker is building (LOADING comes before it).
    const started = new Promise<void>((resolve) =>
      runner.subscribe(runId, (e) => e.progress.phase === 'SCORING' && resolve()),
    );
    runner.enqueue({ runId, instansiId, load: async () => stubInput('stubborn') });
    await started;
    await runner.cancel(runId);
    await runner.whenDone(runId);
    expect((await getPlanRun(ctx.db, instansiId, runId))?.state).toBe('CANCELLED');
    // The terminated thread is not reused: the next run starts a new one.
    expect(runner.threadsStarted).toBe(1);
    const next = await queueRun();
    runner.enqueue({ runId: next, instansiId, load: async () => stubInput('refuse') });
    await runner.whenDone(next);
    expect((await getPlanRun(ctx.db, instansiId, next))?.state).toBe('FAILED');
    expect(runner.threadsStarted).toBe(2);
    await runner.shutdown();
  });

  it('records why a run failed: a crashed worker, a refused scenario, an input that cannot load', async () => {
    const runner = new PlanJobRunner(ctx, { workerEntry: STUB });
    const crashed = await queueRun();
    const refused = await queueRun();
    const unloadable = await queueRun();
    runner.enqueue({ runId: crashed, instansiId, load: async () => stubInput('crash') });
    runner.enqueue({ runId: refused, instansiId, load: async () => stubInput('refuse') });
    runner.enqueue({
      runId: unloadable,
      instansiId,
      load: async () => {
        throw new Error('database gone');
      },
    });
    await Promise.all([crashed, refused, unloadable].map((id) => runner.whenDone(id)));
    expect(await getPlanRun(ctx.db, instansiId, crashed)).toMatchObject({
      state: 'FAILED',
      error: { code: 'PLAN_BUILD_FAILED' },
    });
    expect(await getPlanRun(ctx.db, instansiId, refused)).toMatchObject({
      state: 'FAILED',
      error: { code: 'VALIDATION_FAILED', message: { id: 'Skenario ditolak', en: 'Scenario refused' } },
    });
    expect((await getPlanRun(ctx.db, instansiId, unloadable))?.error?.message.en).toMatch(/database gone/);
  });

  it('fails its jobs on shutdown, and runs abandoned by a crashed process on start-up', async () => {
    const runner = new PlanJobRunner(ctx, { workerEntry: STUB, concurrency: 1 });
    const running = await queueRun();
    const queued = await queueRun();
    const started = new Promise<void>((resolve) =>
      runner.subscribe(running, (e) => e.progress.phase && resolve()),
    );
    runner.enqueue({ runId: running, instansiId, load: async () => stubInput('hang') });
    runner.enqueue({ runId: queued, instansiId, load: async () => stubInput('hang') });
    await started;
    await runner.shutdown();
    for (const id of [running, queued]) {
      expect(await getPlanRun(ctx.db, instansiId, id)).toMatchObject({
        state: 'FAILED',
        error: { code: 'PLAN_RUN_INTERRUPTED' },
      });
    }
    const abandoned = await queueRun(); // as if its process had died before running it
    expect(await recoverPlanRuns(ctx)).toEqual([abandoned]);
    expect((await getPlanRun(ctx.db, instansiId, abandoned))?.state).toBe('FAILED');
    expect(await recoverPlanRuns(ctx)).toEqual([]);
  });
});
