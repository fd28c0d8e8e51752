import type { CompetencyScore } from '../../src/core/model/competency.js';
import { MANAGERIAL_COMPETENCIES } from '../../src/core/model/competency.js';
import type {
  EmployeeDraft,
  InstansiDataset,
  PositionDraft,
  UnitDraft,
} from '../../src/core/model/drafts.js';
import { EDUCATION_FIELDS, type EducationLevel } from '../../src/core/model/education.js';
import { GOLONGAN_CODES } from '../../src/core/model/golongan.js';
import { type LocalDate, localDate } from '../../src/core/model/local-date.js';
import type { Nip } from '../../src/core/model/nip.js';
import type { PositionGrade } from '../../src/core/model/position.js';

/** mulberry32: a small seeded generator, so every run builds the same data set. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Andi',
  'Butet',
  'Citra',
  'Dedi',
  'Erna',
  'Fajar',
  'Gita',
  'Hendra',
  'Intan',
  'Joko',
  'Kartika',
  'Lestari',
];
const LAST = [
  'Siregar',
  'Hutagalung',
  'Nasution',
  'Lubis',
  'Pasaribu',
  'Simanjuntak',
  'Tanjung',
  'Harahap',
  'Sitompul',
];
const GRADES: PositionGrade[] = [
  { kind: 'PELAKSANA' },
  { kind: 'PELAKSANA' },
  { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' },
  { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' },
  { kind: 'JF', jfCategory: 'KETERAMPILAN', jfLevel: 'TERAMPIL' },
  { kind: 'PENGAWAS', eselon: 'IV.a' },
  { kind: 'ADMINISTRATOR', eselon: 'III.b' },
];

/**
 * A deterministic synthetic instansi for load measurements: about 40 OPD with 10 sub-units each,
 * one position per 5 employees (1-9 seats), and per employee 3 ranks, 2 educations, 3 posts,
 * one assessment of 9 scores, 3 trainings and sometimes a disciplinary case (~22 rows).
 */
export function buildLargeDataset(options: {
  employees: number;
  seed?: number;
  code?: string;
}): InstansiDataset {
  const rnd = random(options.seed ?? 42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const date = (y0: number, y1: number): LocalDate => localDate(int(y0, y1), int(1, 12), int(1, 28));

  const units: UnitDraft[] = [];
  const opdCount = 40;
  for (let o = 0; o < opdCount; o++) {
    units.push({ code: `OPD${o}`, parentCode: null, name: `Dinas ${o}`, shortName: null, kind: 'OPD' });
    for (let s = 0; s < 10; s++) {
      units.push({
        code: `OPD${o}.${s}`,
        parentCode: `OPD${o}`,
        name: `Bidang ${o}.${s}`,
        shortName: null,
        kind: 'BIDANG',
      });
    }
  }
  const positions: PositionDraft[] = [];
  const positionCount = Math.max(1, Math.floor(options.employees / 5));
  for (let p = 0; p < positionCount; p++) {
    const grade = pick(GRADES);
    positions.push({
      code: `J${p}`,
      unitCode: pick(units).code,
      name: `Jabatan ${String(p).padStart(6, '0')}`,
      grade,
      family: 'GENERAL_ADMIN',
      kelasJabatan: int(5, 12),
      minGolongan: null,
      educationRequirements: [{ minLevel: 'D3', fields: [pick(EDUCATION_FIELDS)] }],
      competencyStandard: MANAGERIAL_COMPETENCIES.slice(0, 3).map((c) => ({
        type: 'MANAGERIAL',
        ...c,
        level: 3,
      })),
      isStrategic: rnd() < 0.05,
      seats: int(1, 9),
      tugasTambahan: null,
      profession: null,
    });
  }
  const employees: EmployeeDraft[] = [];
  const usedNips = new Set<string>();
  for (let i = 0; i < options.employees; i++) {
    const birth = date(1964, 1999);
    const cpnsYear = Number(birth.slice(0, 4)) + int(21, 28);
    const tmt = localDate(cpnsYear, int(1, 12), 1);
    const gender = rnd() < 0.5 ? 'M' : 'F';
    const prefix = `${birth.replaceAll('-', '')}${tmt.slice(0, 7).replace('-', '')}${gender === 'M' ? 1 : 2}`;
    let sequence = 1;
    while (usedNips.has(`${prefix}${String(sequence).padStart(3, '0')}`)) sequence++;
    const nip = `${prefix}${String(sequence).padStart(3, '0')}` as Nip;
    usedNips.add(nip);
    const golongan = GOLONGAN_CODES.filter((g) => g >= 21 && g <= 42);
    const g0 = int(0, golongan.length - 4);
    const scores: CompetencyScore[] = [
      ...MANAGERIAL_COMPETENCIES.map((c) => ({
        type: 'MANAGERIAL' as const,
        code: c.code,
        level: int(1, 5) as 1,
      })),
      { type: 'SOCIO_CULTURAL', code: 'SK.01', level: int(1, 5) as 1 },
    ];
    const level: EducationLevel = pick(['SMA', 'D3', 'S1', 'S1', 'S2']);
    employees.push({
      nip,
      name: `${pick(FIRST)} ${pick(LAST)} ${i}`,
      frontTitle: null,
      backTitle: null,
      gender,
      birthDate: birth,
      birthPlace: 'Sibolga',
      employmentType: 'PNS',
      status: rnd() < 0.95 ? 'ACTIVE' : 'LEAVE',
      tmtCpns: tmt,
      rankHistory: [0, 1, 2].map((k) => ({
        golongan: golongan[g0 + k]!,
        tmt: localDate(cpnsYear + k * 4, 4, 1),
        skNumber: null,
      })),
      education: [
        {
          level: 'SMA',
          field: 'GENERAL',
          major: 'SMA',
          institution: 'SMA Negeri 1',
          graduationYear: cpnsYear - 6,
        },
        {
          level,
          field: pick(EDUCATION_FIELDS),
          major: 'Jurusan',
          institution: 'Universitas',
          graduationYear: cpnsYear - 1,
        },
      ],
      positionHistory: [0, 1, 2].map((k) => ({
        positionCode: pick(positions).code,
        startDate: localDate(cpnsYear + k * 5, 1, 2),
        endDate: k < 2 ? localDate(cpnsYear + k * 5 + 4, 12, 31) : null,
        skNumber: null,
      })),
      competencyAssessments: [
        { assessedOn: date(2021, 2024), validUntil: null, assessor: 'UPT BKN', scores },
      ],
      trainings: [0, 1, 2].map((k) => ({
        name: `Pelatihan ${k}`,
        kind: 'TECHNICAL' as const,
        provider: 'BPSDM Provinsi',
        startDate: localDate(2020 + k, 3, 1),
        endDate: localDate(2020 + k, 3, 5),
        hours: 40,
      })),
      licences: [],
      disciplinaryCases:
        rnd() < 0.05
          ? [
              {
                status: 'SELESAI',
                level: 'RINGAN',
                penaltyType: 'TEGURAN_LISAN',
                description: 'Terlambat',
                decisionNumber: null,
                decisionDate: null,
                startDate: null,
                endDate: null,
                suspendedFromDuty: false,
              },
            ]
          : [],
    });
  }
  return {
    instansi: {
      code: options.code ?? 'LOAD',
      name: 'Pemerintah Kota Beban',
      kind: 'KOTA',
      province: 'X',
      regionCode: '99.99',
    },
    units,
    positions,
    employees,
    users: [],
  };
}
