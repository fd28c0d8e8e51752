import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { ANI, BONA, HASUDUNGAN, MARIA, RUDI, SARI, TIGOR, YUSUF } from './employees.fixtures.js';
import { type EmployeeListQuery, employeeIdsInUnits, listEmployees } from './employees.js';

// Listing employees; reading one record is in `employee-record.test.ts`, the current columns in
// `employee-current.test.ts`.
describeEachDialect('employees', (database) => {
  const names = async (instansiId: number, query: Partial<EmployeeListQuery>) => {
    const { items, total } = await listEmployees(database().db, instansiId, {
      page: 1,
      pageSize: 50,
      ...query,
    });
    expect(total).toBe(items.length);
    return items.map((e) => e.name);
  };

  it('lists summaries with the current rank, post and unit', async () => {
    const { db } = database();
    const { instansiId, positionId, unitId, employee } = await seedDataset(db);
    const { items, total } = await listEmployees(db, instansiId, { page: 1, pageSize: 50 });
    expect(total).toBe(8);
    // Byte order on both engines (SQLite BINARY, PostgreSQL test cluster in the C locale).
    expect(items.map((e) => e.name)).toEqual([BONA, HASUDUNGAN, MARIA, RUDI, SARI, TIGOR, YUSUF, ANI]);
    expect(items.find((e) => e.name === RUDI)).toEqual({
      id: employee(0),
      instansiId,
      nip: buildDatasetNip(items, RUDI),
      name: RUDI,
      frontTitle: 'dr.',
      backTitle: 'M.Kes',
      gender: 'M',
      birthDate: '1970-02-14',
      employmentType: 'PNS',
      status: 'ACTIVE',
      golongan: 42,
      golonganTmt: '2014-10-01',
      currentPositionId: positionId('KADIS'),
      currentPositionName: 'Kepala Dinas Kesehatan',
      currentUnitId: unitId('DINKES'),
      currentUnitName: 'Dinas Kesehatan',
      currentPositionSince: '2017-01-02',
      version: 1,
    });
    expect(items.find((e) => e.name === YUSUF)).toMatchObject({
      golongan: null,
      currentPositionId: null,
      currentUnitName: null,
      currentPositionSince: null,
    });
  });

  it('filters by units (subtrees), golongan, position kind, education field, type, status and text', async () => {
    const { db } = database();
    const { instansiId, unitId, dataset } = await seedDataset(db);
    const other = await seedDataset(db);
    expect(await names(instansiId, { unitIds: [unitId('DINKES')] })).toEqual([BONA, RUDI, SARI, ANI]);
    expect(await names(instansiId, { unitIds: [unitId('DINKES.PKM1'), unitId('BKPSDM')] })).toEqual([
      BONA,
      MARIA,
      TIGOR,
      ANI,
    ]);
    expect(await names(instansiId, { unitIds: [other.unitId('DINKES')] })).toEqual([]);
    expect(await names(instansiId, { golongan: 34 })).toEqual([HASUDUNGAN, TIGOR]);
    expect(await names(instansiId, { golongan: [41, 42] })).toEqual([RUDI, SARI]);
    expect(await names(instansiId, { positionKind: 'JF' })).toEqual([BONA, ANI]);
    expect(await names(instansiId, { positionKind: ['ADMINISTRATOR', 'JPT_PRATAMA'] })).toEqual([
      RUDI,
      SARI,
      TIGOR,
    ]);
    expect(await names(instansiId, { educationField: 'HEALTH_NURSING' })).toEqual([BONA, ANI]);
    // Highest education: D4 ranks with S1, the later graduation wins.
    expect(await names(instansiId, { educationField: ['SOCIAL_GOVERNMENT', 'LAW'] })).toEqual([TIGOR]);
    expect(await names(instansiId, { employmentType: 'PPPK' })).toEqual([YUSUF]);
    expect(await names(instansiId, { status: 'RETIRED' })).toEqual([HASUDUNGAN]);
    expect(await names(instansiId, { status: ['ACTIVE', 'LEAVE'] })).toHaveLength(7);
    expect(await names(instansiId, { q: 'LUBIS' })).toEqual([ANI]);
    expect(await names(instansiId, { q: ' si ' })).toEqual([BONA, MARIA, TIGOR]);
    expect(await names(instansiId, { q: 'a%' })).toEqual([]);
    const rudiNip = dataset.employees[0]!.nip;
    expect(await names(instansiId, { q: `${rudiNip.slice(0, 8)} ${rudiNip.slice(8, 12)}` })).toEqual([RUDI]);
    expect(await names(instansiId, { q: rudiNip.slice(2, 10) })).toEqual([]);
    expect(
      await names(instansiId, {
        unitIds: [unitId('DINKES')],
        positionKind: 'JF',
        golongan: [23, 24],
        q: 'bona',
      }),
    ).toEqual([BONA]);
  });

  it('sorts by every key in both directions, empty values last', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    expect(await names(instansiId, { order: 'desc' })).toEqual([
      ANI,
      YUSUF,
      TIGOR,
      SARI,
      RUDI,
      MARIA,
      HASUDUNGAN,
      BONA,
    ]);
    expect(await names(instansiId, { sort: 'nip' })).toEqual([
      HASUDUNGAN,
      TIGOR,
      RUDI,
      SARI,
      ANI,
      BONA,
      MARIA,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'nip', order: 'desc' })).toEqual([
      YUSUF,
      MARIA,
      BONA,
      ANI,
      SARI,
      RUDI,
      TIGOR,
      HASUDUNGAN,
    ]);
    expect(await names(instansiId, { sort: 'golongan', order: 'desc' })).toEqual([
      RUDI,
      SARI,
      HASUDUNGAN,
      TIGOR,
      MARIA,
      BONA,
      ANI,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'golongan' })).toEqual([
      ANI,
      BONA,
      MARIA,
      HASUDUNGAN,
      TIGOR,
      SARI,
      RUDI,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'unit' })).toEqual([
      MARIA,
      TIGOR,
      RUDI,
      BONA,
      ANI,
      SARI,
      HASUDUNGAN,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'unit', order: 'desc' })).toEqual([
      SARI,
      BONA,
      ANI,
      RUDI,
      MARIA,
      TIGOR,
      HASUDUNGAN,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'position' })).toEqual([
      MARIA,
      TIGOR,
      RUDI,
      BONA,
      ANI,
      SARI,
      HASUDUNGAN,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'tenure' })).toEqual([
      ANI,
      TIGOR,
      RUDI,
      SARI,
      MARIA,
      BONA,
      HASUDUNGAN,
      YUSUF,
    ]);
    expect(await names(instansiId, { sort: 'tenure', order: 'desc' })).toEqual([
      BONA,
      MARIA,
      SARI,
      RUDI,
      TIGOR,
      ANI,
      HASUDUNGAN,
      YUSUF,
    ]);
  });

  it('pages with the total of all pages and clamps the page size to 200', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const page = (p: number, pageSize = 3) =>
      listEmployees(db, instansiId, { page: p, pageSize, sort: 'tenure' });
    expect(await page(1)).toMatchObject({
      total: 8,
      items: [{ name: ANI }, { name: TIGOR }, { name: RUDI }],
    });
    expect((await page(3)).items.map((e) => e.name)).toEqual([HASUDUNGAN, YUSUF]);
    expect(await page(4)).toEqual({ total: 8, items: [] });
    const filtered = await listEmployees(db, instansiId, { page: 2, pageSize: 1, golongan: 34 });
    expect(filtered).toMatchObject({ total: 2, items: [{ name: TIGOR }] });

    const many = buildDataset();
    const { instansiId: big } = await seedDataset(db, {
      ...many,
      employees: Array.from({ length: 205 }, (_, i) => ({
        ...many.employees[6]!,
        nip: `${many.employees[6]!.nip.slice(0, 15)}${String(i + 1).padStart(3, '0')}` as never,
      })),
      users: [],
    });
    const clamped = await listEmployees(db, big, { page: 1, pageSize: 10_000 });
    expect(clamped.total).toBe(205);
    expect(clamped.items).toHaveLength(200);
  });

  it('lists the ids of employees posted in units and below them', async () => {
    const { db } = database();
    const { instansiId, unitId, employee } = await seedDataset(db);
    expect(await employeeIdsInUnits(db, instansiId, [unitId('DINKES.SEKRE')])).toEqual([employee(1)]);
    expect(await employeeIdsInUnits(db, instansiId, [unitId('BKPSDM')])).toEqual([employee(4), employee(5)]);
    expect(await employeeIdsInUnits(db, instansiId, [])).toEqual([]);
  });
});

function buildDatasetNip(items: readonly { name: string; nip: string }[], name: string): string {
  return items.find((e) => e.name === name)!.nip;
}
