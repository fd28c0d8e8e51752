import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { migrateDown, migrateToLatest } from '../migrate.js';
import { insertQueuedPlanRun } from '../repositories/planning-runs.fixtures.js';

const NAME = '2026112808_plan_summary';

describeEachDialect(
  'migration 2026112808_plan_summary',
  (database) => {
    const planRunColumns = async () =>
      (await database().db.introspection.getTables())
        .find((t) => t.name === 'plan_runs')
        ?.columns.map((c) => c.name)
        .sort();

    it('adds a nullable plan_runs.summary_json and drops it again, keeping the runs', async () => {
      const { db } = database();
      await migrateToLatest(db);
      const withSummary = await planRunColumns();
      expect(withSummary).toContain('summary_json');

      const { runId } = await insertQueuedPlanRun(db, 'Sebelum ringkasan');

      // Down to just before this migration (later ones are reverted first, and re-applied after).
      const reverted: string[] = [];
      while (!reverted.includes(NAME)) reverted.push(...(await migrateDown(db)));
      expect(reverted.at(-1)).toBe(NAME);
      expect(await planRunColumns()).toEqual(withSummary?.filter((c) => c !== 'summary_json'));
      const kept = await db.selectFrom('plan_runs').select(['id', 'state']).where('id', '=', runId).execute();
      expect(kept).toEqual([{ id: runId, state: 'QUEUED' }]);

      // Up again: the run from before the column exists has no summary (the service derives it).
      expect(await migrateToLatest(db)).toEqual([...reverted].reverse());
      expect(
        await db.selectFrom('plan_runs').select('summary_json').where('id', '=', runId).executeTakeFirst(),
      ).toEqual({ summary_json: null });
    });
  },
  { migrate: false },
);
