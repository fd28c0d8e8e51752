import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { rosterRows, unitNames } from './evaluation-roster.js';

describeEachDialect('evaluation roster store', (t) => {
  it('reads name, position and unit of the asked employees of the instansi only', async () => {
    const { db } = t();
    const first = await seedDataset(db);
    const second = await seedDataset(db);
    const ids = first.dataset.employees.map((_, i) => first.employee(i));
    const rows = await rosterRows(db, first.instansiId, ids);
    expect(rows.size).toBe(ids.length);
    const withPost = [...rows.values()].filter((r) => r.positionName !== null);
    expect(withPost.length).toBeGreaterThan(0);
    for (const r of withPost) {
      const expected = await db
        .selectFrom('employees as e')
        .innerJoin('positions as p', 'p.id', 'e.current_position_id')
        .innerJoin('units as u', 'u.id', 'p.unit_id')
        .select(['p.name as position', 'u.id as unitId', 'u.name as unit'])
        .where('e.id', '=', r.id)
        .executeTakeFirstOrThrow();
      expect(r).toMatchObject({
        positionName: expected.position,
        unitId: expected.unitId,
        unitName: expected.unit,
      });
    }
    // Ids of another instansi are not read through this one.
    const foreign = second.dataset.employees.map((_, i) => second.employee(i));
    expect((await rosterRows(db, first.instansiId, foreign)).size).toBe(0);
  });

  it('names units of the instansi, ignoring repeats and foreign ids', async () => {
    const { db } = t();
    const first = await seedDataset(db);
    const second = await seedDataset(db);
    const code = first.dataset.units[0]!.code;
    const id = first.unitId(code);
    const names = await unitNames(db, first.instansiId, [id, id, second.unitId(code)]);
    expect([...names.entries()]).toEqual([[id, first.dataset.units[0]!.name]]);
    expect((await unitNames(db, first.instansiId, [])).size).toBe(0);
  });
});
