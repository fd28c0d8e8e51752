import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { getUnit, listUnitTree, unitSubtreeIds } from './units.js';

describeEachDialect('units', (database) => {
  it('lists the tree parents first with staffing alone and over the subtree', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const tree = await listUnitTree(db, instansiId);
    expect(tree.map((u) => [u.code, u.depth, u.own, u.subtree])).toEqual([
      ['BKPSDM', 0, { seats: 0, holders: 0, vacancies: 0 }, { seats: 3, holders: 2, vacancies: 1 }],
      ['BKPSDM.MUTASI', 1, { seats: 3, holders: 2, vacancies: 1 }, { seats: 3, holders: 2, vacancies: 1 }],
      ['DINKES', 0, { seats: 1, holders: 1, vacancies: 0 }, { seats: 8, holders: 4, vacancies: 4 }],
      ['DINKES.PKM1', 1, { seats: 5, holders: 2, vacancies: 3 }, { seats: 5, holders: 2, vacancies: 3 }],
      ['DINKES.SEKRE', 1, { seats: 1, holders: 1, vacancies: 0 }, { seats: 2, holders: 1, vacancies: 1 }],
      [
        'DINKES.SEKRE.UMUM',
        2,
        { seats: 1, holders: 0, vacancies: 1 },
        { seats: 1, holders: 0, vacancies: 1 },
      ],
    ]);
    const dinkes = tree.find((u) => u.code === 'DINKES');
    expect(dinkes).toMatchObject({
      parentId: null,
      name: 'Dinas Kesehatan',
      shortName: 'Dinkes',
      kind: 'OPD',
      version: 1,
    });
  });

  it('counts vacancies per position, so an over-filled post does not hide an empty one', async () => {
    const { db } = database();
    const dataset = buildDataset();
    const squeezed = {
      ...dataset,
      positions: dataset.positions.map((p) => (p.code === 'PERAWAT' ? { ...p, seats: 1 } : p)),
    };
    const { instansiId } = await seedDataset(db, squeezed);
    const pkm = (await listUnitTree(db, instansiId)).find((u) => u.code === 'DINKES.PKM1');
    // PERAWAT: 1 seat, 2 holders -> 0 vacancies; DOKTER: 2 seats, 0 holders -> 2.
    expect(pkm?.own).toEqual({ seats: 3, holders: 2, vacancies: 2 });
  });

  it('gets one unit and the ids of its subtree, only within the instansi', async () => {
    const { db } = database();
    const a = await seedDataset(db);
    const b = await seedDataset(db);
    const dinkes = a.unitId('DINKES');
    expect(await getUnit(db, a.instansiId, dinkes)).toMatchObject({
      id: dinkes,
      code: 'DINKES',
      instansiId: a.instansiId,
    });
    expect(await getUnit(db, b.instansiId, dinkes)).toBeNull();
    expect(await unitSubtreeIds(db, a.instansiId, dinkes)).toEqual(
      ['DINKES', 'DINKES.SEKRE', 'DINKES.SEKRE.UMUM', 'DINKES.PKM1'].map(a.unitId).sort((x, y) => x - y),
    );
    expect(await unitSubtreeIds(db, a.instansiId, a.unitId('DINKES.PKM1'))).toEqual([
      a.unitId('DINKES.PKM1'),
    ]);
    expect(await unitSubtreeIds(db, b.instansiId, dinkes)).toEqual([]);
  });
});
