import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import { loadExistingEmployees } from './import-employee-snapshot.js';
import { listOrganisationRefs } from './import-organisation.js';
import { findImportReportJson, insertImportReport } from './import-reports.js';

describeEachDialect('import repositories', (database) => {
  it('loads only the stored employees among the NIPs, with their histories in date order', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const [rudi, sari] = seeded.dataset.employees;
    if (!rudi || !sari) throw new Error('the sample data set has fewer than two employees');
    const found = await loadExistingEmployees(db, seeded.instansiId, [rudi.nip, '199901012020011001']);
    expect([...found.keys()]).toEqual([rudi.nip]);
    const e = found.get(rudi.nip)!;
    expect(e).toMatchObject({
      id: seeded.employeeId(rudi.nip),
      version: 1,
      name: rudi.name,
      frontTitle: 'dr.',
      backTitle: 'M.Kes',
      employmentType: rudi.employmentType,
      status: rudi.status,
    });
    expect(e.ranks.map((r) => [r.golongan, r.tmt])).toEqual(rudi.rankHistory.map((r) => [r.golongan, r.tmt]));
    expect(e.posts.map((p) => [p.positionId, p.startDate, p.endDate])).toEqual([
      [seeded.positionId('DOKTER'), '1996-01-02', '2016-12-31'],
      [seeded.positionId('KADIS'), '2017-01-02', null],
    ]);
    expect(e.education.map((ed) => [ed.level, ed.field, ed.graduationYear])).toEqual(
      rudi.education.map((ed) => [ed.level, ed.field, ed.graduationYear]),
    );
    expect(e.ranks.every((r) => Number.isInteger(r.id))).toBe(true);
  });

  it('loads nobody for an instansi that holds none of the NIPs', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const other = await seedDataset(db, {
      ...buildDataset({ instansi: { code: 'LAIN1' } }),
      employees: [],
      users: [],
    });
    const nips = seeded.dataset.employees.map((e) => e.nip);
    expect((await loadExistingEmployees(db, other.instansiId, nips)).size).toBe(0);
    expect((await loadExistingEmployees(db, seeded.instansiId, nips)).size).toBe(nips.length);
  });

  it('lists the units and positions of one instansi with their unit', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    await seedDataset(db, { ...buildDataset({ instansi: { code: 'LAIN2' } }), employees: [], users: [] });
    const { units, positions } = await listOrganisationRefs(db, seeded.instansiId);
    expect(units.map((u) => u.code).sort()).toEqual(seeded.dataset.units.map((u) => u.code).sort());
    expect(positions).toHaveLength(seeded.dataset.positions.length);
    expect(positions.find((p) => p.code === 'DOKTER')).toEqual({
      id: seeded.positionId('DOKTER'),
      code: 'DOKTER',
      name: 'Dokter Ahli Muda',
      unitId: seeded.unitId('DINKES.PKM1'),
    });
  });

  it('stores a report and reads it back only within its instansi', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const other = await seedDataset(db, {
      ...buildDataset({ instansi: { code: 'LAIN3' } }),
      employees: [],
      users: [],
    });
    const json = JSON.stringify({ kind: 'employees', problems: [{ row: 4999 }] });
    const id = await insertImportReport(db, {
      instansiId: seeded.instansiId,
      kind: 'employees',
      fileName: 'pegawai.csv',
      sha256: 'a'.repeat(64),
      dryRun: true,
      ok: false,
      committed: false,
      reportJson: json,
      createdByUserId: null,
    });
    expect(id).toBeGreaterThan(0);
    expect(await findImportReportJson(db, seeded.instansiId, id)).toBe(json);
    expect(await findImportReportJson(db, other.instansiId, id)).toBeNull();
    expect(await findImportReportJson(db, seeded.instansiId, id + 1)).toBeNull();
  });
});
