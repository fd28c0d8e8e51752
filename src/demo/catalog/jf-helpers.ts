import type { EducationField, EducationLevel } from '../../core/model/education.js';
import type { JfCategory, PositionFamily } from '../../core/model/position.js';
import type { Profession } from '../../core/model/profession.js';

/**
 * Functional positions (jabatan fungsional) used in the demo, with the education their holders
 * need (PermenPANRB rules per JF, simplified: keterampilan from D-III, keahlian from S1/D-IV).
 * `group` links careers: a Perawat Terampil may later become Perawat Ahli Pertama.
 */
export interface JfTemplate {
  readonly name: string;
  readonly family: PositionFamily;
  readonly category: JfCategory;
  readonly group: string;
  readonly minLevel: EducationLevel;
  readonly fields: readonly EducationField[];
  /** Majors of typical holders; empty = any major of the fields. */
  readonly majors: readonly string[];
  /** Share of women among holders. */
  readonly female: number;
  /**
   * The regulated profession the JF practises (DOMAIN.md 15.1); its posts then ask for the
   * qualifying majors of `majors` and its holders carry the profession's licences.
   */
  readonly profession?: Profession;
  /** Groups whose posts come before this JF in a career, when not its own (a school supervisor was a teacher). */
  readonly feeders?: readonly string[];
}

/** A health profession's JF (UU 17/2023): licensed, in a career group of its own. */
export function licensed(t: JfTemplate, profession: Profession, feeders?: readonly string[]): JfTemplate {
  return feeders ? { ...t, group: profession, profession, feeders } : { ...t, group: profession, profession };
}

/** Keahlian (expertise) JF: from S1/D-IV. */
export function expert(
  name: string,
  family: PositionFamily,
  group: string,
  fields: readonly EducationField[],
  majors: readonly string[] = [],
  female = 0.5,
): JfTemplate {
  return { name, family, category: 'KEAHLIAN', group, minLevel: 'S1', fields, majors, female };
}

/** Keterampilan (skill) JF: from D-III. */
export function skill(
  name: string,
  family: PositionFamily,
  group: string,
  fields: readonly EducationField[],
  majors: readonly string[] = [],
  female = 0.5,
): JfTemplate {
  return { name, family, category: 'KETERAMPILAN', group, minLevel: 'D3', fields, majors, female };
}

/** A subject teacher: the GURU profession, asking for the subject's majors (linieritas, DOMAIN.md 15.1). */
export function teacher(
  name: string,
  majors: readonly string[],
  female: number,
  fields: readonly EducationField[] = ['EDUCATION'],
): JfTemplate {
  return {
    ...expert(name, 'EDUCATION_TEACHING', `GURU:${name}`, fields, majors, female),
    profession: 'GURU' as const,
  };
}

export const GOV: readonly EducationField[] = ['SOCIAL_GOVERNMENT', 'LAW', 'MANAGEMENT', 'ECONOMICS'];
export const FIN: readonly EducationField[] = ['ACCOUNTING', 'ECONOMICS', 'MANAGEMENT'];
export const RELIGION: readonly EducationField[] = ['EDUCATION', 'RELIGION'];
/** Any health profession: Administrator Kesehatan and Kepala Puskesmas take a health S1/D-IV of any kind. */
export const HEALTH_ALL: readonly EducationField[] = [
  'HEALTH_PUBLIC',
  'HEALTH_MEDICINE',
  'HEALTH_NURSING',
  'HEALTH_MIDWIFERY',
  'HEALTH_PHARMACY',
];
export const SPECIALISTS = [
  'S2 Ilmu Penyakit Dalam',
  'S2 Ilmu Kesehatan Anak',
  'S2 Obstetri dan Ginekologi',
  'S2 Ilmu Bedah',
  'S2 Anestesiologi dan Terapi Intensif',
  'S2 Radiologi Klinik',
];
