import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { getEmployeeById, getEmployeeByNip } from './employee-record.js';
import { RUDI } from './employees.fixtures.js';

describeEachDialect('employees: one record', (database) => {
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
