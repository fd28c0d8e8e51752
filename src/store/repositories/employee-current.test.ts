import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { refreshEmployeeCurrent } from './employee-current.js';
import { getEmployeeById } from './employee-record.js';
import { listEmployees } from './employees.js';

describeEachDialect('employees: current columns', (database) => {
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
});
