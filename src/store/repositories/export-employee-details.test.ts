import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { loadCurrentGolongan } from './employee-golongan.js';
import { loadEmployeeExportDetails } from './export-employee-details.js';

describeEachDialect('employee export details', (database) => {
  it('gives codes, birth place and the whole education history of the asked employees', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const [rudi, sari] = seeded.dataset.employees;
    if (!rudi || !sari) throw new Error('the sample data set has fewer than two employees');
    const rudiId = seeded.employeeId(rudi.nip);
    const details = await loadEmployeeExportDetails(db, seeded.instansiId, [rudiId]);
    expect([...details.keys()]).toEqual([rudiId]);
    expect(details.get(rudiId)).toEqual({
      birthPlace: rudi.birthPlace,
      positionCode: 'KADIS',
      unitCode: 'DINKES',
      education: rudi.education.map((e) => ({
        level: e.level,
        field: e.field,
        major: e.major,
        institution: e.institution,
        graduationYear: e.graduationYear,
      })),
    });
  });

  it('leaves out ids of another instansi and answers an empty list without a query', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const id = seeded.employeeId(seeded.dataset.employees[0]!.nip);
    expect((await loadEmployeeExportDetails(db, seeded.instansiId + 1000, [id])).size).toBe(0);
    expect((await loadEmployeeExportDetails(db, seeded.instansiId, [])).size).toBe(0);
  });
});

describeEachDialect('current golongan of employees', (database) => {
  it('gives the current golongan of the asked employees of the instansi, and nothing for none', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const first = seeded.dataset.employees[0]!;
    const id = seeded.employeeId(first.nip);
    const expected = first.rankHistory.at(-1)?.golongan;
    expect(await loadCurrentGolongan(db, seeded.instansiId, [id])).toEqual(new Map([[id, expected]]));
    expect((await loadCurrentGolongan(db, seeded.instansiId + 1000, [id])).size).toBe(0);
    expect((await loadCurrentGolongan(db, seeded.instansiId, [])).size).toBe(0);
  });
});
