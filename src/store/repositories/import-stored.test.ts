import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { d } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import {
  closePositionAssignment,
  correctEducationDetails,
  correctRankGolongan,
} from './employee-history-corrections.js';
import { loadExistingEmployees } from './import-employee-snapshot.js';
import { loadImportPositionsByCode } from './import-positions-stored.js';
import { loadImportUnitsByCode } from './import-units-stored.js';

const emptyInstansi = (code: string) => ({
  ...buildDataset({ instansi: { code } }),
  employees: [],
  users: [],
});

describeEachDialect('import stored units, positions and history corrections', (database) => {
  it('loads the units of one instansi by code, with kind, parent and version', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const other = await seedDataset(db, emptyInstansi('LAINU1'));
    const units = await loadImportUnitsByCode(db, seeded.instansiId);
    expect([...units.keys()].sort()).toEqual(seeded.dataset.units.map((u) => u.code).sort());
    expect(units.get('DINKES.SEKRE')).toEqual({
      id: seeded.unitId('DINKES.SEKRE'),
      code: 'DINKES.SEKRE',
      name: 'Sekretariat Dinas Kesehatan',
      shortName: seeded.dataset.units.find((u) => u.code === 'DINKES.SEKRE')!.shortName,
      kind: 'SEKRETARIAT',
      parentId: seeded.unitId('DINKES'),
      version: 1,
    });
    expect(units.get('DINKES')).toMatchObject({ shortName: 'Dinkes', parentId: null });
    expect(units.get('DINKES.SEKRE')?.id).not.toBe(other.unitId('DINKES.SEKRE'));
    expect((await loadImportUnitsByCode(db, other.instansiId)).get('DINKES')?.id).toBe(
      other.unitId('DINKES'),
    );
  });

  it('sees the units written so far when given the transaction', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const seen = await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('units')
        .values({
          instansi_id: seeded.instansiId,
          parent_id: seeded.unitId('BKPSDM'),
          code: 'BKPSDM.BARU',
          name: 'Bidang Baru',
          short_name: null,
          kind: 'BIDANG',
        })
        .execute();
      return loadImportUnitsByCode(trx, seeded.instansiId);
    });
    expect(seen.get('BKPSDM.BARU')).toMatchObject({ kind: 'BIDANG', parentId: seeded.unitId('BKPSDM') });
  });

  it('loads the positions of one instansi by code with the columns a file sets', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    await seedDataset(db, emptyInstansi('LAINU2'));
    const positions = await loadImportPositionsByCode(db, seeded.instansiId);
    expect([...positions.keys()].sort()).toEqual(seeded.dataset.positions.map((p) => p.code).sort());
    expect(positions.get('DOKTER')).toEqual({
      id: seeded.positionId('DOKTER'),
      code: 'DOKTER',
      version: 1,
      values: {
        name: 'Dokter Ahli Muda',
        unit_id: seeded.unitId('DINKES.PKM1'),
        kind: 'JF',
        eselon: null,
        jf_category: 'KEAHLIAN',
        jf_level: 'AHLI_MUDA',
        family: 'HEALTH_MEDICAL',
        kelas_jabatan: 11,
        min_golongan: 33,
        seats: 2,
        tugas_tambahan: 'Kepala Puskesmas',
        profession: null,
      },
    });
    expect(positions.get('KADIS')?.values).toMatchObject({ kind: 'JPT_PRATAMA', eselon: 'II.b', seats: 1 });
  });

  it('corrects one rank, one education row and closes one post, leaving the others', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const rudi = seeded.dataset.employees[0]!;
    const before = (await loadExistingEmployees(db, seeded.instansiId, [rudi.nip])).get(rudi.nip)!;
    const [rank] = before.ranks;
    const [education] = before.education;
    const open = before.posts.find((p) => p.endDate === null)!;
    await db.transaction().execute(async (trx) => {
      await correctRankGolongan(trx, rank!.id, 34);
      await correctEducationDetails(trx, education!.id, { field: 'HEALTH_PUBLIC', institution: 'USU' });
      await closePositionAssignment(trx, open.id, d('2026-01-31'));
    });
    const after = (await loadExistingEmployees(db, seeded.instansiId, [rudi.nip])).get(rudi.nip)!;
    expect(after.ranks.map((r) => r.golongan)).toEqual([34, ...before.ranks.slice(1).map((r) => r.golongan)]);
    expect(after.education[0]).toMatchObject({ field: 'HEALTH_PUBLIC', institution: 'USU' });
    expect(after.education[1]).toEqual(before.education[1]);
    expect(after.posts.find((p) => p.id === open.id)?.endDate).toBe('2026-01-31');
    expect(after.posts.filter((p) => p.id !== open.id)).toEqual(before.posts.filter((p) => p.id !== open.id));
  });

  it('writes nothing when the transaction rolls back', async () => {
    const { db } = database();
    const seeded = await seedDataset(db);
    const rudi = seeded.dataset.employees[0]!;
    const before = (await loadExistingEmployees(db, seeded.instansiId, [rudi.nip])).get(rudi.nip)!;
    await expect(
      db.transaction().execute(async (trx) => {
        await correctRankGolongan(trx, before.ranks[0]!.id, 34);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const after = (await loadExistingEmployees(db, seeded.instansiId, [rudi.nip])).get(rudi.nip)!;
    expect(after.ranks).toEqual(before.ranks);
  });
});
