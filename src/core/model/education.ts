import type { MajorCode } from './majors.js';

/** Education levels, ordered (DOMAIN.md 3.1 entry ranks use them). */
export const EDUCATION_LEVELS = ['SD', 'SMP', 'SMA', 'D1', 'D2', 'D3', 'D4', 'S1', 'S2', 'S3'] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** Rank of a level for comparisons; D-IV and S1 are equivalent for position requirements. */
export function educationRank(level: EducationLevel): number {
  const r = EDUCATION_LEVELS.indexOf(level);
  return level === 'D4' ? EDUCATION_LEVELS.indexOf('S1') : r;
}

export function meetsEducationLevel(actual: EducationLevel, required: EducationLevel): boolean {
  return educationRank(actual) >= educationRank(required);
}

/**
 * Broad fields of study. The instansi maps them to position families and units (issue: education
 * relevance); the list itself is the coarse taxonomy that SIASN majors are folded into.
 */
export const EDUCATION_FIELDS = [
  'HEALTH_MEDICINE',
  'HEALTH_NURSING',
  'HEALTH_MIDWIFERY',
  'HEALTH_PUBLIC',
  'HEALTH_PHARMACY',
  'EDUCATION',
  'LAW',
  'ENGINEERING_CIVIL',
  'ENGINEERING_OTHER',
  'IT',
  'ECONOMICS',
  'ACCOUNTING',
  'MANAGEMENT',
  'AGRICULTURE',
  'FISHERIES',
  'ENVIRONMENT',
  'SOCIAL_GOVERNMENT',
  'SOCIAL_WELFARE',
  'COMMUNICATION',
  'PSYCHOLOGY',
  'LANGUAGE_CULTURE',
  'RELIGION',
  'SCIENCE',
  'GENERAL',
] as const;
export type EducationField = (typeof EDUCATION_FIELDS)[number];

export interface Education {
  readonly level: EducationLevel;
  readonly field: EducationField;
  /** Jurusan as written on the diploma, e.g. "S1 Keperawatan". */
  readonly major: string;
  readonly institution: string;
  readonly graduationYear: number;
}

/**
 * A position asks for a minimum level and, when not empty, one of these fields; when `majors` is
 * not empty, one of these study programmes (a subject teacher's subject, a dentist's degree).
 */
export interface EducationRequirement {
  readonly minLevel: EducationLevel;
  readonly fields: readonly EducationField[];
  /** Absent or empty: any programme of the fields. */
  readonly majors?: readonly MajorCode[];
}

/** The highest education of a person (latest graduation breaks ties). */
export function highestEducation(history: readonly Education[]): Education | null {
  let best: Education | null = null;
  for (const e of history) {
    if (
      !best ||
      educationRank(e.level) > educationRank(best.level) ||
      (educationRank(e.level) === educationRank(best.level) && e.graduationYear > best.graduationYear)
    ) {
      best = e;
    }
  }
  return best;
}

const rankOf = (level: EducationLevel) => educationRank(level);

/**
 * The tier of an education rank for over-qualification (DOMAIN.md 15.5): 0 school (SD-SMA), 1
 * diploma (D1-D3), 2 bachelor and above (D4, S1, S2, S3): a master's degree in a post asking S1 is
 * career development, not over-qualification.
 * @example tierOfRank(educationRank('D3')) // 1
 */
export function tierOfRank(rank: number): number {
  if (rank <= rankOf('SMA')) return 0;
  return rank < rankOf('S1') ? 1 : 2;
}

/**
 * The tier a post asks for: that of the lowest level among its requirements (they are
 * alternatives), school when it names none.
 * @example requiredTierOf([{ minLevel: 'D3', fields: [] }]) // 1
 */
export function requiredTierOf(requirements: readonly EducationRequirement[]): number {
  let lowest = Number.POSITIVE_INFINITY;
  for (const r of requirements) lowest = Math.min(lowest, educationRank(r.minLevel));
  return lowest === Number.POSITIVE_INFINITY ? 0 : tierOfRank(lowest);
}
