import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import {
  failAbandonedPlanRuns,
  finishPlanRun,
  getPlanOutcome,
  getPlanRun,
  insertPlanRun,
  listPlanRuns,
  markPlanRunStarted,
  requestPlanRunCancel,
  updatePlanRunProgress,
} from './planning-runs.js';
import {
  findScenarioIdByName,
  getScenarioVersion,
  insertNextScenarioVersion,
  insertScenario,
  listCurrentScenarios,
  listScenarioVersions,
} from './planning-scenarios.js';

const draft = (name: string, maxMoves: number) => ({
  name,
  description: null,
  definition: { kind: 'WHOLE_CITY', maxMoves },
  savedAt: '2026-11-20T01:00:00.000Z',
  savedByUserId: 7,
});

describeEachDialect('planning store', (t) => {
  it('versions scenarios: a new version on each save, old versions stay readable', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    const first = await insertScenario(db, instansiId, draft('Penataan 2027', 40));
    expect(first).toMatchObject({ version: 1, currentVersion: 1, definition: { maxMoves: 40 } });
    const second = await db
      .transaction()
      .execute((trx) =>
        insertNextScenarioVersion(trx, instansiId, first.scenarioId, 1, draft('Penataan 2027 (revisi)', 25)),
      );
    expect(second).toMatchObject({ version: 2, name: 'Penataan 2027 (revisi)' });
    // A save based on version 1 after version 2 exists is refused and writes nothing.
    expect(
      await insertNextScenarioVersion(db, instansiId, first.scenarioId, 1, draft('stale', 1)),
    ).toBeNull();
    expect(await getScenarioVersion(db, instansiId, first.scenarioId)).toMatchObject({
      version: 2,
      definition: { maxMoves: 25 },
    });
    expect(await getScenarioVersion(db, instansiId, first.scenarioId, 1)).toMatchObject({
      version: 1,
      currentVersion: 2,
      name: 'Penataan 2027',
      definition: { kind: 'WHOLE_CITY', maxMoves: 40 },
    });
    expect((await listScenarioVersions(db, instansiId, first.scenarioId)).map((v) => v.version)).toEqual([
      2, 1,
    ]);
    expect(await findScenarioIdByName(db, instansiId, 'Penataan 2027 (revisi)')).toBe(first.scenarioId);
    expect(await getScenarioVersion(db, instansiId + 1000, first.scenarioId)).toBeNull();
  });

  it('refuses a second scenario with the same name in one instansi', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    await insertScenario(db, instansiId, draft('Kosong 2027', 10));
    await expect(insertScenario(db, instansiId, draft('Kosong 2027', 5))).rejects.toThrow();
    await insertScenario(db, instansiId, draft('Another', 5));
    expect((await listCurrentScenarios(db, instansiId)).map((s) => s.name)).toEqual([
      'Another',
      'Kosong 2027',
    ]);
  });

  it('numbers the plans of a scenario and keeps a finished plan immutable', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    const scenario = await insertScenario(db, instansiId, draft('Runs', 10));
    const base = {
      scenarioId: scenario.scenarioId,
      scenarioVersion: 1,
      asOf: '2027-01-01',
      requestedAt: '2026-11-20T02:00:00.000Z',
      requestedByUserId: 7,
    };
    const run = await insertPlanRun(db, instansiId, base);
    expect(run).toMatchObject({ runNo: 1, state: 'QUEUED', cancelRequested: false, certified: null });
    expect(
      await markPlanRunStarted(db, run.id, '2026-11-20T02:00:01.000Z', {
        phase: 'LOADING',
        done: 0,
        total: 0,
      }),
    ).toMatchObject({
      id: run.id,
      state: 'RUNNING',
      startedAt: '2026-11-20T02:00:01.000Z',
      progress: { phase: 'LOADING', done: 0, total: 0 },
    });
    expect(await markPlanRunStarted(db, run.id, '2026-11-20T02:00:02.000Z')).toBeNull();
    await updatePlanRunProgress(db, run.id, { phase: 'solve', done: 3, total: 10 });
    expect(await getPlanRun(db, instansiId, run.id)).toMatchObject({
      state: 'RUNNING',
      asOf: '2027-01-01',
      startedAt: '2026-11-20T02:00:01.000Z',
      progress: { phase: 'solve', done: 3, total: 10 },
    });
    const outcome = { moves: [{ nip: '1', to: 2 }] };
    expect(
      await finishPlanRun(db, run.id, {
        state: 'SUCCEEDED',
        finishedAt: '2026-11-20T02:00:03.000Z',
        totals: { moves: 1 },
        outcome,
        certified: true,
      }),
    ).toBe(true);
    // Immutable: neither a second end, nor progress, nor a cancel touches it.
    expect(await finishPlanRun(db, run.id, { state: 'FAILED', finishedAt: '2026-11-20T02:00:04.000Z' })).toBe(
      false,
    );
    await updatePlanRunProgress(db, run.id, { phase: 'late', done: 9, total: 10 });
    expect(await requestPlanRunCancel(db, run.id)).toBe(false);
    expect(await getPlanRun(db, instansiId, run.id)).toMatchObject({
      state: 'SUCCEEDED',
      finishedAt: '2026-11-20T02:00:03.000Z',
      progress: { phase: 'solve', done: 3 },
      totals: { moves: 1 },
      certified: true,
      error: null,
    });
    expect(await getPlanOutcome(db, instansiId, run.id)).toEqual(outcome);

    const again = await insertPlanRun(db, instansiId, base);
    expect(again.runNo).toBe(2);
    expect(await requestPlanRunCancel(db, again.id)).toBe(true);
    expect((await getPlanRun(db, instansiId, again.id))?.cancelRequested).toBe(true);
    expect(
      (await listPlanRuns(db, instansiId, { scenarioId: scenario.scenarioId })).map((r) => r.runNo),
    ).toEqual([2, 1]);
    expect(await getPlanRun(db, instansiId + 1000, run.id)).toBeNull();
  });

  it('fails the runs a crashed process left queued or running, and only those', async () => {
    const { db } = t();
    const { instansiId } = await seedDataset(db);
    const scenario = await insertScenario(db, instansiId, draft('Crash', 10));
    const base = {
      scenarioId: scenario.scenarioId,
      scenarioVersion: 1,
      asOf: '2027-01-01',
      requestedAt: '2026-11-20T02:00:00.000Z',
      requestedByUserId: null,
    };
    const queued = await insertPlanRun(db, instansiId, base);
    const running = await insertPlanRun(db, instansiId, base);
    const done = await insertPlanRun(db, instansiId, base);
    await markPlanRunStarted(db, running.id, '2026-11-20T02:00:01.000Z');
    await finishPlanRun(db, done.id, { state: 'CANCELLED', finishedAt: '2026-11-20T02:00:02.000Z' });
    const error = { code: 'PLAN_RUN_INTERRUPTED', message: { id: 'terputus', en: 'interrupted' } };
    const failed = await failAbandonedPlanRuns(db, '2026-11-20T03:00:00.000Z', error);
    expect(failed).toEqual(expect.arrayContaining([queued.id, running.id]));
    expect(failed).not.toContain(done.id);
    expect(await getPlanRun(db, instansiId, running.id)).toMatchObject({ state: 'FAILED', error });
    expect((await getPlanRun(db, instansiId, done.id))?.state).toBe('CANCELLED');
  });
});
