import { describe, expect, it } from 'vitest';
import {
  buildCandidate,
  buildContext,
  buildPost,
  d,
  outcome,
  ruleResult,
  step,
} from '../../matching/testing/factories.js';
import type { Education } from '../../model/education.js';
import type { PositionGrade } from '../../model/position.js';

const edu = (level: Education['level'], field: Education['field']): Education => ({
  level,
  field,
  major: `${level} ${field}`,
  institution: 'USU',
  graduationYear: 2008,
});
const educated = (...education: Education[]) => buildCandidate({}, { education });
const ranked = (golongan: 32 | 33 | 34 | null) => buildCandidate({}, { golongan });
const KASI: PositionGrade = { kind: 'PENGAWAS', eselon: 'IV.a' };
const KABID: PositionGrade = { kind: 'ADMINISTRATOR', eselon: 'III.b' };
const KADIS: PositionGrade = { kind: 'JPT_PRATAMA', eselon: 'II.b' };
const AHLI_MUDA: PositionGrade = { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' };

describe('R-EDU-LEVEL (PP 11/2017 Pasal 54, 55, 107)', () => {
  const kabid = buildPost({ grade: KABID, educationRequirements: [{ minLevel: 'D3', fields: [] }] });
  it('raises an administrator post to S1/D-IV: D-III blocks, D-IV and S1 pass', () => {
    expect(outcome('R-EDU-LEVEL', educated(edu('D3', 'MANAGEMENT')), kabid)).toBe('BLOCK');
    expect(outcome('R-EDU-LEVEL', educated(edu('D4', 'MANAGEMENT')), kabid)).toBe('PASS');
    expect(outcome('R-EDU-LEVEL', educated(edu('S1', 'MANAGEMENT')), kabid)).toBe('PASS');
  });

  it("uses the post's own level when higher, the lowest of alternatives", () => {
    const s2 = buildPost({ educationRequirements: [{ minLevel: 'S2', fields: [] }] });
    expect(outcome('R-EDU-LEVEL', educated(edu('S1', 'LAW')), s2)).toBe('BLOCK');
    const either = buildPost({
      educationRequirements: [
        { minLevel: 'S1', fields: ['LAW'] },
        { minLevel: 'D3', fields: ['LAW'] },
      ],
    });
    expect(outcome('R-EDU-LEVEL', educated(edu('D3', 'LAW')), either)).toBe('PASS');
  });

  it('warns when no education is on record', () => {
    expect(ruleResult('R-EDU-LEVEL', educated(), kabid)).toMatchObject({ status: 'WARN', noData: true });
  });
});

describe('R-EDU-FIELD', () => {
  const nurse = buildPost({
    family: 'HEALTH_NURSING',
    educationRequirements: [{ minLevel: 'S1', fields: ['HEALTH_NURSING'] }],
  });
  it('needs the named field at the named level', () => {
    expect(outcome('R-EDU-FIELD', educated(edu('S1', 'HEALTH_NURSING')), nurse)).toBe('PASS');
    expect(outcome('R-EDU-FIELD', educated(edu('D3', 'HEALTH_NURSING'), edu('S1', 'LAW')), nurse)).toBe(
      'BLOCK',
    );
    expect(outcome('R-EDU-FIELD', educated(edu('S1', 'MANAGEMENT')), nurse)).toBe('BLOCK');
  });

  it('passes posts that name no field', () => {
    expect(outcome('R-EDU-FIELD', educated(edu('SMA', 'GENERAL')), buildPost())).toBe('PASS');
  });

  it('says what was asked and what is held', () => {
    const r = ruleResult('R-EDU-FIELD', educated(edu('S1', 'MANAGEMENT')), nurse);
    // Labels in the messages (codes stay in the evidence).
    expect(r?.message.en).toContain('S1 Nursing');
    expect(r?.message.id).toContain('S1 Manajemen');
    expect(r?.message.id).not.toContain('HEALTH_NURSING');
    expect(r?.evidence).toMatchObject({ required: 'S1 HEALTH_NURSING', held: 'S1 MANAGEMENT' });
  });
});

describe('R-RANK-MIN (PP 100/2000 jo PP 13/2002 Lampiran; JF levels)', () => {
  it('warns one rank below an eselon IV.a minimum (III/c) and passes at it', () => {
    expect(outcome('R-RANK-MIN', ranked(32), buildPost({ grade: KASI }))).toBe('WARN');
    expect(outcome('R-RANK-MIN', ranked(33), buildPost({ grade: KASI }))).toBe('PASS');
  });

  it("leaves a JF level's band to R-JF-BAND and blocks below a JF post's own minimum", () => {
    expect(outcome('R-RANK-MIN', ranked(32), buildPost({ grade: AHLI_MUDA }))).toBe('PASS');
    expect(outcome('R-RANK-MIN', ranked(33), buildPost({ grade: AHLI_MUDA, minGolongan: 34 }))).toBe('BLOCK');
  });

  it("applies a post's own higher minimum, and sets none for pelaksana", () => {
    expect(outcome('R-RANK-MIN', ranked(33), buildPost({ grade: KASI, minGolongan: 34 }))).toBe('WARN');
    expect(outcome('R-RANK-MIN', ranked(32), buildPost())).toBe('PASS');
    expect(ruleResult('R-RANK-MIN', ranked(null), buildPost({ grade: KASI }))).toMatchObject({
      status: 'WARN',
      noData: true,
    });
  });
});

// One post held since `start`; on AS_OF (2026-11-01) it has lasted `months` whole months.
const servedFor = (grade: PositionGrade, start: string, more = {}) =>
  buildCandidate(
    { career: [step(1, grade, start, null, more)] },
    { currentPositionSince: d(start), birthDate: d('1975-01-01') },
  );

describe('R-EXP-PENGAWAS (PP 11/2017 Pasal 55)', () => {
  const kasi = buildPost({ grade: KASI });
  it('needs 48 months of service: 47 blocks, 48 passes', () => {
    expect(outcome('R-EXP-PENGAWAS', servedFor({ kind: 'PELAKSANA' }, '2022-12-01'), kasi)).toBe('BLOCK');
    expect(outcome('R-EXP-PENGAWAS', servedFor({ kind: 'PELAKSANA' }, '2022-11-01'), kasi)).toBe('PASS');
  });

  it('does not apply to other posts', () => {
    expect(outcome('R-EXP-PENGAWAS', servedFor({ kind: 'PELAKSANA' }, '2025-01-01'), buildPost())).toBe(
      'PASS',
    );
  });
});

describe('R-EXP-ADMINISTRATOR (PP 11/2017 Pasal 54)', () => {
  const kabid = buildPost({ grade: KABID });
  it('needs 36 months as pengawas or an equal JF: 35 blocks, 36 passes', () => {
    expect(outcome('R-EXP-ADMINISTRATOR', servedFor(KASI, '2023-12-01'), kabid)).toBe('BLOCK');
    expect(outcome('R-EXP-ADMINISTRATOR', servedFor(KASI, '2023-11-01'), kabid)).toBe('PASS');
    expect(outcome('R-EXP-ADMINISTRATOR', servedFor(AHLI_MUDA, '2023-11-01'), kabid)).toBe('PASS');
  });

  it('does not count pelaksana years', () => {
    expect(outcome('R-EXP-ADMINISTRATOR', servedFor({ kind: 'PELAKSANA' }, '2000-01-01'), kabid)).toBe(
      'BLOCK',
    );
  });
});

describe('R-EXP-JPT (PP 11/2017 Pasal 107 huruf c)', () => {
  const kadis = buildPost({ grade: KADIS, family: 'LEADERSHIP' }, { opdCode: 'DINKES' });
  const kabid = (start: string, opdCode = 'DINKES') =>
    servedFor(KABID, start, { opdCode, family: 'HEALTH_PUBLIC' });
  it('needs 24 months as administrator: 23 blocks, 24 passes (with related years before)', () => {
    const withPast = (start: string) => {
      const c = kabid(start);
      return {
        ...c,
        career: [
          step(2, KASI, '2015-01-01', start, { opdCode: 'DINKES', family: 'HEALTH_PUBLIC' }),
          ...c.career,
        ],
      };
    };
    expect(outcome('R-EXP-JPT', withPast('2024-12-01'), kadis)).toBe('BLOCK');
    expect(outcome('R-EXP-JPT', withPast('2024-11-01'), kadis)).toBe('PASS');
  });

  it('needs 60 months in the same family or OPD: 59 blocks, 60 passes', () => {
    expect(outcome('R-EXP-JPT', kabid('2021-12-01'), kadis)).toBe('BLOCK');
    expect(outcome('R-EXP-JPT', kabid('2021-11-01'), kadis)).toBe('PASS');
    expect(outcome('R-EXP-JPT', kabid('2015-01-01', 'DISHUB'), kadis)).toBe('BLOCK');
  });

  it('reports both counts', () => {
    const r = ruleResult('R-EXP-JPT', kabid('2021-12-01'), kadis, buildContext());
    expect(r?.evidence).toMatchObject({ relatedMonths: 59, seniorMonths: 59 });
  });
});
