import type {
  EmployeeDraft,
  InstansiDraft,
  PositionDraft,
  UnitDraft,
  UserDraft,
} from '../../src/core/model/drafts.js';
import type { Education } from '../../src/core/model/education.js';
import type { LocalDate } from '../../src/core/model/local-date.js';
import type { Nip } from '../../src/core/model/nip.js';

/**
 * Factories for drafts: valid defaults, overridable per test. Codes and NIPs come from a counter so
 * that records built in one test never collide.
 */
let counter = 0;
const next = (): number => ++counter;

export const d = (s: string): LocalDate => s as LocalDate;

/** A valid PNS NIP: birth date, TMT CPNS month, gender digit, sequence. */
export function buildNip(
  birthDate: string,
  tmtCpns: string,
  gender: 'M' | 'F',
  sequence = next() % 999 || 1,
): Nip {
  return `${birthDate.replaceAll('-', '')}${tmtCpns.slice(0, 7).replace('-', '')}${gender === 'M' ? 1 : 2}${String(
    sequence,
  ).padStart(3, '0')}` as Nip;
}

export function buildInstansiDraft(overrides: Partial<InstansiDraft> = {}): InstansiDraft {
  const n = next();
  return {
    code: `T${n}`,
    name: `Pemerintah Kota Uji ${n}`,
    kind: 'KOTA',
    province: 'Sumatera Utara',
    regionCode: '12.73',
    ...overrides,
  };
}

export function buildUnitDraft(overrides: Partial<UnitDraft> = {}): UnitDraft {
  const n = next();
  return { code: `U${n}`, parentCode: null, name: `Unit ${n}`, shortName: null, kind: 'OPD', ...overrides };
}

export function buildPositionDraft(overrides: Partial<PositionDraft> = {}): PositionDraft {
  const n = next();
  return {
    code: `P${n}`,
    unitCode: 'U0',
    name: `Pengadministrasi Umum ${n}`,
    grade: { kind: 'PELAKSANA' },
    family: 'GENERAL_ADMIN',
    kelasJabatan: 5,
    minGolongan: null,
    educationRequirements: [{ minLevel: 'SMA', fields: [] }],
    competencyStandard: [
      { type: 'MANAGERIAL', code: 'M.01', name: 'Integritas', level: 2 },
      { type: 'SOCIO_CULTURAL', code: 'SK.01', name: 'Perekat Bangsa', level: 2 },
    ],
    isStrategic: false,
    seats: 1,
    tugasTambahan: null,
    profession: null,
    ...overrides,
  };
}

export function buildEducation(overrides: Partial<Education> = {}): Education {
  return {
    level: 'S1',
    field: 'MANAGEMENT',
    major: 'S1 Manajemen',
    institution: 'Universitas Sumatera Utara',
    graduationYear: 2008,
    ...overrides,
  };
}

export function buildEmployeeDraft(overrides: Partial<EmployeeDraft> = {}): EmployeeDraft {
  const gender = overrides.gender ?? 'M';
  const birthDate = overrides.birthDate ?? d('1985-04-12');
  const tmtCpns = overrides.tmtCpns === undefined ? d('2010-03-01') : overrides.tmtCpns;
  const n = next();
  return {
    nip: buildNip(birthDate, tmtCpns ?? '2010-03-01', gender),
    name: `Pegawai Uji ${n}`,
    frontTitle: null,
    backTitle: 'S.E.',
    gender,
    birthDate,
    birthPlace: 'Sibolga',
    employmentType: 'PNS',
    status: 'ACTIVE',
    tmtCpns,
    rankHistory: [
      { golongan: 31, tmt: d('2010-03-01'), skNumber: `SK-CPNS-${n}` },
      { golongan: 32, tmt: d('2014-04-01'), skNumber: null },
    ],
    education: [buildEducation()],
    positionHistory: [],
    competencyAssessments: [],
    trainings: [],
    disciplinaryCases: [],
    licences: [],
    ...overrides,
  };
}

export function buildUserDraft(overrides: Partial<UserDraft> = {}): UserDraft {
  const n = next();
  return {
    username: `user${n}`,
    displayName: `Pengguna ${n}`,
    role: 'BKPSDM_OPERATOR',
    employeeNip: null,
    unitCodes: [],
    ...overrides,
  };
}
