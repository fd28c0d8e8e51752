import type { CompetencyStandard } from '../core/model/competency.js';
import type { EducationRequirement } from '../core/model/education.js';
import type { GolonganCode } from '../core/model/golongan.js';
import { majorCodeOf } from '../core/model/major-catalog.js';
import type { MajorCode } from '../core/model/majors.js';
import {
  defaultMinimumRank,
  type JfLevel,
  type PositionFamily,
  type PositionGrade,
  RANK_RANGE_BY_ESELON,
  RANK_RANGE_BY_JF_LEVEL,
} from '../core/model/position.js';
import type { Profession } from '../core/model/profession.js';
import { JF_TEMPLATES, type JfTemplate } from './catalog/jf-templates.js';
import { PELAKSANA_TEMPLATES } from './catalog/pelaksana.js';
import { competencyStandard, requiredLevel, technicalCodes } from './reference/competencies.js';
import type { PositionRequest, UnitPlan } from './structure/builder.js';

export type PositionCategory = 'STRUCTURAL' | 'JF' | 'PELAKSANA';

/** A position with what the generator needs beyond its draft; `seats` is set by the seat allocation. */
export interface PositionPlan {
  readonly code: string;
  readonly unit: UnitPlan;
  readonly name: string;
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  readonly kelasJabatan: number;
  readonly minGolongan: GolonganCode | null;
  readonly education: readonly EducationRequirement[];
  readonly standard: readonly CompetencyStandard[];
  readonly strategic: boolean;
  readonly tugasTambahan: string | null;
  readonly category: PositionCategory;
  /** Seats at the default size, before scaling; `fixedSeats` positions keep theirs. */
  readonly baseSeats: number;
  readonly fixedSeats: boolean;
  readonly forceFilled: boolean;
  /** Career pool for earlier posts, e.g. `S:PGW`, `J:PERAWAT`, `P`. */
  readonly track: string;
  /** JF pools this post's earlier posts come from, in order of preference (usually `[track]`). */
  readonly feeders: readonly string[];
  /** The regulated profession the post practises (DOMAIN.md 15.1), or null. */
  readonly profession: Profession | null;
  /** Rank the grade asks for, lowest and highest; null for pelaksana. */
  readonly rankRange: { readonly min: GolonganCode; readonly max: GolonganCode } | null;
  /** Share of women among holders. */
  readonly female: number;
  /** Majors of typical holders (JF); empty = any major of the required fields. */
  readonly majors: readonly string[];
  seats: number;
}

const LEVEL_LABEL: Readonly<Record<JfLevel, string>> = {
  AHLI_PERTAMA: 'Ahli Pertama',
  AHLI_MUDA: 'Ahli Muda',
  AHLI_MADYA: 'Ahli Madya',
  AHLI_UTAMA: 'Ahli Utama',
  PEMULA: 'Pemula',
  TERAMPIL: 'Terampil',
  MAHIR: 'Mahir',
  PENYELIA: 'Penyelia',
};

/** Kelas jabatan by grade: typical values of Pemda job-evaluation tables [U]. */
const KELAS_BY_ESELON: Readonly<Record<string, number>> = {
  'II.a': 15,
  'II.b': 14,
  'III.a': 12,
  'III.b': 11,
  'IV.a': 9,
  'IV.b': 8,
};
const KELAS_BY_JF: Readonly<Record<JfLevel, number>> = {
  AHLI_UTAMA: 13,
  AHLI_MADYA: 11,
  AHLI_MUDA: 9,
  AHLI_PERTAMA: 8,
  PENYELIA: 8,
  MAHIR: 7,
  TERAMPIL: 6,
  PEMULA: 5,
};
const FEMALE_BY_MANAGERIAL = { JPT_PRATAMA: 0.25, ADMINISTRATOR: 0.4, PENGAWAS: 0.5 } as const;

/** Turns the structure's position requests into position plans with grades, standards and codes. */
export function buildPositions(requests: readonly PositionRequest[]): PositionPlan[] {
  const used = new Set<string>();
  const uniqueCode = (unitCode: string, slug: string): string => {
    let code = `${unitCode}/${slug}`;
    for (let n = 2; used.has(code); n++) code = `${unitCode}/${slug}-${n}`;
    used.add(code);
    return code;
  };
  return requests.map((r) => {
    const unitCode = r.unit.draft.code;
    if (r.kind === 'STRUCTURAL') {
      const grade: PositionGrade = { kind: r.managerial, eselon: r.eselon };
      return plan(r.unit, grade, {
        code: uniqueCode(unitCode, r.slug),
        name: r.name,
        family: r.family,
        kelasJabatan: KELAS_BY_ESELON[r.eselon] ?? 8,
        education: [{ minLevel: r.minLevel, fields: r.fields }],
        strategic: r.strategic,
        tugasTambahan: null,
        category: 'STRUCTURAL',
        baseSeats: 1,
        fixedSeats: true,
        forceFilled: r.forceFilled,
        track:
          r.managerial === 'JPT_PRATAMA' ? 'S:JPT' : r.managerial === 'ADMINISTRATOR' ? 'S:ADM' : 'S:PGW',
        feeders: [],
        profession: null,
        rankRange: RANK_RANGE_BY_ESELON[r.eselon],
        female: FEMALE_BY_MANAGERIAL[r.managerial],
        majors: [],
      });
    }
    if (r.kind === 'JF') {
      const t = JF_TEMPLATES[r.key];
      const grade: PositionGrade = { kind: 'JF', jfCategory: t.category, jfLevel: r.level };
      const slug = r.tugasTambahan
        ? r.tugasTambahan.toUpperCase().replace(/\s+/g, '-')
        : `JF-${r.key}-${r.level}`;
      return plan(r.unit, grade, {
        code: uniqueCode(unitCode, slug.replace(/_/g, '-')),
        name: r.name ?? `${t.name} ${LEVEL_LABEL[r.level]}`,
        family: t.family,
        kelasJabatan: KELAS_BY_JF[r.level],
        education: [jfRequirement(t)],
        strategic: r.strategic,
        tugasTambahan: r.tugasTambahan,
        category: 'JF',
        baseSeats: r.seats,
        fixedSeats: r.fixed,
        forceFilled: false,
        track: `J:${t.group}`,
        feeders: (t.feeders ?? [t.group]).map((g) => `J:${g}`),
        profession: t.profession ?? null,
        rankRange: RANK_RANGE_BY_JF_LEVEL[r.level],
        female: t.female,
        majors: t.majors,
      });
    }
    const t = PELAKSANA_TEMPLATES[r.key];
    return plan(
      r.unit,
      { kind: 'PELAKSANA' },
      {
        code: uniqueCode(unitCode, `PL-${r.key.replace(/_/g, '-')}`),
        name: t.name,
        family: t.family ?? r.unit.family,
        kelasJabatan: t.kelas,
        education: [{ minLevel: t.minLevel, fields: t.fields }],
        strategic: false,
        tugasTambahan: null,
        category: 'PELAKSANA',
        baseSeats: r.seats,
        fixedSeats: false,
        forceFilled: false,
        track: 'P',
        feeders: [],
        profession: null,
        rankRange: null,
        female: t.female,
        majors: [],
      },
    );
  });
}

/**
 * A JF's education requirement: its level and fields and, for a regulated profession, the
 * qualifying study programmes of its typical majors (a Guru Matematika asks for Pendidikan
 * Matematika, a Dokter Gigi for Kedokteran Gigi), read with the core's major catalogue.
 */
function jfRequirement(t: JfTemplate): EducationRequirement {
  if (!t.profession) return { minLevel: t.minLevel, fields: t.fields };
  const majors = new Set<MajorCode>();
  for (const m of t.majors) {
    const code = majorCodeOf(m);
    if (code === null) throw new Error(`${t.name}: major ${m} is not in the core's major catalogue`);
    majors.add(code);
  }
  return { minLevel: t.minLevel, fields: t.fields, majors: [...majors] };
}

type PlanFields = Omit<PositionPlan, 'unit' | 'grade' | 'minGolongan' | 'standard' | 'seats'>;

// Note: one object literal with every field (no spread), so all plans share one hidden class; the
// generator reads them millions of times at 100,000 employees.
function plan(unit: UnitPlan, grade: PositionGrade, f: PlanFields): PositionPlan {
  const level = requiredLevel(grade, f.tugasTambahan);
  const technical = technicalCodes(f.family, unit.family, grade);
  return {
    code: f.code,
    unit,
    name: f.name,
    grade,
    family: f.family,
    kelasJabatan: f.kelasJabatan,
    minGolongan: defaultMinimumRank(grade),
    education: f.education,
    standard: competencyStandard(level, technical, grade.kind === 'JF'),
    strategic: f.strategic,
    tugasTambahan: f.tugasTambahan,
    category: f.category,
    baseSeats: f.baseSeats,
    fixedSeats: f.fixedSeats,
    forceFilled: f.forceFilled,
    track: f.track,
    feeders: f.feeders,
    profession: f.profession,
    rankRange: f.rankRange,
    female: f.female,
    majors: f.majors,
    seats: 0,
  };
}
