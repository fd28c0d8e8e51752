import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { unitCodesById, unitNamesById } from './export-unit-labels.js';

describeEachDialect('export unit labels', (database) => {
  it('gives the codes and names of the asked units of the instansi only', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const other = await seedDataset(db, {
      ...buildDataset({ instansi: { code: 'LAINE1' } }),
      employees: [],
      users: [],
    });
    const ids = [seeded.unitId('DINKES'), seeded.unitId('BKPSDM.MUTASI'), other.unitId('BKPSDM')];
    expect(await unitCodesById(db, seeded.instansiId, ids)).toEqual(
      new Map([
        [seeded.unitId('DINKES'), 'DINKES'],
        [seeded.unitId('BKPSDM.MUTASI'), 'BKPSDM.MUTASI'],
      ]),
    );
    expect(await unitNamesById(db, seeded.instansiId, ids)).toEqual(
      new Map([
        [seeded.unitId('DINKES'), 'Dinas Kesehatan'],
        [seeded.unitId('BKPSDM.MUTASI'), 'Bidang Mutasi'],
      ]),
    );
  });

  it('gives an empty map for no ids', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    expect((await unitCodesById(db, seeded.instansiId, [])).size).toBe(0);
    expect((await unitNamesById(db, seeded.instansiId, [])).size).toBe(0);
  });
});
