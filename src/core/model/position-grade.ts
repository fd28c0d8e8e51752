import { type FieldIssue, fail, ok, type Result } from '../errors.js';
import { type GolonganCode, golonganLabel } from './golongan.js';
import {
  defaultMinimumRank,
  ESELONS_BY_KIND,
  type Eselon,
  JF_LEVELS_BY_CATEGORY,
  type JfCategory,
  type JfLevel,
  type PositionGrade,
  type PositionKind,
  RANK_RANGE_BY_ESELON,
  RANK_RANGE_BY_JF_LEVEL,
} from './position.js';

/**
 * Builds the grade of a position from loose input (a form, a spreadsheet row) and says which field
 * is wrong when the combination is impossible: a JPT pratama at eselon IV.a, a JF without a level,
 * an "Ahli Muda" in the skill category.
 * @example buildPositionGrade({ kind: 'PENGAWAS', eselon: 'IV.a' }) // ok
 */
export function buildPositionGrade(input: {
  kind: PositionKind;
  eselon?: Eselon | null;
  jfCategory?: JfCategory | null;
  jfLevel?: JfLevel | null;
}): Result<PositionGrade> {
  const { kind } = input;
  if (kind === 'PELAKSANA') {
    if (input.eselon)
      return fail(
        gradeIssue(
          'eselon',
          input.eselon,
          'PELAKSANA_NO_ESELON',
          'Jabatan pelaksana tidak memiliki eselon',
          'A pelaksana position has no eselon',
        ),
      );
    if (input.jfLevel || input.jfCategory) {
      return fail(
        gradeIssue(
          'jfLevel',
          input.jfLevel,
          'PELAKSANA_NO_JF_LEVEL',
          'Jabatan pelaksana tidak memiliki jenjang JF',
          'A pelaksana position has no JF level',
        ),
      );
    }
    return ok({ kind });
  }
  if (kind === 'JF') {
    if (input.eselon)
      return fail(
        gradeIssue(
          'eselon',
          input.eselon,
          'JF_NO_ESELON',
          'Jabatan fungsional tidak memiliki eselon',
          'A functional position has no eselon',
        ),
      );
    if (!input.jfCategory)
      return fail(
        gradeIssue(
          'jfCategory',
          input.jfCategory,
          'JF_CATEGORY_REQUIRED',
          'Kategori JF (keahlian/keterampilan) wajib diisi',
          'JF category (expertise/skill) is required',
        ),
      );
    const levels: readonly JfLevel[] = JF_LEVELS_BY_CATEGORY[input.jfCategory];
    if (!input.jfLevel || !levels.includes(input.jfLevel)) {
      return fail(
        gradeIssue(
          'jfLevel',
          input.jfLevel,
          'JF_LEVEL_IN_CATEGORY',
          `Jenjang JF harus salah satu dari: ${levels.join(', ')}`,
          `JF level must be one of: ${levels.join(', ')}`,
        ),
      );
    }
    return ok({ kind, jfCategory: input.jfCategory, jfLevel: input.jfLevel });
  }
  const allowed = ESELONS_BY_KIND[kind];
  if (!input.eselon || !allowed.includes(input.eselon)) {
    return fail(
      gradeIssue(
        'eselon',
        input.eselon,
        'ESELON_FOR_KIND',
        `Eselon untuk ${kind} harus salah satu dari: ${allowed.join(', ')}`,
        `Eselon of a ${kind} must be one of: ${allowed.join(', ')}`,
      ),
    );
  }
  return ok({ kind, eselon: input.eselon });
}

/**
 * Checks a requested minimum golongan against the rank range of the grade (PP 13/2002 Lampiran;
 * DOMAIN.md 2.2, 2.3): it may be raised, but not above the grade's highest rank. Null means "the
 * grade's default".
 */
export function resolveMinimumRank(
  grade: PositionGrade,
  requested: GolonganCode | null | undefined,
): Result<GolonganCode | null> {
  if (requested === null || requested === undefined) return ok(defaultMinimumRank(grade));
  const range =
    grade.kind === 'PELAKSANA'
      ? null
      : grade.kind === 'JF'
        ? RANK_RANGE_BY_JF_LEVEL[grade.jfLevel]
        : RANK_RANGE_BY_ESELON[grade.eselon];
  if (range && requested > range.max) {
    return fail({
      field: 'minGolongan',
      value: golonganLabel(requested),
      code: 'RANK_REQUIREMENT_INCONSISTENT',
      rule: 'RANK_RANGE_OF_GRADE',
      message: {
        id: `Golongan minimal ${golonganLabel(requested)} melebihi golongan tertinggi jenjang ini (${golonganLabel(range.max)})`,
        en: `Minimum golongan ${golonganLabel(requested)} is above the highest rank of this grade (${golonganLabel(range.max)})`,
      },
    });
  }
  return ok(requested);
}

function gradeIssue(field: string, value: unknown, rule: string, id: string, en: string): FieldIssue {
  return { field, value, code: 'POSITION_KIND_INVALID', rule, message: { id, en } };
}
