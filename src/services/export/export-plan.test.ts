import { PassThrough } from 'node:stream';
import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { Principal } from '../../core/policies/roles.js';
import { DEFAULT_PLAN_OBJECTIVES, type Plan } from '../../core/solver/plan/plan-types.js';
import { getPlanOutcome, insertPlanRun } from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { planJobs } from '../planning/plan-job-runner.js';
import { saveScenario } from '../planning/save-scenario.js';
import { startPlanRun } from '../planning/start-plan-run.js';
import { checkPlanExport } from './export-plan.js';
import { runExport } from './run-export.js';

const NOW = new Date('2026-11-28T03:00:00Z');
const contextOf = (t: TestDatabase): AppContext => ({
  db: t.db,
  dialect: t.dialect,
  now: () => NOW,
  version: 'test',
  close: async () => {},
});
const meta = { ip: null };

async function csvOf(ctx: AppContext, principal: Principal, planId: number): Promise<string[]> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await runExport(ctx, principal, 'plan', { planId }, 'csv', out);
  return Buffer.concat(chunks).toString('utf8').trimEnd().split('\r\n');
}

describeEachDialect('plan export', (t) => {
  it('refuses unknown and unfinished plans, then writes one row per move in chain order', async () => {
    const ctx = contextOf(t());
    const { instansiId } = await seedDataset(ctx.db);
    const operator: Principal = { userId: 0, instansiId, role: 'BKPSDM_OPERATOR' };
    const scenario = await saveScenario(
      ctx,
      operator,
      null,
      {
        name: 'Ekspor menyeluruh',
        description: null,
        scope: { mode: 'WHOLE_CITY', unitIds: [], positionIds: [], nips: [] },
        // The sample's people fit where they are: a strict rotation weight makes the overdue move, and
        // its few posts ask less than their holders' degrees.
        objectives: { ...DEFAULT_PLAN_OBJECTIVES, rotationPenalty: 100, allowOverqualifiedMoves: true },
      },
      meta,
    );
    await expect(checkPlanExport(ctx, operator, 424242)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const queued = await insertPlanRun(ctx.db, instansiId, {
      scenarioId: scenario.scenarioId,
      scenarioVersion: 1,
      asOf: '2026-11-28',
      requestedAt: NOW.toISOString(),
      requestedByUserId: null,
    });
    await expect(checkPlanExport(ctx, operator, queued.id)).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(checkPlanExport(ctx, { ...operator, role: 'AUDITOR' }, queued.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });

    const { run } = await startPlanRun(ctx, operator, scenario.scenarioId, {}, meta);
    await planJobs(ctx).whenDone(run.id);
    const plan = (await getPlanOutcome<Plan>(ctx.db, instansiId, run.id))!;
    expect(plan.status).toBe('OPTIMAL');
    expect(plan.moves.length).toBeGreaterThan(0);
    const lines = await csvOf(ctx, operator, run.id);
    expect(lines).toHaveLength(plan.moves.length + 1);
    const ordered = [...plan.moves].sort((a, b) => a.chainId - b.chainId || a.chainOrder - b.chainOrder);
    lines.slice(1).forEach((line, i) => {
      const cells = line.split(';');
      expect(cells.slice(0, 2)).toEqual([String(ordered[i]!.chainId), String(ordered[i]!.chainOrder)]);
      expect(line).toContain(ordered[i]!.nip);
    });
  }, 120_000);
});
