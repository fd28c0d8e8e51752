import { describe, expect, it } from 'vitest';
import type { CompetencyStandard } from '../model/competency.js';
import type { LocalDate } from '../model/local-date.js';
import { DEFAULT_APPRAISAL_POLICY as P } from './policy.js';
import { type AssessmentInput, assessmentOn, potentialOf } from './potential.js';

const d = (s: string) => s as LocalDate;
const standard: CompetencyStandard[] = [
  { type: 'MANAGERIAL', code: 'M.01', name: 'Integritas', level: 3 },
  { type: 'MANAGERIAL', code: 'M.02', name: 'Kerja Sama', level: 3 },
  { type: 'SOCIO_CULTURAL', code: 'SK.01', name: 'Perekat Bangsa', level: 3 },
  { type: 'TECHNICAL', code: 'T.HR', name: 'Manajemen SDM', level: 4 },
];
const assessment = (on: string, levels: [number, number, number, number]): AssessmentInput => ({
  assessedOn: d(on),
  validUntil: null,
  scores: [
    { type: 'MANAGERIAL', code: 'M.01', level: levels[0] as 1 },
    { type: 'MANAGERIAL', code: 'M.02', level: levels[1] as 1 },
    { type: 'SOCIO_CULTURAL', code: 'SK.01', level: levels[2] as 1 },
    { type: 'TECHNICAL', code: 'T.HR', level: levels[3] as 1 },
  ],
});

describe('potentialOf', () => {
  it('weights job-person match per competency type and training hours', () => {
    const p = potentialOf(standard, [assessment('2024-05-01', [3, 2, 3, 4])], 10, d('2025-12-31'), P);
    expect(p.status).toBe('ASSESSED');
    expect(p.factors.MANAGERIAL).toEqual({ raw: 83.33, normalized: 83.33 });
    expect(p.factors.SOCIO_CULTURAL.normalized).toBe(100);
    expect(p.factors.TECHNICAL.normalized).toBe(100);
    expect(p.factors.TRAINING).toEqual({ raw: 10, normalized: 50 });
    // 0.45 x 83.33 + 0.15 x 100 + 0.3 x 100 + 0.1 x 50
    expect(p.score).toBe(87.5);
    expect(p.level).toBe('MENENGAH');
  });

  it('uses the latest assessment made by the period end, not a later one', () => {
    const early = assessment('2023-03-01', [1, 1, 1, 1]);
    const late = assessment('2026-02-01', [3, 3, 3, 4]);
    expect(assessmentOn([late, early], d('2025-12-31'), 36).assessment).toBe(early);
    expect(potentialOf(standard, [late, early], 20, d('2025-12-31'), P).level).toBe('RENDAH');
  });

  it('has no potential without a valid assessment, or without a standard', () => {
    expect(potentialOf(standard, [], 20, d('2025-12-31'), P)).toMatchObject({
      status: 'NO_ASSESSMENT',
      score: null,
      level: null,
    });
    const old = assessment('2021-06-30', [3, 3, 3, 4]);
    expect(potentialOf(standard, [old], 20, d('2025-12-31'), P)).toMatchObject({
      status: 'ASSESSMENT_EXPIRED',
      assessedOn: '2021-06-30',
    });
    const lapsed = { ...assessment('2025-01-01', [3, 3, 3, 4]), validUntil: d('2025-06-30') };
    expect(potentialOf(standard, [lapsed], 20, d('2025-12-31'), P).status).toBe('ASSESSMENT_EXPIRED');
    expect(potentialOf([], [assessment('2025-01-01', [3, 3, 3, 4])], 20, d('2025-12-31'), P).status).toBe(
      'NO_STANDARD',
    );
  });

  it('shares the weight of a competency type the post has no standard for', () => {
    const managerialOnly = standard.filter((s) => s.type === 'MANAGERIAL');
    const p = potentialOf(managerialOnly, [assessment('2025-01-01', [3, 3, 1, 1])], 20, d('2025-12-31'), P);
    expect(p.factors.TECHNICAL.normalized).toBeNull();
    expect(p.score).toBe(100);
  });
});
