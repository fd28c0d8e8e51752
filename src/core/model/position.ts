import type { CompetencyStandard } from './competency.js';
import type { EducationRequirement } from './education.js';
import type { GolonganCode } from './golongan.js';
import type { Profession } from './profession.js';

/** Kinds of position (DOMAIN.md 2.1): managerial JPT/administrator/pengawas; non-managerial JF and pelaksana. */
export const POSITION_KINDS = [
  'JPT_UTAMA',
  'JPT_MADYA',
  'JPT_PRATAMA',
  'ADMINISTRATOR',
  'PENGAWAS',
  'PELAKSANA',
  'JF',
] as const;
export type PositionKind = (typeof POSITION_KINDS)[number];

export const ESELONS = ['I.a', 'I.b', 'II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b', 'V.a'] as const;
export type Eselon = (typeof ESELONS)[number];

export const JF_CATEGORIES = ['KEAHLIAN', 'KETERAMPILAN'] as const;
export type JfCategory = (typeof JF_CATEGORIES)[number];

export const JF_LEVELS_BY_CATEGORY = {
  KEAHLIAN: ['AHLI_PERTAMA', 'AHLI_MUDA', 'AHLI_MADYA', 'AHLI_UTAMA'],
  KETERAMPILAN: ['PEMULA', 'TERAMPIL', 'MAHIR', 'PENYELIA'],
} as const;
export type JfLevel = (typeof JF_LEVELS_BY_CATEGORY)[JfCategory][number];
export const JF_LEVELS: readonly JfLevel[] = [
  ...JF_LEVELS_BY_CATEGORY.KEAHLIAN,
  ...JF_LEVELS_BY_CATEGORY.KETERAMPILAN,
];

/**
 * The grade of a position: which fields exist depends on the kind, so a JF without a level or a
 * pelaksana with an eselon cannot be written down.
 */
export type PositionGrade =
  | {
      readonly kind: 'JPT_UTAMA' | 'JPT_MADYA' | 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS';
      readonly eselon: Eselon;
    }
  | { readonly kind: 'JF'; readonly jfCategory: JfCategory; readonly jfLevel: JfLevel }
  | { readonly kind: 'PELAKSANA' };

/** Eselon allowed for each managerial kind (DOMAIN.md 2.3). */
export const ESELONS_BY_KIND: Readonly<
  Record<'JPT_UTAMA' | 'JPT_MADYA' | 'JPT_PRATAMA' | 'ADMINISTRATOR' | 'PENGAWAS', readonly Eselon[]>
> = {
  JPT_UTAMA: ['I.a'],
  JPT_MADYA: ['I.a', 'I.b'],
  JPT_PRATAMA: ['II.a', 'II.b'],
  ADMINISTRATOR: ['III.a', 'III.b'],
  PENGAWAS: ['IV.a', 'IV.b', 'V.a'],
};

/**
 * Lowest and highest rank per eselon, PP 100/2000 as amended by PP 13/2002, Lampiran
 * (DOMAIN.md 2.3). Used as the default of the minimum-rank rule; the rule table may override it.
 */
export const RANK_RANGE_BY_ESELON: Readonly<Record<Eselon, { min: GolonganCode; max: GolonganCode }>> = {
  'I.a': { min: 44, max: 45 },
  'I.b': { min: 43, max: 45 },
  'II.a': { min: 43, max: 44 },
  'II.b': { min: 42, max: 43 },
  'III.a': { min: 41, max: 42 },
  'III.b': { min: 34, max: 41 },
  'IV.a': { min: 33, max: 34 },
  'IV.b': { min: 32, max: 33 },
  'V.a': { min: 31, max: 32 },
};

/** Rank range per JF level (DOMAIN.md 2.2). */
export const RANK_RANGE_BY_JF_LEVEL: Readonly<Record<JfLevel, { min: GolonganCode; max: GolonganCode }>> = {
  AHLI_PERTAMA: { min: 31, max: 32 },
  AHLI_MUDA: { min: 33, max: 34 },
  AHLI_MADYA: { min: 41, max: 43 },
  AHLI_UTAMA: { min: 44, max: 45 },
  PEMULA: { min: 21, max: 21 },
  TERAMPIL: { min: 22, max: 24 },
  MAHIR: { min: 31, max: 32 },
  PENYELIA: { min: 33, max: 34 },
};

/** The default minimum rank of a grade, or null when the law sets none (pelaksana). */
export function defaultMinimumRank(grade: PositionGrade): GolonganCode | null {
  if (grade.kind === 'PELAKSANA') return null;
  if (grade.kind === 'JF') return RANK_RANGE_BY_JF_LEVEL[grade.jfLevel].min;
  return RANK_RANGE_BY_ESELON[grade.eselon].min;
}

export function isManagerial(kind: PositionKind): boolean {
  return kind !== 'JF' && kind !== 'PELAKSANA';
}

/**
 * Position families group positions whose work is alike, so that education relevance and
 * experience can be judged across units (a nurse in a puskesmas and one in the RSUD share one).
 */
export const POSITION_FAMILIES = [
  'LEADERSHIP',
  'GENERAL_ADMIN',
  'FINANCE',
  'HR',
  'PLANNING',
  'LEGAL',
  'IT_DIGITAL',
  'HEALTH_MEDICAL',
  'HEALTH_NURSING',
  'HEALTH_PUBLIC',
  'EDUCATION_TEACHING',
  'EDUCATION_ADMIN',
  'ENGINEERING',
  'ENVIRONMENT',
  'AGRI_FISHERIES',
  'SOCIAL_SERVICES',
  'POPULATION_REGISTRY',
  'PUBLIC_ORDER',
  'TRANSPORT',
  'ECONOMY_TRADE',
  'TOURISM_CULTURE',
  'LIBRARY_ARCHIVES',
  'AUDIT',
  'COMMUNICATION',
] as const;
export type PositionFamily = (typeof POSITION_FAMILIES)[number];

export interface Position {
  readonly id: number;
  readonly instansiId: number;
  readonly unitId: number;
  readonly code: string;
  readonly name: string;
  readonly grade: PositionGrade;
  readonly family: PositionFamily;
  /** Kelas jabatan 1..17 (salary grade of the position). */
  readonly kelasJabatan: number | null;
  /** Lowest golongan the position asks for; defaults from the grade. */
  readonly minGolongan: GolonganCode | null;
  readonly educationRequirements: readonly EducationRequirement[];
  readonly competencyStandard: readonly CompetencyStandard[];
  readonly isStrategic: boolean;
  /** Seats (formasi) the position has. */
  readonly seats: number;
  /** A JF holder's additional duty to lead a unit, e.g. Kepala Puskesmas (DOMAIN.md 2.4). */
  readonly tugasTambahan: string | null;
  /** The regulated profession the post practises (DOMAIN.md 15.1), or null. */
  readonly profession: Profession | null;
  readonly version: number;
}
