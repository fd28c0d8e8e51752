import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { d } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { workforceStats } from './workforce-stats.js';

describeEachDialect('workforceStats', (database) => {
  it('counts the workforce at a date', async () => {
    const { db } = database();
    const dataset = buildDataset();
    // Rudi (JPT pratama, BUP 60) and Sari (administrator, BUP 58) reach retirement in 2027;
    // Tigor (administrator, 58) passed it in 2025, so he is not "reaching" it.
    const birth: Record<string, string> = {
      'Rudi Hutagalung': '1967-06-10',
      'Sari Panggabean': '1968-12-05',
    };
    const { instansiId, unitId } = await seedDataset(db, {
      ...dataset,
      employees: dataset.employees.map((e) => (birth[e.name] ? { ...e, birthDate: d(birth[e.name]!) } : e)),
    });
    const stats = await workforceStats(db, instansiId, { asOf: d('2026-11-28'), retirementWithinMonths: 12 });
    expect(stats).toEqual({
      totalEmployees: 7,
      byUnit: [
        { unitId: unitId('DINKES'), code: 'DINKES', name: 'Dinas Kesehatan', count: 4 },
        {
          unitId: unitId('BKPSDM'),
          code: 'BKPSDM',
          name: 'Badan Kepegawaian dan Pengembangan SDM',
          count: 2,
        },
        { unitId: null, code: null, name: null, count: 1 },
      ],
      byGolongan: [
        { golongan: 23, count: 1 },
        { golongan: 24, count: 1 },
        { golongan: 31, count: 1 },
        { golongan: 34, count: 1 },
        { golongan: 41, count: 1 },
        { golongan: 42, count: 1 },
        { golongan: null, count: 1 },
      ],
      byEducationField: [
        { field: 'HEALTH_NURSING', count: 2 },
        { field: 'GENERAL', count: 1 },
        { field: 'HEALTH_PUBLIC', count: 1 },
        { field: 'MANAGEMENT', count: 1 },
        { field: 'PSYCHOLOGY', count: 1 },
        { field: 'SOCIAL_GOVERNMENT', count: 1 },
      ],
      byPositionKind: [
        { kind: 'ADMINISTRATOR', count: 2 },
        { kind: 'JF', count: 2 },
        { kind: 'JPT_PRATAMA', count: 1 },
        { kind: 'PELAKSANA', count: 1 },
        { kind: null, count: 1 },
      ],
      seats: 11,
      holders: 6,
      vacancies: 5,
      fiveYearsInPost: 6,
      nearRetirement: 2,
    });
  });

  it('narrows to units and their subtrees', async () => {
    const { db } = database();
    const { instansiId, unitId } = await seedDataset(db);
    const asOf = d('2026-11-28');
    const dinkes = await workforceStats(db, instansiId, {
      asOf,
      retirementWithinMonths: 12,
      unitIds: [unitId('DINKES')],
    });
    expect(dinkes).toMatchObject({
      totalEmployees: 4,
      byUnit: [{ code: 'DINKES', count: 4 }],
      seats: 8,
      holders: 4,
      vacancies: 4,
      fiveYearsInPost: 4,
    });
    const pkm = await workforceStats(db, instansiId, {
      asOf,
      retirementWithinMonths: 12,
      unitIds: [unitId('DINKES.PKM1')],
    });
    expect(pkm).toMatchObject({
      totalEmployees: 2,
      byPositionKind: [{ kind: 'JF', count: 2 }],
      seats: 5,
      vacancies: 3,
    });
    const none = await workforceStats(db, instansiId, { asOf, retirementWithinMonths: 12, unitIds: [-5] });
    expect(none).toMatchObject({ totalEmployees: 0, byUnit: [], seats: 0 });
  });

  it('takes the date and the retirement window as parameters', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    // At 2020-01-01 five years in post means since 2015-01-01: ani (2012) only; Tigor came 2015-01-05.
    expect(
      (await workforceStats(db, instansiId, { asOf: d('2020-01-01'), retirementWithinMonths: 12 }))
        .fiveYearsInPost,
    ).toBe(1);
    // Tigor, born 1966-12-10 with BUP 58, retires on 2025-01-01: inside a window from 2024-06-01.
    const window = await workforceStats(db, instansiId, { asOf: d('2024-06-01'), retirementWithinMonths: 7 });
    expect(window.nearRetirement).toBe(1);
    const shorter = await workforceStats(db, instansiId, {
      asOf: d('2024-06-01'),
      retirementWithinMonths: 6,
    });
    expect(shorter.nearRetirement).toBe(0);
  });
});
