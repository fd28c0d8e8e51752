import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { migrateDown, migrateToLatest } from '../migrate.js';

const NAME = '2026120803_professions_licences';

describeEachDialect(
  `migration ${NAME}`,
  (database) => {
    const columnsOf = async (table: string) =>
      (await database().db.introspection.getTables())
        .find((t) => t.name === table)
        ?.columns.map((c) => c.name)
        .sort();

    it('adds the profession and majors columns and the licence table, and removes them again', async () => {
      const { db } = database();
      await migrateToLatest(db);
      expect(await columnsOf('positions')).toContain('profession');
      expect(await columnsOf('position_education_requirements')).toContain('majors');
      expect(await columnsOf('employee_licences')).toEqual(
        [
          'id',
          'instansi_id',
          'employee_id',
          'kind',
          'number',
          'profession',
          'issued_on',
          'valid_until',
          'created_at',
          'updated_at',
          'version',
        ].sort(),
      );
      const { instansiId, positionId } = await seedDataset(db);
      const requirements = () =>
        db
          .selectFrom('position_education_requirements')
          .select(['min_level', 'fields'])
          .where('position_id', '=', positionId('DOKTER'))
          .execute();
      const before = await requirements();
      expect(before).toEqual([{ min_level: 'S1', fields: '["HEALTH_MEDICINE"]' }]);

      // Down to just before this migration (later ones are reverted first, and re-applied after).
      const reverted: string[] = [];
      while (!reverted.includes(NAME)) reverted.push(...(await migrateDown(db)));
      expect(reverted.at(-1)).toBe(NAME);
      expect(await columnsOf('positions')).not.toContain('profession');
      expect(await columnsOf('position_education_requirements')).not.toContain('majors');
      expect(await columnsOf('employee_licences')).toBeUndefined();
      expect(await requirements()).toEqual(before);

      // Up again: rows from before the columns exist read as "no profession" and "any programme".
      expect(await migrateToLatest(db)).toEqual([...reverted].reverse());
      const dokter = await db
        .selectFrom('positions as p')
        .innerJoin('position_education_requirements as r', 'r.position_id', 'p.id')
        .select(['p.profession', 'r.majors'])
        .where('p.instansi_id', '=', instansiId)
        .where('p.code', '=', 'DOKTER')
        .execute();
      expect(dokter).toEqual([{ profession: null, majors: '[]' }]);
    });
  },
  { migrate: false },
);
