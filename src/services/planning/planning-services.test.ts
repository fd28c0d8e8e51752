import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { Principal } from '../../core/policies/roles.js';
import { DEFAULT_PLAN_OBJECTIVES } from '../../core/solver/plan/plan-types.js';
import { listAudit } from '../../store/repositories/audit.js';
import { getPlanRun, insertPlanRun } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { cancelPlanRun } from './cancel-plan-run.js';
import { planJobs } from './plan-job-runner.js';
import { type ScenarioInput, saveScenario } from './save-scenario.js';
import { startPlanRun } from './start-plan-run.js';
import { warmUpPlanning } from './warm-up-planning.js';

const NOW = new Date('2026-11-28T03:00:00Z');
const contextOf = (t: TestDatabase): AppContext => ({
  db: t.db,
  dialect: t.dialect,
  now: () => NOW,
  version: 'test',
  close: async () => {},
});
const input = (name: string): ScenarioInput => ({
  name,
  description: null,
  scope: { mode: 'VACANCIES', unitIds: [], positionIds: [], nips: [] },
  objectives: DEFAULT_PLAN_OBJECTIVES,
});
const meta = { ip: '10.0.0.1' };

describeEachDialect('planning services', (t) => {
  it('keeps one of two scenarios saved at once under one name, and refuses the other with 409', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const head: Principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' };
    const results = await Promise.allSettled([
      saveScenario(ctx, head, null, input('Serentak'), meta),
      saveScenario(ctx, head, null, input('Serentak'), meta),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const [refused] = results.filter((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'CONFLICT', details: { rule: 'SCENARIO_NAME_UNIQUE' } });
  });

  it('numbers runs queued at once 1, 2, 3 and runs each to its end in the background', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const operator: Principal = { userId: 0, instansiId, role: 'BKPSDM_OPERATOR' };
    const scenario = await saveScenario(ctx, operator, null, input('Tiga kali'), meta);
    const runs = await Promise.all(
      [1, 2, 3].map(() => startPlanRun(ctx, operator, scenario.scenarioId, {}, meta)),
    );
    expect(runs.map((r) => r.run.runNo).sort()).toEqual([1, 2, 3]);
    expect(runs.every((r) => r.run.asOf === '2026-11-28')).toBe(true);
    // One worker: the first run answers as started (reading its data), the others wait their turn.
    expect(runs.map((r) => `${r.run.state}:${r.run.progress.phase}`).sort()).toEqual([
      'QUEUED:null',
      'QUEUED:null',
      'RUNNING:LOADING',
    ]);
    await Promise.all(runs.map((r) => planJobs(ctx).whenDone(r.run.id)));
    for (const { run } of runs) {
      expect((await getPlanRun(ctx.db, instansiId, run.id))?.state).toBe('SUCCEEDED');
    }
    const audit = await listAudit(ctx.db, { instansiId, action: 'plan.run' }, { page: 1, pageSize: 10 });
    expect(audit.items.map((e) => e.actorIp)).toEqual(['10.0.0.1', '10.0.0.1', '10.0.0.1']);
  });

  it('warms up planning at start without storing anything; the first run then builds in that thread', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const stored = async () => (await ctx.db.selectFrom('plan_runs').select('id').execute()).length;
    const before = await stored();
    expect(await warmUpPlanning(ctx)).toBeGreaterThan(0);
    expect(await stored()).toBe(before);
    expect(planJobs(ctx).threadsStarted).toBe(1);
    const operator: Principal = { userId: 0, instansiId, role: 'BKPSDM_OPERATOR' };
    const scenario = await saveScenario(ctx, operator, null, input('Sesudah pemanasan'), meta);
    const { run } = await startPlanRun(ctx, operator, scenario.scenarioId, {}, meta);
    await planJobs(ctx).whenDone(run.id);
    expect((await getPlanRun(ctx.db, instansiId, run.id))?.state).toBe('SUCCEEDED');
    expect(planJobs(ctx).threadsStarted).toBe(1);
    await planJobs(ctx).shutdown();
  });

  it('ends a run no process holds any more when it is cancelled', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const head: Principal = { userId: 0, instansiId, role: 'BKPSDM_HEAD' };
    const scenario = await saveScenario(ctx, head, null, input('Yatim'), meta);
    const orphan = await insertPlanRun(ctx.db, instansiId, {
      scenarioId: scenario.scenarioId,
      scenarioVersion: 1,
      asOf: '2026-11-28',
      requestedAt: NOW.toISOString(),
      requestedByUserId: null,
    });
    const view = await cancelPlanRun(ctx, head, orphan.id, meta);
    expect(view.run).toMatchObject({ state: 'CANCELLED', cancelRequested: true });
    await expect(cancelPlanRun(ctx, head, orphan.id, meta)).rejects.toMatchObject({ code: 'CONFLICT' });
    const auditor: Principal = { userId: 0, instansiId, role: 'AUDITOR' };
    await expect(cancelPlanRun(ctx, auditor, orphan.id, meta)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
