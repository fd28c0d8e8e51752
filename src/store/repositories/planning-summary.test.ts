import type { Kysely } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import type { Database } from '../schema.js';
import { fillMissingPlanSummary, getPlanSummary, upgradePlanSummary } from './planning-run-summary.js';
import { insertQueuedPlanRun } from './planning-runs.fixtures.js';
import { finishPlanRun, getPlanOutcome, markPlanRunStarted } from './planning-runs.js';

const SUMMARY = {
  criteria: [{ code: 'scope', value: 'VACANCIES', label: 'scope: VACANCIES' }],
  weights: { moveCost: 2 },
  certificate: { status: 'OPTIMAL', provenOptimal: true, objective: -12, dualBound: -12, gap: 0 },
  objective: -12,
  moveCount: 3,
};

/** A started run of a new scenario in a new instansi. */
async function startedRun(db: Kysely<Database>, name: string) {
  const queued = await insertQueuedPlanRun(db, name);
  await markPlanRunStarted(db, queued.runId, '2026-11-20T02:00:01.000Z');
  return queued;
}

/** What an outcome written behind the application's back looks like: not JSON at all. */
const corruptOutcome = (db: Kysely<Database>, id: number) =>
  db.updateTable('plan_runs').set({ outcome_json: '{not json' }).where('id', '=', id).execute();

describeEachDialect('plan run summaries', (t) => {
  it('stores the summary with the run and reads it without the outcome', async () => {
    const { db } = t();
    const { instansiId, runId } = await startedRun(db, 'Ringkasan');
    expect(await getPlanSummary(db, instansiId, runId)).toEqual({ state: 'RUNNING', summary: null });
    await finishPlanRun(db, runId, {
      state: 'SUCCEEDED',
      finishedAt: '2026-11-20T02:00:03.000Z',
      outcome: { status: 'OPTIMAL', moves: [1, 2, 3] },
      summary: SUMMARY,
      certified: true,
    });
    await corruptOutcome(db, runId);
    await expect(getPlanOutcome(db, instansiId, runId)).rejects.toThrow(SyntaxError);
    expect(await getPlanSummary(db, instansiId, runId)).toEqual({ state: 'SUCCEEDED', summary: SUMMARY });
    // Another instansi sees nothing, not even the state.
    expect(await getPlanSummary(db, instansiId + 1000, runId)).toBeNull();
  });

  it('fills a missing summary of a succeeded run once and never replaces one', async () => {
    const { db } = t();
    const { instansiId, runId } = await startedRun(db, 'Lama');
    // Before it ended, nothing may be filled in.
    expect(await fillMissingPlanSummary(db, instansiId, runId, SUMMARY)).toBe(false);
    await finishPlanRun(db, runId, {
      state: 'SUCCEEDED',
      finishedAt: '2026-11-20T02:00:03.000Z',
      outcome: { status: 'OPTIMAL' },
      certified: true,
    });
    expect(await getPlanSummary(db, instansiId, runId)).toEqual({ state: 'SUCCEEDED', summary: null });
    expect(await fillMissingPlanSummary(db, instansiId + 1000, runId, SUMMARY)).toBe(false);
    expect(await fillMissingPlanSummary(db, instansiId, runId, SUMMARY)).toBe(true);
    expect(await fillMissingPlanSummary(db, instansiId, runId, { ...SUMMARY, moveCount: 99 })).toBe(false);
    expect((await getPlanSummary(db, instansiId, runId))?.summary).toEqual(SUMMARY);
  });

  it('upgrades a stored summary only while it is still the one read', async () => {
    const { db } = t();
    const { instansiId, runId } = await startedRun(db, 'Naik');
    const upgraded = { ...SUMMARY, optimality: { status: 'PROVEN_OPTIMAL', basis: 'NO_LIMIT' } };
    expect(await upgradePlanSummary(db, instansiId, runId, null, upgraded)).toBe(false);
    await finishPlanRun(db, runId, {
      state: 'SUCCEEDED',
      finishedAt: '2026-11-20T02:00:03.000Z',
      outcome: { status: 'OPTIMAL' },
      summary: SUMMARY,
      certified: true,
    });
    expect(await upgradePlanSummary(db, instansiId + 1000, runId, SUMMARY, upgraded)).toBe(false);
    expect(await upgradePlanSummary(db, instansiId, runId, SUMMARY, upgraded)).toBe(true);
    // A second writer holding the old summary finds it gone and writes nothing.
    expect(await upgradePlanSummary(db, instansiId, runId, SUMMARY, { ...upgraded, moveCount: 99 })).toBe(
      false,
    );
    expect((await getPlanSummary(db, instansiId, runId))?.summary).toEqual(upgraded);
  });

  it('leaves the summary empty on runs that did not succeed', async () => {
    const { db } = t();
    const { instansiId, runId } = await startedRun(db, 'Gagal');
    await finishPlanRun(db, runId, {
      state: 'INFEASIBLE',
      finishedAt: '2026-11-20T02:00:03.000Z',
      outcome: { status: 'INFEASIBLE' },
      certified: false,
    });
    expect(await fillMissingPlanSummary(db, instansiId, runId, SUMMARY)).toBe(false);
    expect(await getPlanSummary(db, instansiId, runId)).toEqual({ state: 'INFEASIBLE', summary: null });
  });
});
