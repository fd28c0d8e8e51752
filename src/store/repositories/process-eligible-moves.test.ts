import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildEmployeeDraft, buildNip, d } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import {
  countInstansiEmployees,
  listShortTenurePnsIds,
  listTenuredPnsIds,
} from './process-eligible-moves.js';

/** Four people: PNS in post since 2015 and since mid-2024, a PPPK in post since 2010, a PNS without a post. */
function tenureDataset(code: string) {
  const post = (positionCode: string, startDate: string) => [
    { positionCode, startDate: d(startDate), endDate: null, skNumber: null },
  ];
  return {
    ...buildDataset({ instansi: { code } }),
    users: [],
    employees: [
      buildEmployeeDraft({ positionHistory: post('ANALIS', '2015-01-05') }),
      buildEmployeeDraft({ positionHistory: post('PERAWAT', '2024-06-03') }),
      buildEmployeeDraft({
        nip: buildNip('1990-01-01', '2010-01-01', 'F'),
        employmentType: 'PPPK',
        tmtCpns: null,
        rankHistory: [],
        positionHistory: post('ANALIS', '2010-01-04'),
      }),
      buildEmployeeDraft({ positionHistory: [] }),
    ],
  };
}

describeEachDialect('process eligible-move candidates', (database) => {
  it('lists the PNS in post since the date or earlier, in id order, of the instansi only', async () => {
    const { db } = database();
    const seeded = await seedDataset(db, tenureDataset('TENURE1'));
    await seedDataset(db, tenureDataset('TENURE2'));
    const [longAgo, recent] = [seeded.employee(0), seeded.employee(1)];
    const none = { limit: 60, exclude: [] };
    expect(await listTenuredPnsIds(db, seeded.instansiId, d('2023-01-01'), none)).toEqual([longAgo]);
    expect(await listTenuredPnsIds(db, seeded.instansiId, d('2024-06-03'), none)).toEqual(
      [longAgo, recent].sort((a, b) => a - b),
    );
    expect(await listTenuredPnsIds(db, seeded.instansiId, d('2014-12-31'), none)).toEqual([]);
  });

  it('lists the PNS in post since after the date (short tenure), never a PPPK or a person without a post', async () => {
    const { db } = database();
    const seeded = await seedDataset(db, tenureDataset('TENURE6'));
    const [longAgo, recent] = [seeded.employee(0), seeded.employee(1)];
    const none = { limit: 60, exclude: [] };
    expect(await listShortTenurePnsIds(db, seeded.instansiId, d('2023-01-01'), none)).toEqual([recent]);
    // In post since 2024-06-03: on that date the 2 years are not short any more.
    expect(await listShortTenurePnsIds(db, seeded.instansiId, d('2024-06-03'), none)).toEqual([]);
    expect(
      (await listShortTenurePnsIds(db, seeded.instansiId, d('2014-12-31'), none)).sort((a, b) => a - b),
    ).toEqual([longAgo, recent].sort((a, b) => a - b));
    expect(
      await listShortTenurePnsIds(db, seeded.instansiId, d('2014-12-31'), { limit: 60, exclude: [recent] }),
    ).toEqual([longAgo]);
  });

  it('leaves out the excluded ids and stops at the limit', async () => {
    const { db } = database();
    const seeded = await seedDataset(db, tenureDataset('TENURE3'));
    const both = [seeded.employee(0), seeded.employee(1)].sort((a, b) => a - b);
    const since = d('2025-01-01');
    expect(await listTenuredPnsIds(db, seeded.instansiId, since, { limit: 1, exclude: [] })).toEqual([
      both[0],
    ]);
    expect(await listTenuredPnsIds(db, seeded.instansiId, since, { limit: 60, exclude: [both[0]!] })).toEqual(
      [both[1]],
    );
  });

  it('counts every employee of the instansi as a number', async () => {
    const { db } = database();
    const seeded = await seedDataset(db, tenureDataset('TENURE4'));
    const empty = await seedDataset(db, {
      ...buildDataset({ instansi: { code: 'TENURE5' } }),
      employees: [],
      users: [],
    });
    expect(await countInstansiEmployees(db, seeded.instansiId)).toBe(4);
    expect(await countInstansiEmployees(db, empty.instansiId)).toBe(0);
  });
});
