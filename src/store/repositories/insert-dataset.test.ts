import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildEmployeeDraft, buildPositionDraft, d } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import type { EmployeeDraft } from '../../core/model/drafts.js';
import type { Employee } from '../../core/model/employee.js';
import { getEmployeeByNip } from './employee-record.js';
import { insertDataset } from './insert-dataset.js';
import { getInstansiByCode } from './instansi.js';
import { getPosition, listPositions } from './positions.js';
import { findUserByUsername } from './users.js';

/** The draft an employee record was written from (ids and derived values dropped). */
function asDraft(e: Employee, positionCodes: Map<number, string>): EmployeeDraft {
  return {
    nip: e.nip,
    name: e.name,
    frontTitle: e.frontTitle,
    backTitle: e.backTitle,
    gender: e.gender,
    birthDate: e.birthDate,
    birthPlace: e.birthPlace,
    employmentType: e.employmentType,
    status: e.status,
    tmtCpns: e.tmtCpns,
    rankHistory: e.rankHistory,
    education: e.education,
    positionHistory: e.positionHistory.map((a) => ({
      positionCode: positionCodes.get(a.positionId)!,
      startDate: a.startDate,
      endDate: a.endDate,
      skNumber: a.skNumber,
    })),
    competencyAssessments: e.competencyAssessments.map(({ id: _id, ...a }) => ({
      ...a,
      assessedOn: d(a.assessedOn),
      validUntil: a.validUntil === null ? null : d(a.validUntil),
    })),
    trainings: e.trainings.map(({ id: _id, ...t }) => t),
    disciplinaryCases: e.disciplinaryCases.map(({ id: _id, ...c }) => c),
    licences: e.licences.map(({ id: _id, ...l }) => l),
  };
}

describeEachDialect('insertDataset', (database) => {
  it('writes a whole data set and reads back the same records', async () => {
    const { db } = database();
    const dataset = buildDataset();
    const progress: [number, number][] = [];
    const { instansiId, rowCount } = await db.transaction().execute((trx) =>
      insertDataset(trx, dataset, {
        passwordHash: 'hash!',
        onProgress: (done, total) => progress.push([done, total]),
      }),
    );
    expect(progress.at(-1)).toEqual([rowCount, rowCount]);

    const instansi = await getInstansiByCode(db, dataset.instansi.code);
    expect(instansi).toEqual({ id: instansiId, ...dataset.instansi, timeZone: 'Asia/Jakarta', version: 1 });

    const { items, total } = await listPositions(db, instansiId, { page: 1, pageSize: 200 });
    expect(total).toBe(dataset.positions.length);
    const codes = new Map(items.map((p) => [p.id, p.code]));
    for (const draft of dataset.positions) {
      const listed = items.find((p) => p.code === draft.code)!;
      const detail = await getPosition(db, instansiId, listed.id);
      const { unitCode: _u, ...expected } = draft;
      expect(detail?.position).toEqual({
        ...expected,
        id: listed.id,
        instansiId,
        unitId: listed.unitId,
        version: 1,
      });
      expect(detail?.unitName).toBe(dataset.units.find((u) => u.code === draft.unitCode)?.name);
    }

    for (const draft of dataset.employees) {
      const employee = await getEmployeeByNip(db, instansiId, draft.nip);
      expect(employee && asDraft(employee, codes)).toEqual(draft);
    }

    const dokter = await getEmployeeByNip(db, instansiId, dataset.employees[0]!.nip);
    expect(dokter).toMatchObject({
      golongan: 42,
      golonganTmt: '2014-10-01',
      currentPositionName: 'Kepala Dinas Kesehatan',
      currentUnitName: 'Dinas Kesehatan',
      currentPositionSince: '2017-01-02',
      version: 1,
    });
    expect(dokter?.disciplinaryCases).toEqual([]);
    const ani = await getEmployeeByNip(db, instansiId, dataset.employees[2]!.nip);
    expect(ani?.disciplinaryCases[0]?.suspendedFromDuty).toBe(true);

    const kadinkes = await findUserByUsername(db, `${dataset.instansi.code}.kadinkes`);
    expect(kadinkes).toMatchObject({
      role: 'OPD_HEAD',
      passwordHash: 'hash!',
      active: true,
      employeeId: null,
    });
    expect(kadinkes?.unitIds).toHaveLength(1);
    const aniUser = await findUserByUsername(db, `${dataset.instansi.code}.ani`);
    expect(aniUser?.employeeId).toBe(ani?.id);
  });

  it('rejects an unknown reference, naming the field, and writes nothing', async () => {
    const { db } = database();
    const dataset = buildDataset();
    const broken = {
      ...dataset,
      positions: [...dataset.positions, buildPositionDraft({ unitCode: 'NOPE' })],
    };
    await expect(
      db.transaction().execute((trx) => insertDataset(trx, broken, { passwordHash: 'x' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { field: 'positions.7.unitCode', value: 'NOPE' },
    });
    expect(await getInstansiByCode(db, dataset.instansi.code)).toBeNull();

    const badAssignment = {
      ...dataset,
      employees: [
        buildEmployeeDraft({
          positionHistory: [
            { positionCode: 'GHOST', startDate: d('2020-01-01'), endDate: null, skNumber: null },
          ],
        }),
      ],
    };
    await expect(
      db.transaction().execute((trx) => insertDataset(trx, badAssignment, { passwordHash: 'x' })),
    ).rejects.toMatchObject({ details: { field: 'employees.0.positionHistory.0.positionCode' } });
  });

  it('rejects two current posts for one employee (unique index) and rolls everything back', async () => {
    const { db } = database();
    const dataset = buildDataset();
    const twice = {
      ...dataset,
      employees: [
        buildEmployeeDraft({
          positionHistory: [
            { positionCode: 'ANALIS', startDate: d('2020-01-01'), endDate: null, skNumber: null },
            { positionCode: 'KABID', startDate: d('2021-01-01'), endDate: null, skNumber: null },
          ],
        }),
      ],
    };
    const rowCounts = () =>
      Promise.all(
        (['instansi', 'units', 'positions', 'employees', 'position_assignments'] as const).map(
          async (table) =>
            Number(
              (
                await db
                  .selectFrom(table)
                  .select((eb) => eb.fn.countAll().as('n'))
                  .executeTakeFirstOrThrow()
              ).n,
            ),
        ),
      );
    const before = await rowCounts();
    await expect(
      db.transaction().execute((trx) => insertDataset(trx, twice, { passwordHash: 'x' })),
    ).rejects.toThrow();
    expect(await getInstansiByCode(db, dataset.instansi.code)).toBeNull();
    expect(await rowCounts()).toEqual(before);
  });
});
