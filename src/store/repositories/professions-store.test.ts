import { expect, it } from 'vitest';
import { describeEachDialect } from '../../../test/support/databases.js';
import { buildEducation, buildNip, d } from '../../../test/support/factories.js';
import { buildDataset } from '../../../test/support/sample-dataset.js';
import { seedDataset } from '../../../test/support/seed.js';
import type { InstansiDataset } from '../../core/model/drafts.js';
import type { Licence } from '../../core/model/profession.js';
import { deleteLicence, insertLicence } from './employee-licences.js';
import { getEmployeeById } from './employee-record.js';
import { insertEmployee } from './employee-writes.js';
import { loadEmployeeRecords } from './matching-people.js';
import { loadPositionsAndUnits } from './matching-posts.js';
import { insertPosition } from './organisation-writes.js';
import { getPosition, listPositions } from './positions.js';

const STR: Omit<Licence, 'id'> = {
  kind: 'STR',
  number: 'STR-1271-0001',
  profession: 'DOKTER',
  issuedOn: d('2015-04-01'),
  validUntil: null,
};
const SIP: Omit<Licence, 'id'> = {
  kind: 'SIP',
  number: '503/SIP-DU/0042/2022',
  profession: 'DOKTER',
  issuedOn: d('2022-01-10'),
  validUntil: d('2027-01-09'),
};

/** The sample data set with a regulated post (physician, with its degree) and a licensed doctor. */
function datasetWithProfessions(): InstansiDataset {
  const base = buildDataset();
  return {
    ...base,
    positions: base.positions.map((p) =>
      p.code === 'DOKTER'
        ? {
            ...p,
            profession: 'DOKTER',
            educationRequirements: [
              { minLevel: 'S1', fields: ['HEALTH_MEDICINE'], majors: ['PENDIDIKAN_DOKTER'] },
              { minLevel: 'S2', fields: ['HEALTH_MEDICINE'] },
            ],
          }
        : p,
    ),
    employees: base.employees.map((e, i) => (i === 0 ? { ...e, licences: [STR, SIP] } : e)),
  };
}

describeEachDialect('professions and licences', (database) => {
  it('round-trips a position profession and requirement majors through insertDataset', async () => {
    const { db } = database();
    const { instansiId, positionId } = await seedDataset(db, datasetWithProfessions());
    const detail = await getPosition(db, instansiId, positionId('DOKTER'));
    expect(detail?.position.profession).toBe('DOKTER');
    expect(detail?.position.educationRequirements).toEqual([
      { minLevel: 'S1', fields: ['HEALTH_MEDICINE'], majors: ['PENDIDIKAN_DOKTER'] },
      { minLevel: 'S2', fields: ['HEALTH_MEDICINE'] },
    ]);
    expect((await getPosition(db, instansiId, positionId('PERAWAT')))?.position.profession).toBeNull();

    const { items } = await listPositions(db, instansiId, { page: 1, pageSize: 50 });
    expect(items.filter((p) => p.profession !== null).map((p) => [p.code, p.profession])).toEqual([
      ['DOKTER', 'DOKTER'],
    ]);
    const { positions } = await loadPositionsAndUnits(db, instansiId);
    expect(positions.find((p) => p.code === 'DOKTER')).toEqual(detail?.position);
  });

  it('writes a single position with its profession and majors', async () => {
    const { db } = database();
    const { instansiId, unitId } = await seedDataset(db);
    const id = await db.transaction().execute((trx) =>
      insertPosition(trx, instansiId, {
        code: 'GURU-MTK',
        unitId: unitId('DINKES'),
        name: 'Guru Matematika Ahli Pertama',
        grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' },
        family: 'EDUCATION_TEACHING',
        kelasJabatan: 8,
        minGolongan: null,
        educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PENDIDIKAN_MATEMATIKA'] }],
        competencyStandard: [],
        isStrategic: false,
        seats: 2,
        tugasTambahan: null,
        profession: 'GURU',
      }),
    );
    const stored = await getPosition(db, instansiId, id);
    expect(stored?.position).toMatchObject({
      profession: 'GURU',
      educationRequirements: [{ minLevel: 'S1', fields: ['EDUCATION'], majors: ['PENDIDIKAN_MATEMATIKA'] }],
    });
  });

  it('round-trips licences through insertDataset, the record and the matching loader', async () => {
    const { db } = database();
    const { instansiId, employee } = await seedDataset(db, datasetWithProfessions());
    const rudi = await getEmployeeById(db, instansiId, employee(0));
    expect(rudi?.licences.map(({ id: _id, ...l }) => l)).toEqual([STR, SIP]);
    expect(rudi?.licences[0]?.id).toEqual(expect.any(Number));
    expect((await getEmployeeById(db, instansiId, employee(1)))?.licences).toEqual([]);

    const everyone = await loadEmployeeRecords(db, instansiId);
    expect(everyone.find((e) => e.id === employee(0))?.licences).toEqual(rudi?.licences);
    expect(everyone.filter((e) => e.licences.length > 0).map((e) => e.id)).toEqual([employee(0)]);
    const some = await loadEmployeeRecords(db, instansiId, [employee(0), employee(1)]);
    expect(some.map((e) => e.licences.length)).toEqual([2, 0]);
  });

  it('adds and removes a licence of one employee, only within that employee and instansi', async () => {
    const { db } = database();
    const { instansiId } = await seedDataset(db);
    const other = await seedDataset(db);
    const id = await db.transaction().execute((trx) =>
      insertEmployee(trx, instansiId, {
        nip: buildNip('1970-02-14', '1995-03-01', 'F'),
        name: 'Nurhayati Sitompul',
        gender: 'F',
        birthDate: d('1970-02-14'),
        employmentType: 'PNS',
        tmtCpns: d('1995-03-01'),
        positionStart: d('2020-01-01'),
        education: [buildEducation({ level: 'D3', field: 'HEALTH_NURSING', major: 'D-III Keperawatan' })],
      }),
    );
    expect((await getEmployeeById(db, instansiId, id))?.licences).toEqual([]);

    const added = await db
      .transaction()
      .execute((trx) =>
        insertLicence(trx, instansiId, id, { ...STR, profession: 'PERAWAT', number: 'STR-PR-9' }),
      );
    expect(added).toEqual({ id: added.id, ...STR, profession: 'PERAWAT', number: 'STR-PR-9' });
    expect((await getEmployeeById(db, instansiId, id))?.licences).toEqual([added]);

    // Another instansi's id pairing is refused by the composite key; nothing is removed elsewhere.
    await expect(
      db.transaction().execute((trx) => insertLicence(trx, other.instansiId, id, STR)),
    ).rejects.toThrow();
    expect(
      await db.transaction().execute((trx) => deleteLicence(trx, instansiId, other.employee(0), added.id)),
    ).toBeNull();
    expect(
      await db.transaction().execute((trx) => deleteLicence(trx, other.instansiId, id, added.id)),
    ).toBeNull();

    expect(await db.transaction().execute((trx) => deleteLicence(trx, instansiId, id, added.id))).toEqual(
      added,
    );
    expect((await getEmployeeById(db, instansiId, id))?.licences).toEqual([]);
  });

  it('refuses, in the schema, a licence ending before it was issued or with an unknown kind', async () => {
    const { db } = database();
    const { instansiId, employee } = await seedDataset(db);
    await expect(
      db
        .transaction()
        .execute((trx) =>
          insertLicence(trx, instansiId, employee(0), { ...SIP, validUntil: d('2021-12-31') }),
        ),
    ).rejects.toThrow(/check/i);
    await expect(
      db
        .transaction()
        .execute((trx) => insertLicence(trx, instansiId, employee(0), { ...SIP, kind: 'IJAZAH' as never })),
    ).rejects.toThrow(/check/i);
    expect((await getEmployeeById(db, instansiId, employee(0)))?.licences).toEqual([]);
  });
});
