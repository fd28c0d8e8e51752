import { describe, expect, it } from 'vitest';
import { buildPositionGrade, resolveMinimumRank } from './position-grade.js';

describe('buildPositionGrade', () => {
  it('accepts the combinations of DOMAIN.md 2.2-2.3', () => {
    expect(buildPositionGrade({ kind: 'JPT_PRATAMA', eselon: 'II.b' })).toEqual({
      ok: true,
      value: { kind: 'JPT_PRATAMA', eselon: 'II.b' },
    });
    expect(buildPositionGrade({ kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' }).ok).toBe(true);
    expect(buildPositionGrade({ kind: 'PELAKSANA' }).ok).toBe(true);
  });

  it.each([
    [{ kind: 'JPT_PRATAMA', eselon: 'IV.a' }, 'eselon', 'ESELON_FOR_KIND'],
    [{ kind: 'PENGAWAS' }, 'eselon', 'ESELON_FOR_KIND'],
    [{ kind: 'JF', jfCategory: 'KETERAMPILAN', jfLevel: 'AHLI_MUDA' }, 'jfLevel', 'JF_LEVEL_IN_CATEGORY'],
    [{ kind: 'JF', jfLevel: 'AHLI_MUDA' }, 'jfCategory', 'JF_CATEGORY_REQUIRED'],
    [{ kind: 'PELAKSANA', eselon: 'IV.a' }, 'eselon', 'PELAKSANA_NO_ESELON'],
  ] as const)('refuses %o naming %s', (input, field, rule) => {
    expect(buildPositionGrade(input)).toMatchObject({
      ok: false,
      error: { field, rule, code: 'POSITION_KIND_INVALID' },
    });
  });
});

describe('resolveMinimumRank', () => {
  it('defaults to the lowest rank of the eselon or JF level', () => {
    expect(resolveMinimumRank({ kind: 'ADMINISTRATOR', eselon: 'III.b' }, null)).toEqual({
      ok: true,
      value: 34,
    });
    expect(
      resolveMinimumRank({ kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' }, undefined),
    ).toEqual({ ok: true, value: 31 });
    expect(resolveMinimumRank({ kind: 'PELAKSANA' }, null)).toEqual({ ok: true, value: null });
  });

  it('refuses a minimum above the highest rank of the grade', () => {
    expect(resolveMinimumRank({ kind: 'PENGAWAS', eselon: 'IV.a' }, 45)).toMatchObject({
      ok: false,
      error: { field: 'minGolongan', code: 'RANK_REQUIREMENT_INCONSISTENT' },
    });
    expect(resolveMinimumRank({ kind: 'PENGAWAS', eselon: 'IV.a' }, 34)).toEqual({ ok: true, value: 34 });
  });
});
