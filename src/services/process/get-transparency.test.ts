import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { optimalityOf } from '../../core/solver/plan/plan-optimality.js';
import type { Plan } from '../../core/solver/plan/plan-types.js';
import { listInstansi } from '../../store/repositories/instansi.js';
import { getPlanSummary } from '../../store/repositories/planning-run-summary.js';
import { getPlanOutcome } from '../../store/repositories/planning-runs.js';
import { insertProposal } from '../../store/repositories/process-proposals.js';
import { getTransparency } from './get-transparency.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

/** The plans the public page shows for the demo's round 2025-II (which starts from a stored plan). */
async function plansOf2025II() {
  const { rounds } = await getTransparency(t.ctx);
  return rounds.find((r) => r.round === '2025-II')!.plans;
}

const setOutcome = (planId: number, outcome_json: string | null) =>
  t.ctx.db.updateTable('plan_runs').set({ outcome_json }).where('id', '=', planId).execute();
const setSummary = (planId: number, summary_json: string | null) =>
  t.ctx.db.updateTable('plan_runs').set({ summary_json }).where('id', '=', planId).execute();
describe('getTransparency reads the summary stored with a plan run, not its outcome', () => {
  it('shows the summary stored when the run ended even when the outcome cannot be read', async () => {
    const before = await plansOf2025II();
    expect(before).toHaveLength(1);
    const { planId, summary } = before[0]!;
    const instansiId = (await listInstansi(t.ctx.db))[0]!.id;
    // Written back as it was stored (the run wrote it with JSON.stringify too).
    const outcome = JSON.stringify(await getPlanOutcome(t.ctx.db, instansiId, planId));
    // The demo's plan run ended through the plan job's end state, which stores the summary.
    expect((await getPlanSummary(t.ctx.db, instansiId, planId))?.summary).toEqual(summary);
    const plan = JSON.parse(outcome) as Plan;
    expect(summary).toMatchObject({
      summaryVersion: 2,
      certificateHeld: true,
      scope: { mode: plan.scenario.scope.mode },
      objectives: { moveCost: plan.scenario.objectives.moveCost },
      optimality: plan.optimality,
      moveCount: plan.moves.length,
    });

    await setOutcome(planId, '{not json');
    try {
      expect(await plansOf2025II()).toEqual(before);
      const res = await t.app.inject({ method: 'GET', url: '/api/transparency' });
      expect(res.statusCode).toBe(200);
    } finally {
      await setOutcome(planId, outcome);
    }
  });

  it('derives the summary of a run stored before summaries existed once, then reads only that', async () => {
    const before = await plansOf2025II();
    const { planId } = before[0]!;
    const instansiId = (await listInstansi(t.ctx.db))[0]!.id;
    const outcome = JSON.stringify(await getPlanOutcome(t.ctx.db, instansiId, planId));
    await setSummary(planId, null);

    expect(await plansOf2025II()).toEqual(before);
    expect((await getPlanSummary(t.ctx.db, instansiId, planId))?.summary).toEqual(before[0]!.summary);

    await setOutcome(planId, '{not json');
    try {
      expect(await plansOf2025II()).toEqual(before);
    } finally {
      await setOutcome(planId, outcome);
    }
  });
});

describe('getTransparency says what the plan of an older summary proves', () => {
  it('derives it once from the outcome, for the summary and the plan as stored before', async () => {
    const instansiId = (await listInstansi(t.ctx.db))[0]!.id;
    const { planId } = (await plansOf2025II())[0]!;
    const outcome = (await getPlanOutcome<Plan>(t.ctx.db, instansiId, planId))!;
    const stored = (await getPlanSummary(t.ctx.db, instansiId, planId))!.summary;
    // Before, a plan had no optimality and its provenOptimal meant "the final certificate holds";
    // its summary (version 1) named the criteria by code and called it OPTIMAL on that flag alone.
    const { optimality: _o, certified: _c, boundSolves: _b, ...older } = outcome;
    const olderPlan: Plan = { ...older, provenOptimal: true };
    const criterion = (code: string, value: string) => ({ code, value, label: `${code}: ${value}` });
    const olderSummary = {
      criteria: [
        criterion('scenario', outcome.scenario.name),
        criterion('scope', outcome.scenario.scope.mode),
        criterion('policyVersion', outcome.policyVersion),
        criterion('ruleTableVersion', outcome.ruleTableVersion),
        criterion('asOf', outcome.asOf),
      ],
      weights: { ...outcome.scenario.objectives },
      certificate: { status: 'OPTIMAL', provenOptimal: true, gap: 0 },
      moveCount: outcome.moves.length,
    };
    await setOutcome(planId, JSON.stringify(olderPlan));
    await setSummary(planId, JSON.stringify(olderSummary));
    try {
      const derived = optimalityOf(olderPlan);
      expect((await plansOf2025II())[0]!.optimality).toEqual(derived);
      const upgraded = (await getPlanSummary(t.ctx.db, instansiId, planId))!.summary as Record<
        string,
        unknown
      >;
      expect(upgraded).toMatchObject({
        summaryVersion: 2,
        optimality: derived,
        scenario: outcome.scenario.name,
      });

      // An outcome that no longer parses leaves the older summary as it was, claiming nothing more.
      await setSummary(planId, JSON.stringify(olderSummary));
      await setOutcome(planId, '{not json');
      expect((await plansOf2025II())[0]).toMatchObject({
        optimality: null,
        summary: {
          summaryVersion: 1,
          optimality: null,
          certificateHeld: true,
          scenario: outcome.scenario.name,
          objectives: { moveCost: outcome.scenario.objectives.moveCost },
        },
      });
    } finally {
      await setOutcome(planId, JSON.stringify(outcome));
      await setSummary(planId, JSON.stringify(stored));
    }
  });
});

describe('getTransparency leaves drafts out', () => {
  it('does not show a round whose only proposal is a draft', async () => {
    const instansiId = (await listInstansi(t.ctx.db))[0]!.id;
    const author = await t.ctx.db.selectFrom('users').select('id').executeTakeFirstOrThrow();
    await t.ctx.db.transaction().execute((trx) =>
      insertProposal(trx, {
        instansiId,
        number: 'USL-2099-001',
        title: 'Konsep yang belum diajukan',
        round: '2099-I',
        tmt: '2099-01-04' as LocalDate,
        planId: null,
        planSummary: null,
        createdByUserId: author.id,
      }),
    );
    const { rounds } = await getTransparency(t.ctx);
    expect(rounds.map((r) => r.round)).not.toContain('2099-I');
    expect(rounds.flatMap((r) => r.proposals).map((p) => p.number)).not.toContain('USL-2099-001');
    expect(rounds.map((r) => r.round)).toContain('2025-II');
  });
});
