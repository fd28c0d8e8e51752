import type {
  EmployeeDraft,
  InstansiDataset,
  InstansiDraft,
  PositionDraft,
  UnitDraft,
  UserDraft,
} from '../../src/core/model/drafts.js';
import type { Nip } from '../../src/core/model/nip.js';
import {
  buildEducation,
  buildEmployeeDraft,
  buildInstansiDraft,
  buildNip,
  buildPositionDraft,
  buildUnitDraft,
  buildUserDraft,
  d,
} from './factories.js';

/**
 * A small instansi by hand: two OPD trees, seven positions of every grade, eight employees with
 * full histories, three users. Unit/position codes repeat across instansi; NIPs are fresh unless
 * `nips` is passed, usernames are prefixed with the instansi code.
 */
export function buildDataset(
  options: { instansi?: Partial<InstansiDraft>; nips?: readonly Nip[] } = {},
): InstansiDataset {
  const instansi = buildInstansiDraft(options.instansi);
  const units: UnitDraft[] = [
    buildUnitDraft({ code: 'DINKES', name: 'Dinas Kesehatan', shortName: 'Dinkes' }),
    buildUnitDraft({
      code: 'DINKES.SEKRE',
      parentCode: 'DINKES',
      name: 'Sekretariat Dinas Kesehatan',
      kind: 'SEKRETARIAT',
    }),
    buildUnitDraft({
      code: 'DINKES.SEKRE.UMUM',
      parentCode: 'DINKES.SEKRE',
      name: 'Subbagian Umum',
      kind: 'BAGIAN',
    }),
    buildUnitDraft({
      code: 'DINKES.PKM1',
      parentCode: 'DINKES',
      name: 'Puskesmas Aek Parombunan',
      kind: 'PUSKESMAS',
    }),
    buildUnitDraft({ code: 'BKPSDM', name: 'Badan Kepegawaian dan Pengembangan SDM', shortName: 'BKPSDM' }),
    buildUnitDraft({ code: 'BKPSDM.MUTASI', parentCode: 'BKPSDM', name: 'Bidang Mutasi', kind: 'BIDANG' }),
  ];
  const positions: PositionDraft[] = [
    buildPositionDraft({
      code: 'KADIS',
      unitCode: 'DINKES',
      name: 'Kepala Dinas Kesehatan',
      grade: { kind: 'JPT_PRATAMA', eselon: 'II.b' },
      family: 'LEADERSHIP',
      kelasJabatan: 14,
      minGolongan: 42,
      educationRequirements: [{ minLevel: 'S2', fields: ['HEALTH_MEDICINE', 'HEALTH_PUBLIC'] }],
      isStrategic: true,
    }),
    buildPositionDraft({
      code: 'SEKDIS',
      unitCode: 'DINKES.SEKRE',
      name: 'Sekretaris Dinas Kesehatan',
      grade: { kind: 'ADMINISTRATOR', eselon: 'III.a' },
      family: 'LEADERSHIP',
      kelasJabatan: 12,
      minGolongan: 41,
    }),
    buildPositionDraft({
      code: 'KASUBAG',
      unitCode: 'DINKES.SEKRE.UMUM',
      name: 'Kepala Subbagian Umum',
      grade: { kind: 'PENGAWAS', eselon: 'IV.a' },
      kelasJabatan: 9,
      minGolongan: 33,
    }),
    buildPositionDraft({
      code: 'PERAWAT',
      unitCode: 'DINKES.PKM1',
      name: 'Perawat Terampil',
      grade: { kind: 'JF', jfCategory: 'KETERAMPILAN', jfLevel: 'TERAMPIL' },
      family: 'HEALTH_NURSING',
      kelasJabatan: 6,
      minGolongan: 22,
      educationRequirements: [{ minLevel: 'D3', fields: ['HEALTH_NURSING'] }],
      seats: 3,
      tugasTambahan: null,
    }),
    buildPositionDraft({
      code: 'DOKTER',
      unitCode: 'DINKES.PKM1',
      name: 'Dokter Ahli Muda',
      grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' },
      family: 'HEALTH_MEDICAL',
      kelasJabatan: 11,
      minGolongan: 33,
      educationRequirements: [{ minLevel: 'S1', fields: ['HEALTH_MEDICINE'] }],
      seats: 2,
      tugasTambahan: 'Kepala Puskesmas',
    }),
    buildPositionDraft({
      code: 'ANALIS',
      unitCode: 'BKPSDM.MUTASI',
      name: 'Analis SDM Aparatur',
      seats: 2,
      family: 'HR',
    }),
    buildPositionDraft({
      code: 'KABID',
      unitCode: 'BKPSDM.MUTASI',
      name: 'Kepala Bidang Mutasi',
      grade: { kind: 'ADMINISTRATOR', eselon: 'III.b' },
      family: 'HR',
      minGolongan: 34,
      educationRequirements: [],
      competencyStandard: [],
    }),
  ];
  const nip = (i: number, birth: string, tmt: string, g: 'M' | 'F') =>
    options.nips?.[i] ?? buildNip(birth, tmt, g);
  const employees: EmployeeDraft[] = [
    buildEmployeeDraft({
      nip: nip(0, '1970-02-14', '1995-03-01', 'M'),
      name: 'Rudi Hutagalung',
      frontTitle: 'dr.',
      backTitle: 'M.Kes',
      birthDate: d('1970-02-14'),
      tmtCpns: d('1995-03-01'),
      rankHistory: [
        { golongan: 33, tmt: d('1995-03-01'), skNumber: 'SK-1' },
        { golongan: 41, tmt: d('2008-04-01'), skNumber: 'SK-2' },
        { golongan: 42, tmt: d('2014-10-01'), skNumber: 'SK-3' },
      ],
      education: [
        buildEducation({
          level: 'S1',
          field: 'HEALTH_MEDICINE',
          major: 'Pendidikan Dokter',
          graduationYear: 1994,
        }),
        buildEducation({
          level: 'S2',
          field: 'HEALTH_PUBLIC',
          major: 'S2 Kesehatan Masyarakat',
          graduationYear: 2005,
        }),
      ],
      positionHistory: [
        { positionCode: 'DOKTER', startDate: d('1996-01-02'), endDate: d('2016-12-31'), skNumber: 'SK-P1' },
        { positionCode: 'KADIS', startDate: d('2017-01-02'), endDate: null, skNumber: 'SK-P2' },
      ],
      competencyAssessments: [
        {
          assessedOn: d('2023-05-10'),
          validUntil: d('2026-05-10'),
          assessor: 'UPT Penilaian Kompetensi BKN',
          scores: [
            { type: 'MANAGERIAL', code: 'M.01', level: 4 },
            { type: 'SOCIO_CULTURAL', code: 'SK.01', level: 3 },
          ],
        },
      ],
      trainings: [
        {
          name: 'Pelatihan Kepemimpinan Nasional Tingkat II',
          kind: 'LEADERSHIP',
          provider: 'LAN RI',
          startDate: d('2018-03-01'),
          endDate: d('2018-06-30'),
          hours: 400,
        },
      ],
    }),
    buildEmployeeDraft({
      nip: nip(1, '1975-08-20', '2000-01-01', 'F'),
      name: 'Sari Panggabean',
      gender: 'F',
      birthDate: d('1975-08-20'),
      tmtCpns: d('2000-01-01'),
      rankHistory: [
        { golongan: 32, tmt: d('2000-01-01'), skNumber: null },
        { golongan: 41, tmt: d('2015-04-01'), skNumber: null },
      ],
      positionHistory: [
        { positionCode: 'SEKDIS', startDate: d('2019-02-01'), endDate: null, skNumber: null },
      ],
    }),
    buildEmployeeDraft({
      nip: nip(2, '1988-11-03', '2012-02-01', 'F'),
      name: 'ani lubis',
      gender: 'F',
      birthDate: d('1988-11-03'),
      tmtCpns: d('2012-02-01'),
      rankHistory: [{ golongan: 23, tmt: d('2012-02-01'), skNumber: null }],
      education: [
        buildEducation({
          level: 'D3',
          field: 'HEALTH_NURSING',
          major: 'D3 Keperawatan',
          graduationYear: 2009,
        }),
      ],
      positionHistory: [
        { positionCode: 'PERAWAT', startDate: d('2012-02-01'), endDate: null, skNumber: null },
      ],
      disciplinaryCases: [
        {
          status: 'DIJATUHI',
          level: 'RINGAN',
          penaltyType: 'TEGURAN_TERTULIS',
          description: 'Tidak masuk kerja 5 hari tanpa keterangan',
          decisionNumber: '800/12/2022',
          decisionDate: d('2022-03-01'),
          startDate: d('2022-03-01'),
          endDate: null,
          suspendedFromDuty: true,
        },
      ],
    }),
    buildEmployeeDraft({
      nip: nip(3, '1990-05-05', '2015-03-01', 'M'),
      name: 'Bona Situmorang',
      birthDate: d('1990-05-05'),
      tmtCpns: d('2015-03-01'),
      rankHistory: [{ golongan: 24, tmt: d('2019-04-01'), skNumber: null }],
      education: [
        buildEducation({
          level: 'D3',
          field: 'HEALTH_NURSING',
          major: 'D3 Keperawatan',
          graduationYear: 2012,
        }),
      ],
      positionHistory: [
        { positionCode: 'PERAWAT', startDate: d('2021-06-01'), endDate: null, skNumber: null },
      ],
    }),
    buildEmployeeDraft({
      nip: nip(4, '1966-12-10', '1990-03-01', 'M'),
      name: 'Tigor Simanjuntak',
      birthDate: d('1966-12-10'),
      tmtCpns: d('1990-03-01'),
      rankHistory: [{ golongan: 34, tmt: d('2010-04-01'), skNumber: null }],
      education: [
        buildEducation({ level: 'S1', field: 'LAW', major: 'S1 Hukum', graduationYear: 1989 }),
        buildEducation({
          level: 'D4',
          field: 'SOCIAL_GOVERNMENT',
          major: 'D4 Pemerintahan',
          graduationYear: 1995,
        }),
      ],
      positionHistory: [{ positionCode: 'KABID', startDate: d('2015-01-05'), endDate: null, skNumber: null }],
    }),
    buildEmployeeDraft({
      nip: nip(5, '1993-07-07', '2019-03-01', 'F'),
      name: 'Maria Sihombing',
      gender: 'F',
      birthDate: d('1993-07-07'),
      tmtCpns: d('2019-03-01'),
      rankHistory: [{ golongan: 31, tmt: d('2019-03-01'), skNumber: null }],
      education: [
        buildEducation({ level: 'S1', field: 'PSYCHOLOGY', major: 'S1 Psikologi', graduationYear: 2016 }),
      ],
      positionHistory: [
        { positionCode: 'ANALIS', startDate: d('2020-01-02'), endDate: null, skNumber: null },
      ],
    }),
    buildEmployeeDraft({
      nip: nip(6, '1995-01-30', '2024-01-01', 'M'),
      name: 'Yusuf Nasution',
      birthDate: d('1995-01-30'),
      tmtCpns: null,
      employmentType: 'PPPK',
      rankHistory: [],
      education: [buildEducation({ level: 'SMA', field: 'GENERAL', major: 'SMA IPS', graduationYear: 2013 })],
      positionHistory: [],
    }),
    buildEmployeeDraft({
      nip: nip(7, '1962-03-03', '1986-03-01', 'M'),
      name: 'Hasudungan Pasaribu',
      birthDate: d('1962-03-03'),
      tmtCpns: d('1986-03-01'),
      status: 'RETIRED',
      rankHistory: [{ golongan: 34, tmt: d('2005-04-01'), skNumber: null }],
      positionHistory: [
        { positionCode: 'KASUBAG', startDate: d('2010-01-04'), endDate: d('2020-04-01'), skNumber: null },
      ],
    }),
  ];
  const users: UserDraft[] = [
    buildUserDraft({ username: `${instansi.code}.operator`, role: 'BKPSDM_OPERATOR' }),
    buildUserDraft({ username: `${instansi.code}.kadinkes`, role: 'OPD_HEAD', unitCodes: ['DINKES'] }),
    buildUserDraft({ username: `${instansi.code}.ani`, role: 'EMPLOYEE', employeeNip: employees[2]!.nip }),
  ];
  return { instansi, units, positions, employees, users };
}
