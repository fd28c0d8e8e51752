import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { seedDataset } from '../../../test/support/seed.js';
import { getPosition, listPositions, type PositionListQuery } from './positions.js';

describeEachDialect('positions', (database) => {
  const codes = async (instansiId: number, query: Partial<PositionListQuery>) => {
    const { items, total } = await listPositions(database().db, instansiId, {
      page: 1,
      pageSize: 50,
      ...query,
    });
    expect(total).toBe(items.length);
    return items.map((p) => p.code);
  };

  it('lists with seats, holders and vacancies', async () => {
    const { db } = database();
    const { instansiId, unitId } = await seedDataset(db);
    const { items, total } = await listPositions(db, instansiId, { page: 1, pageSize: 50 });
    expect(total).toBe(7);
    expect(items.map((p) => [p.code, p.seats, p.holders, p.vacancies])).toEqual([
      ['ANALIS', 2, 1, 1],
      ['DOKTER', 2, 0, 2],
      ['KABID', 1, 1, 0],
      ['KADIS', 1, 1, 0],
      ['KASUBAG', 1, 0, 1],
      ['PERAWAT', 3, 2, 1],
      ['SEKDIS', 1, 1, 0],
    ]);
    expect(items.find((p) => p.code === 'DOKTER')).toMatchObject({
      unitId: unitId('DINKES.PKM1'),
      unitName: 'Puskesmas Aek Parombunan',
      grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' },
      tugasTambahan: 'Kepala Puskesmas',
      isStrategic: false,
      version: 1,
    });
  });

  it('filters by unit subtree, kind, vacancy and text', async () => {
    const { db } = database();
    const { instansiId, unitId } = await seedDataset(db);
    expect(await codes(instansiId, { unitIds: [unitId('DINKES')] })).toEqual([
      'DOKTER',
      'KADIS',
      'KASUBAG',
      'PERAWAT',
      'SEKDIS',
    ]);
    expect(await codes(instansiId, { unitIds: [unitId('DINKES.SEKRE')] })).toEqual(['KASUBAG', 'SEKDIS']);
    expect(await codes(instansiId, { kind: 'JF' })).toEqual(['DOKTER', 'PERAWAT']);
    expect(await codes(instansiId, { kind: ['ADMINISTRATOR', 'PENGAWAS'] })).toEqual([
      'KABID',
      'KASUBAG',
      'SEKDIS',
    ]);
    expect(await codes(instansiId, { vacant: true })).toEqual(['ANALIS', 'DOKTER', 'KASUBAG', 'PERAWAT']);
    expect(await codes(instansiId, { vacant: false })).toEqual(['KABID', 'KADIS', 'SEKDIS']);
    expect(await codes(instansiId, { q: 'kepala' })).toEqual(['KABID', 'KADIS', 'KASUBAG']);
    expect(await codes(instansiId, { q: 'sekdis' })).toEqual(['SEKDIS']);
    expect(await codes(instansiId, { q: '%' })).toEqual([]);
    expect(
      await codes(instansiId, { unitIds: [unitId('DINKES')], kind: 'JF', vacant: true, q: 'dokter' }),
    ).toEqual(['DOKTER']);
  });

  it('sorts by every key in both directions and pages with a stable total', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    expect(await codes(instansiId, { sort: 'name', order: 'desc' })).toEqual([
      'SEKDIS',
      'PERAWAT',
      'KASUBAG',
      'KADIS',
      'KABID',
      'DOKTER',
      'ANALIS',
    ]);
    expect(await codes(instansiId, { sort: 'kind' })).toEqual([
      'KADIS',
      'KABID',
      'SEKDIS',
      'KASUBAG',
      'ANALIS',
      'DOKTER',
      'PERAWAT',
    ]);
    expect((await codes(instansiId, { sort: 'unit' })).slice(0, 2)).toEqual(['ANALIS', 'KABID']);
    expect(await codes(instansiId, { sort: 'seats', order: 'desc' })).toEqual([
      'PERAWAT',
      'ANALIS',
      'DOKTER',
      'KABID',
      'KADIS',
      'KASUBAG',
      'SEKDIS',
    ]);
    expect((await codes(instansiId, { sort: 'vacancies', order: 'desc' })).slice(0, 2)).toEqual([
      'DOKTER',
      'ANALIS',
    ]);

    const page2 = await listPositions(db, instansiId, { page: 2, pageSize: 3 });
    expect(page2.total).toBe(7);
    expect(page2.items.map((p) => p.code)).toEqual(['KADIS', 'KASUBAG', 'PERAWAT']);
    const page3 = await listPositions(db, instansiId, { page: 3, pageSize: 3 });
    expect(page3.items.map((p) => p.code)).toEqual(['SEKDIS']);
    expect((await listPositions(db, instansiId, { page: 9, pageSize: 3 })).items).toEqual([]);
  });

  it('gets a position with its requirements and current holders, only within its instansi', async () => {
    const { db } = database();
    const { instansiId, positionId, employee } = await seedDataset(db);
    const other = await seedDataset(db);
    const perawat = await getPosition(db, instansiId, positionId('PERAWAT'));
    expect(perawat?.position).toMatchObject({
      code: 'PERAWAT',
      educationRequirements: [{ minLevel: 'D3', fields: ['HEALTH_NURSING'] }],
      competencyStandard: [
        { type: 'MANAGERIAL', code: 'M.01', name: 'Integritas', level: 2 },
        { type: 'SOCIO_CULTURAL', code: 'SK.01', name: 'Perekat Bangsa', level: 2 },
      ],
      minGolongan: 22,
      kelasJabatan: 6,
      seats: 3,
    });
    expect(perawat).toMatchObject({ unitName: 'Puskesmas Aek Parombunan', vacancies: 1 });
    expect(perawat?.holders.map((h) => h.id)).toEqual([employee(3), employee(2)]);
    expect(perawat?.holders[0]).toMatchObject({
      name: 'Bona Situmorang',
      currentPositionName: 'Perawat Terampil',
    });
    expect((await getPosition(db, instansiId, positionId('DOKTER')))?.holders).toEqual([]);
    expect(await getPosition(db, other.instansiId, positionId('PERAWAT'))).toBeNull();
  });
});
