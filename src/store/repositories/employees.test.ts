import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { refreshEmployeeCurrent } from './employee-current.js';
import { getEmployeeById, getEmployeeByNip } from './employee-record.js';
import { type EmployeeListQuery, employeeIdsInUnits, listEmployees } from './employees.js';

const RUDI = 'Rudi Hutagalung';
const SARI = 'Sari Panggabean';
const ANI = 'ani lubis';
const BONA = 'Bona Situmorang';
const TIGOR = 'Tigor Simanjuntak';
const MARIA = 'Maria Sihombing';
const YUSUF = 'Yusuf Nasution';
const HASUDUNGAN = 'Hasudungan Pasaribu';

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

  it('reads the whole record by id or NIP, only within the instansi', async () => {
    const { db } = database();
    const { instansiId, employee, dataset } = await seedDataset(db);
    const other = await seedDataset(db);
    const rudi = await getEmployeeById(db, instansiId, employee(0));
    expect(rudi).toMatchObject({ name: RUDI, birthPlace: 'Sibolga', tmtCpns: '1995-03-01' });
    expect(rudi?.positionHistory.map((a) => [a.positionName, a.unitName, a.startDate, a.endDate])).toEqual([
      ['Dokter Ahli Muda', 'Puskesmas Aek Parombunan', '1996-01-02', '2016-12-31'],
      ['Kepala Dinas Kesehatan', 'Dinas Kesehatan', '2017-01-02', null],
    ]);
    expect(rudi?.competencyAssessments[0]?.scores).toHaveLength(2);
    expect(await getEmployeeByNip(db, instansiId, dataset.employees[0]!.nip)).toEqual(rudi);
    expect(await getEmployeeById(db, other.instansiId, employee(0))).toBeNull();
    expect(await getEmployeeByNip(db, instansiId, '199901012020011999')).toBeNull();
  });

  it('lists the ids of employees posted in units and below them', async () => {
    const { db } = database();
    const { instansiId, unitId, employee } = await seedDataset(db);
    expect(await employeeIdsInUnits(db, instansiId, [unitId('DINKES.SEKRE')])).toEqual([employee(1)]);
    expect(await employeeIdsInUnits(db, instansiId, [unitId('BKPSDM')])).toEqual([employee(4), employee(5)]);
    expect(await employeeIdsInUnits(db, instansiId, [])).toEqual([]);
  });

  it('recomputes the current columns from the histories the same way the import did', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const before = await listEmployees(db, instansiId, { page: 1, pageSize: 50 });
    await db
      .updateTable('employees')
      .set({
        current_golongan: null,
        current_golongan_tmt: null,
        current_position_id: null,
        current_position_since: null,
        highest_education_level: 'SD',
        highest_education_field: 'GENERAL',
      })
      .where('instansi_id', '=', instansiId)
      .execute();
    const wiped = await db
      .selectFrom('employees')
      .select('highest_education_field')
      .where('instansi_id', '=', instansiId)
      .execute();
    expect(new Set(wiped.map((r) => r.highest_education_field))).toEqual(new Set(['GENERAL']));
    await db.transaction().execute((trx) => refreshEmployeeCurrent(trx, instansiId));
    expect(await listEmployees(db, instansiId, { page: 1, pageSize: 50 })).toEqual(before);
    expect(
      await listEmployees(db, instansiId, { page: 1, pageSize: 50, educationField: 'SOCIAL_GOVERNMENT' }),
    ).toMatchObject({
      total: 1,
    });
  });

  it('refreshes only the given employees', async () => {
    const { db } = database();
    const { instansiId, employee, positionId } = await seedDataset(db);
    await db
      .updateTable('position_assignments')
      .set({ end_date: '2024-12-31' })
      .where('employee_id', '=', employee(5))
      .execute();
    await db
      .insertInto('position_assignments')
      .values({
        instansi_id: instansiId,
        employee_id: employee(5),
        position_id: positionId('KASUBAG'),
        start_date: '2025-01-02',
      })
      .execute();
    await refreshEmployeeCurrent(db, instansiId, [employee(4)]);
    expect((await getEmployeeById(db, instansiId, employee(5)))?.currentPositionName).toBe(
      'Analis SDM Aparatur',
    );
    await refreshEmployeeCurrent(db, instansiId, [employee(5)]);
    expect(await getEmployeeById(db, instansiId, employee(5))).toMatchObject({
      currentPositionName: 'Kepala Subbagian Umum',
      currentPositionSince: '2025-01-02',
      version: 1,
    });
  });

  it('keeps NIPs unique within an instansi and allows the same NIP in another', async () => {
    const { db } = database();
    const first = await seedDataset(db);
    const nips = first.dataset.employees.map((e) => e.nip);
    const second = await seedDataset(db, buildDataset({ nips }));
    expect((await getEmployeeByNip(db, second.instansiId, nips[0]!))?.name).toBe(RUDI);
    const duplicate = db
      .insertInto('employees')
      .values({
        instansi_id: first.instansiId,
        nip: nips[0]!,
        name: 'Kembaran',
        gender: 'M',
        birth_date: '1970-02-14',
        employment_type: 'PNS',
        status: 'ACTIVE',
        front_title: null,
        back_title: null,
        birth_place: null,
        tmt_cpns: null,
      })
      .execute();
    await expect(duplicate).rejects.toThrow(/unique/i);
  });
});

function buildDatasetNip(items: readonly { name: string; nip: string }[], name: string): string {
  return items.find((e) => e.name === name)!.nip;
}
