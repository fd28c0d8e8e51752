import { describe, expect, it } from 'vitest';
import { buildCandidate, buildContext, buildPost, d, step } from '../matching/testing/factories.js';
import type { PositionGrade } from '../model/position.js';
import { pasal107Check } from './pasal-107.js';

const KADIS: PositionGrade = { kind: 'JPT_PRATAMA', eselon: 'II.b' };
const KABID: PositionGrade = { kind: 'ADMINISTRATOR', eselon: 'III.b' };
const KASI: PositionGrade = { kind: 'PENGAWAS', eselon: 'IV.a' };
const ctx = buildContext({ asOf: d('2026-11-01') });
const kadisDinsos = buildPost(
  { grade: KADIS, name: 'Kepala Dinas Sosial', family: 'SOCIAL_SERVICES' },
  { opdCode: 'DINSOS' },
);

/** A kepala bidang of Dinas Sosial since 2021 (kasi there before), born in 1972, S1. */
const kabid = (
  birthDate = '1972-03-15',
  since = '2021-01-04',
  more: Parameters<typeof buildCandidate>[1] = {},
) =>
  buildCandidate(
    {
      career: [
        step(50, KASI, '2014-01-02', '2021-01-03', { family: 'SOCIAL_SERVICES', opdCode: 'DINSOS' }),
        step(51, KABID, since, null, { family: 'SOCIAL_SERVICES', opdCode: 'DINSOS' }),
      ],
    },
    { birthDate: d(birthDate), currentPositionId: 51, currentPositionSince: d(since), golongan: 41, ...more },
  );

describe('PP 11/2017 Pasal 107 through the eligibility rules', () => {
  it('is met by a kepala bidang with years in the field, two as administrator, S1, under 57', () => {
    const r = pasal107Check(kabid(), kadisDinsos, ctx);
    expect(r.status).toBe('MEETS');
    expect(r.checkedOn).toBe('2026-11-01');
    // Only the three Pasal 107 rules, not tenure or discipline.
    expect(r.results.map((x) => x.code).sort()).toEqual(['R-EDU-LEVEL', 'R-EXP-JPT', 'R-JPT-AGE']);
  });

  it('is blocked by age from the 57th birthday (R-JPT-AGE), measured on the given day', () => {
    const old = kabid('1969-11-01');
    expect(pasal107Check(old, kadisDinsos, buildContext({ asOf: d('2026-10-31') })).status).toBe('MEETS');
    const r = pasal107Check(old, kadisDinsos, ctx);
    expect(r.status).toBe('BLOCKED');
    expect(r.results.filter((x) => x.status === 'BLOCK').map((x) => x.code)).toEqual(['R-JPT-AGE']);
  });

  it('is blocked with under two years as administrator (R-EXP-JPT)', () => {
    const r = pasal107Check(kabid('1972-03-15', '2025-06-02'), kadisDinsos, ctx);
    expect(r.results.filter((x) => x.status === 'BLOCK').map((x) => x.code)).toEqual(['R-EXP-JPT']);
  });

  it('is blocked below S1 (R-EDU-LEVEL)', () => {
    const d3 = kabid('1972-03-15', '2021-01-04', {
      education: [
        {
          level: 'D3',
          field: 'GENERAL',
          major: 'D3 Kesejahteraan Sosial',
          institution: 'Poltek',
          graduationYear: 1994,
        },
      ],
    });
    const r = pasal107Check(d3, kadisDinsos, ctx);
    expect(r.status).toBe('BLOCKED');
    expect(r.results.find((x) => x.code === 'R-EDU-LEVEL')?.status).toBe('BLOCK');
  });

  it('warns, not blocks, when the position history is missing (the rule table’s whenMissing)', () => {
    const r = pasal107Check(buildCandidate({ career: [] }, { birthDate: d('1975-01-01') }), kadisDinsos, ctx);
    expect(r.status).toBe('WARN');
    expect(r.results.find((x) => x.code === 'R-EXP-JPT')?.status).toBe('WARN');
  });
});
