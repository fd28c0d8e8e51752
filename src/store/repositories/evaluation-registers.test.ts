import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { d } from '../../../test/support/factories.js';
import { seedDataset } from '../../../test/support/seed.js';
import { periodSpan } from '../../core/appraisal/period.js';
import {
  deleteInnovation,
  getInnovation,
  insertInnovation,
  listInnovations,
  updateInnovation,
} from './evaluation-innovations.js';
import { employeeIdsOfUnits, employeesById, employeesByNip } from './evaluation-people.js';
import { insertPeriod } from './evaluation-periods.js';
import {
  deleteParticipation,
  getProgramByCode,
  insertParticipation,
  insertProgram,
  listParticipations,
  listPrograms,
  updateParticipation,
} from './evaluation-programs.js';
import { setUnitGrades, unitGrades } from './evaluation-unit-grades.js';
import { unitRoots } from './talent-units.js';

const evidence = { kind: 'DOCUMENT' as const, reference: 'SK 188.4/1/2024' };

describeEachDialect('evaluation registers', (t) => {
  it('keeps innovations with their team, versioned', async () => {
    const { db } = t();
    const s = await seedDataset(db);
    const input = {
      unitId: s.unitId('DINKES.PKM1'),
      title: 'Aplikasi antrean daring Puskesmas Aek Parombunan',
      description: 'Pendaftaran pasien dari ponsel',
      status: 'IMPLEMENTED' as const,
      proposedOn: d('2024-01-10'),
      implementedOn: d('2024-07-01'),
      replicatedOn: null,
      awardedOn: null,
      evidence,
      members: [
        { employeeId: s.employee(2), role: 'LEAD' as const },
        { employeeId: s.employee(3), role: 'MEMBER' as const },
      ],
    };
    const id = await db.transaction().execute((trx) => insertInnovation(trx, s.instansiId, input));
    const stored = await getInnovation(db, s.instansiId, id);
    expect(stored).toMatchObject({ unitName: 'Puskesmas Aek Parombunan', status: 'IMPLEMENTED', version: 1 });
    expect(stored!.members.map((m) => [m.name, m.role])).toEqual([
      ['ani lubis', 'LEAD'],
      ['Bona Situmorang', 'MEMBER'],
    ]);
    await db.transaction().execute((trx) =>
      updateInnovation(trx, s.instansiId, id, 1, {
        ...input,
        status: 'AWARDED',
        awardedOn: d('2025-08-17'),
        members: [{ employeeId: s.employee(2), role: 'LEAD' }],
      }),
    );
    expect((await getInnovation(db, s.instansiId, id))!).toMatchObject({
      status: 'AWARDED',
      version: 2,
      members: [{ role: 'LEAD' }],
    });
    await expect(
      db.transaction().execute((trx) => updateInnovation(trx, s.instansiId, id, 1, input)),
    ).rejects.toMatchObject({
      code: 'VERSION_CONFLICT',
    });
    expect(await listInnovations(db, s.instansiId, { unitIds: [s.unitId('BKPSDM')] })).toEqual([]);
    expect(await listInnovations(db, s.instansiId, { q: 'antrean' })).toHaveLength(1);
    await db.transaction().execute((trx) => deleteInnovation(trx, s.instansiId, id));
    expect(await getInnovation(db, s.instansiId, id)).toBeNull();
  });

  it('keeps programmes and participations', async () => {
    const { db } = t();
    const s = await seedDataset(db);
    const programId = await insertProgram(db, s.instansiId, {
      code: 'STUNTING',
      name: 'Percepatan Penurunan Stunting',
      description: 'Konvergensi layanan gizi',
      leadUnitId: s.unitId('DINKES'),
      startDate: d('2023-01-01'),
      endDate: null,
    });
    const part = {
      employeeId: s.employee(2),
      role: 'MEMBER' as const,
      startDate: d('2024-02-01'),
      endDate: d('2024-09-30'),
      hours: 36.5,
      outcome: 'ACHIEVED' as const,
      evidence,
    };
    const pid = await db
      .transaction()
      .execute((trx) => insertParticipation(trx, s.instansiId, programId, part));
    expect(await getProgramByCode(db, s.instansiId, 'STUNTING')).toMatchObject({
      leadUnitName: 'Dinas Kesehatan',
      participantCount: 1,
    });
    expect((await listPrograms(db, s.instansiId)).map((p) => p.code)).toEqual(['STUNTING']);
    await db.transaction().execute((trx) => updateParticipation(trx, pid, 1, { ...part, hours: 40 }));
    expect(await listParticipations(db, s.instansiId, programId)).toEqual([
      expect.objectContaining({ name: 'ani lubis', hours: 40, version: 2, evidence }),
    ]);
    expect(await listParticipations(db, s.instansiId, programId, [s.employee(0)])).toEqual([]);
    await db.transaction().execute((trx) => deleteParticipation(trx, s.instansiId, pid));
    expect(await listParticipations(db, s.instansiId, programId)).toEqual([]);
  });

  it('finds people, OPD roots and organisation grades', async () => {
    const { db } = t();
    const s = await seedDataset(db);
    const nip = s.dataset.employees[2]!.nip;
    const byNip = await employeesByNip(db, s.instansiId, [nip, '199999999999999999']);
    expect([...byNip.keys()]).toEqual([nip]);
    expect(byNip.get(nip)).toMatchObject({ name: 'ani lubis', unitId: s.unitId('DINKES.PKM1') });
    expect((await employeesById(db, s.instansiId, [s.employee(2)])).get(s.employee(2))?.nip).toBe(nip);
    const nurses = await employeeIdsOfUnits(db, s.instansiId, [s.unitId('DINKES.PKM1')]);
    expect(nurses.sort((a, b) => a - b)).toEqual([s.employee(2), s.employee(3)].sort((a, b) => a - b));
    const roots = await unitRoots(db, s.instansiId);
    expect(roots.get(s.unitId('DINKES.SEKRE.UMUM'))).toMatchObject({
      code: 'DINKES',
      name: 'Dinas Kesehatan',
    });
    const r = periodSpan('TAHUNAN', 2025, 1);
    if (!r.ok) throw new Error('bad');
    const period = await insertPeriod(db, s.instansiId, r.value);
    await db
      .transaction()
      .execute((trx) =>
        setUnitGrades(trx, s.instansiId, period.id, [{ unitId: s.unitId('DINKES'), grade: 'ISTIMEWA' }]),
      );
    await db
      .transaction()
      .execute((trx) =>
        setUnitGrades(trx, s.instansiId, period.id, [{ unitId: s.unitId('DINKES'), grade: 'BAIK' }]),
      );
    expect([...(await unitGrades(db, s.instansiId, period.id))]).toEqual([[s.unitId('DINKES'), 'BAIK']]);
  });
});
