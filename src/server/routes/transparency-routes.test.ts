import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeEachDialect, type TestDatabase } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { DEFAULT_PLAN_OBJECTIVES, type Plan } from '../../core/solver/plan/plan-types.js';
import type { AppContext } from '../../services/app-context.js';
import { planJobs } from '../../services/planning/plan-job-runner.js';
import { saveScenario } from '../../services/planning/save-scenario.js';
import { startPlanRun } from '../../services/planning/start-plan-run.js';
import { getTransparency } from '../../services/process/get-transparency.js';
import { getPlanSummary } from '../../store/repositories/planning-run-summary.js';
import { getPlanOutcome } from '../../store/repositories/planning-runs.js';
import { insertProposal } from '../../store/repositories/process-proposals.js';
import { buildServer } from '../build-server.js';

const NOW = new Date('2026-11-28T03:00:00Z');
const contextOf = (t: TestDatabase): AppContext => ({
  db: t.db,
  dialect: t.dialect,
  now: () => NOW,
  version: 'test',
  close: async () => {},
});

/** A submitted proposal of `round` pointing at `planId`, with the summary copy a proposal keeps. */
async function submittedProposal(
  ctx: AppContext,
  instansiId: number,
  n: number,
  round: string,
  planId: number,
  planSummary: unknown,
) {
  const author = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('instansi_id', '=', instansiId)
    .executeTakeFirstOrThrow();
  const p = await ctx.db.transaction().execute((trx) =>
    insertProposal(trx, {
      instansiId,
      number: `USL-2026-${String(n).padStart(3, '0')}`,
      title: `Usulan ${n}`,
      round,
      tmt: '2027-01-04' as LocalDate,
      planId,
      planSummary,
      createdByUserId: author.id,
    }),
  );
  await ctx.db.updateTable('proposals').set({ state: 'SUBMITTED' }).where('id', '=', p.id).execute();
}

describeEachDialect('GET /api/transparency: the criteria and weights of a plan, in structured words', (t) => {
  it('states the fit model, the objectives, the scope and the proof; reads old copies; names nobody', async () => {
    const ctx = contextOf(t());
    const seeded = await seedDataset(ctx.db);
    const { instansiId } = seeded;
    const operator: Principal = { userId: 0, instansiId, role: 'BKPSDM_OPERATOR' };
    const scenario = await saveScenario(
      ctx,
      operator,
      null,
      {
        name: 'Penataan terbuka',
        description: null,
        scope: { mode: 'WHOLE_CITY', unitIds: [], positionIds: [], nips: [] },
        objectives: {
          ...DEFAULT_PLAN_OBJECTIVES,
          moveCost: 4,
          maxMoves: 3,
          rotationPenalty: 100,
          allowOverqualifiedMoves: true,
        },
      },
      { ip: null },
    );
    const { run } = await startPlanRun(ctx, operator, scenario.scenarioId, {}, { ip: null });
    await planJobs(ctx).whenDone(run.id);
    const plan = (await getPlanOutcome<Plan>(ctx.db, instansiId, run.id))!;
    expect(plan.status).toBe('OPTIMAL');

    // A proposal of an older round whose plan run is gone kept a version-1 copy (criteria by code).
    const v1 = {
      criteria: [
        { code: 'scenario', value: 'Pengisian formasi 2025', label: 'scenario: Pengisian formasi 2025' },
        { code: 'scope', value: 'VACANCIES', label: 'scope: VACANCIES' },
        { code: 'asOf', value: '2025-06-30', label: 'asOf: 2025-06-30' },
      ],
      weights: { moveCost: 5, maxMoves: null, forcedRotationYears: null, minTenureYears: 2 },
      certificate: { status: 'OPTIMAL', provenOptimal: true },
      moveCount: 2,
    };
    await submittedProposal(ctx, instansiId, 1, '2027-I', run.id, null);
    await submittedProposal(ctx, instansiId, 2, '2025-II', 987_654, v1);

    const dir = mkdtempSync(join(tmpdir(), 'penata-transparency-'));
    const app = await buildServer(ctx, { webDist: join(dir, 'no-web') });
    try {
      const unknown = await app.inject({ method: 'GET', url: '/api/transparency?instansi=NOPE' });
      expect(unknown.statusCode).toBe(404);

      const res = await app.inject({
        method: 'GET',
        url: `/api/transparency?instansi=${seeded.dataset.instansi.code}`,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json() as {
        rounds: { round: string; plans: { planId: number; summary: Record<string, unknown> }[] }[];
      };
      const current = body.rounds.find((r) => r.round === '2027-I')!.plans[0]!;
      expect(current.planId).toBe(run.id);
      expect(current.summary).toMatchObject({
        summaryVersion: 2,
        scenario: 'Penataan terbuka',
        scope: { mode: 'WHOLE_CITY', unitCount: 0, positionCount: 0, addedPeople: 0 },
        objectives: { moveCost: 4, maxMoves: 3, rotationPenalty: 100, allowOverqualifiedMoves: true },
        optimality: plan.optimality,
        moveCount: plan.moves.length,
      });
      const groups = (current.summary.fitWeights as { group: string; percent: number }[]).map((g) => g.group);
      expect(groups).toEqual([
        'COMPETENCY',
        'EDUCATION_RELEVANCE',
        'EDUCATION_LEVEL',
        'PERFORMANCE',
        'EXPERIENCE',
        'TALENT',
        'PREFERENCE',
      ]);

      const old = body.rounds.find((r) => r.round === '2025-II')!.plans[0]!;
      expect(old.summary).toMatchObject({
        summaryVersion: 1,
        scenario: 'Pengisian formasi 2025',
        scope: { mode: 'VACANCIES' },
        asOf: '2025-06-30',
        objectives: { moveCost: 5, maxMoves: null },
        optimality: null,
        certificateHeld: true,
      });

      for (const e of seeded.dataset.employees) {
        expect(res.body).not.toContain(e.nip);
        expect(res.body).not.toContain(e.name);
      }

      // A run summary stored in the older shape is derived again from the plan, once, and replaced.
      const older = { criteria: [{ code: 'scope', value: 'WHOLE_CITY' }], weights: { moveCost: 4 } };
      await ctx.db
        .updateTable('plan_runs')
        .set({ summary_json: JSON.stringify(older) })
        .where('id', '=', run.id)
        .execute();
      const again = await getTransparency(ctx, seeded.dataset.instansi.code);
      const upgraded = again.rounds.find((r) => r.round === '2027-I')!.plans[0]!.summary;
      expect(upgraded).toEqual(current.summary);
      expect((await getPlanSummary(ctx.db, instansiId, run.id))!.summary).toEqual(current.summary);
    } finally {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
