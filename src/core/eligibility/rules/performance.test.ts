import { describe, expect, it } from 'vitest';
import type { AnnualPredikat } from '../../matching/inputs.js';
import {
  buildCandidate,
  buildContext,
  buildPost,
  d,
  outcome,
  ruleResult,
  step,
} from '../../matching/testing/factories.js';
import type { CompetencyScore } from '../../model/competency.js';
import type { DisciplinaryCase } from '../../model/employee.js';

const withPredikat = (...annualPredikat: AnnualPredikat[]) =>
  buildCandidate({ performance: { annualPredikat, performanceIndex: null, talentBox: null } });
const kasi = buildPost({ grade: { kind: 'PENGAWAS', eselon: 'IV.a' } });

describe('R-SKP-2Y (PP 11/2017 Pasal 54-55, 107; Perban 5/2019 Pasal 3)', () => {
  it('passes Baik in both years and fails one year below Baik', () => {
    const ok = withPredikat({ year: 2025, predikat: 'BAIK' }, { year: 2024, predikat: 'SANGAT_BAIK' });
    expect(outcome('R-SKP-2Y', ok, buildPost())).toBe('PASS');
    const low = withPredikat({ year: 2025, predikat: 'BUTUH_PERBAIKAN' }, { year: 2024, predikat: 'BAIK' });
    expect(outcome('R-SKP-2Y', low, buildPost())).toBe('WARN');
    expect(outcome('R-SKP-2Y', low, kasi)).toBe('BLOCK');
  });

  it('looks at the two calendar years before the date of the move', () => {
    const c = withPredikat(
      { year: 2026, predikat: 'BAIK' },
      { year: 2025, predikat: 'BAIK' },
      { year: 2024, predikat: 'SANGAT_KURANG' },
    );
    expect(outcome('R-SKP-2Y', c, kasi, buildContext({ asOf: d('2026-12-31') }))).toBe('BLOCK');
    expect(outcome('R-SKP-2Y', c, kasi, buildContext({ asOf: d('2027-01-01') }))).toBe('PASS');
  });

  it('warns, flagged "no data", when a year is missing', () => {
    const r = ruleResult('R-SKP-2Y', withPredikat({ year: 2025, predikat: 'BAIK' }), kasi);
    expect(r).toMatchObject({ status: 'WARN', noData: true });
    expect(r?.message.en).toContain('2024: -');
  });
});

describe('R-HUKDIS-RIWAYAT', () => {
  const penalty = (decisionDate: string): DisciplinaryCase => ({
    id: 9,
    status: 'SELESAI',
    level: 'SEDANG',
    penaltyType: 'POTONGAN_TPK_25_6_BULAN',
    description: 'Absen',
    decisionNumber: '800/9/2024',
    decisionDate: d(decisionDate),
    startDate: d(decisionDate),
    endDate: null,
    suspendedFromDuty: false,
  });
  const punished = (date: string) => buildCandidate({}, { disciplinaryCases: [penalty(date)] });
  it('warns a promotion within 24 months of a medium penalty, from its first day', () => {
    expect(outcome('R-HUKDIS-RIWAYAT', punished('2024-11-01'), kasi)).toBe('WARN');
    expect(outcome('R-HUKDIS-RIWAYAT', punished('2024-10-31'), kasi)).toBe('PASS');
  });

  it('ignores rotations', () => {
    expect(outcome('R-HUKDIS-RIWAYAT', punished('2026-01-01'), buildPost())).toBe('PASS');
  });
});

describe('R-KOMPETENSI (PermenPANRB 38/2017)', () => {
  const assessed = (levels: number[]) => {
    const codes = ['M.01', 'SK.01', 'T.GENERAL_ADMIN'];
    const scores = levels.map(
      (level, i): CompetencyScore => ({
        type: i === 0 ? 'MANAGERIAL' : i === 1 ? 'SOCIO_CULTURAL' : 'TECHNICAL',
        code: codes[i]!,
        level: level as 1,
      }),
    );
    return buildCandidate(
      { career: [step(1, { kind: 'PELAKSANA' }, '2015-01-01', null)] },
      {
        competencyAssessments: [
          { id: 1, assessedOn: d('2026-01-10'), validUntil: null, assessor: 'UPT', scores },
        ],
      },
    );
  };
  it('warns below the 68% threshold and passes at or above it', () => {
    // Standard 2/2/2: levels 2,2,1 -> 5/6 = 83.3%; 1,2,1 -> 4/6 = 66.7%.
    expect(outcome('R-KOMPETENSI', assessed([2, 2, 1]), buildPost())).toBe('PASS');
    expect(outcome('R-KOMPETENSI', assessed([1, 2, 1]), buildPost())).toBe('WARN');
  });

  it('is "no data" without a valid assessment', () => {
    expect(ruleResult('R-KOMPETENSI', buildCandidate(), buildPost())).toMatchObject({
      status: 'PASS',
      noData: true,
    });
  });
});
