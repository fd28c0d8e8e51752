import { describe, expect, it } from 'vitest';
import {
  checkRow,
  derivedPredikat,
  draftOf,
  hasProblems,
  type RosterPerson,
  type RowDraft,
} from './row-rules';

// A thirty-day month: at most 30 working days.
const JUNE = { startDate: '2026-06-01', endDate: '2026-06-30' };

const EMPTY: RowDraft = {
  hasilKerja: null,
  perilakuKerja: null,
  workingDays: '',
  unexcusedDays: '',
  lateCount: '',
};

const person = (over: Partial<RosterPerson> = {}): RosterPerson => ({
  employeeId: 7,
  nip: '198609262015051001',
  name: 'Rina Simatupang',
  positionName: 'Analis Kepegawaian',
  unitId: 3,
  unitName: 'BKPSDM',
  skp: null,
  attendance: null,
  ...over,
});

describe('draftOf', () => {
  it('starts an unrecorded person with empty cells', () => {
    expect(draftOf(person())).toEqual(EMPTY);
  });

  it('shows saved ratings and counts, counts as text', () => {
    const evidence = { kind: 'DOCUMENT' as const, reference: 'SKP-2026' };
    const draft = draftOf(
      person({
        skp: {
          revision: 1,
          hasilKerja: 'SESUAI_EKSPEKTASI',
          perilakuKerja: 'DI_ATAS_EKSPEKTASI',
          predikat: 'BAIK',
          evaluatorNip: null,
          evidence,
        },
        attendance: { revision: 1, workingDays: 21, unexcusedDays: 0, lateCount: 2, evidence },
      }),
    );
    expect(draft).toEqual({
      hasilKerja: 'SESUAI_EKSPEKTASI',
      perilakuKerja: 'DI_ATAS_EKSPEKTASI',
      workingDays: '21',
      unexcusedDays: '0',
      lateCount: '2',
    });
  });
});

describe('checkRow', () => {
  it('finds nothing wrong with an untouched row', () => {
    expect(checkRow(EMPTY, EMPTY, JUNE)).toEqual({});
  });

  it('asks for the other rating when only one is chosen', () => {
    expect(checkRow({ ...EMPTY, hasilKerja: 'SESUAI_EKSPEKTASI' }, EMPTY, JUNE)).toEqual({
      perilakuKerja: { kind: 'rule', rule: 'ratingPair' },
    });
    expect(checkRow({ ...EMPTY, perilakuKerja: 'SESUAI_EKSPEKTASI' }, EMPTY, JUNE)).toEqual({
      hasilKerja: { kind: 'rule', rule: 'ratingPair' },
    });
  });

  it('refuses clearing saved ratings (a correction is the way)', () => {
    const base = { ...EMPTY, hasilKerja: 'SESUAI_EKSPEKTASI', perilakuKerja: 'SESUAI_EKSPEKTASI' } as const;
    expect(checkRow(EMPTY, base, JUNE)).toEqual({ hasilKerja: { kind: 'rule', rule: 'ratingCleared' } });
  });

  it('wants all three counts or none', () => {
    const problems = checkRow({ ...EMPTY, workingDays: '20' }, EMPTY, JUNE);
    expect(problems).toEqual({
      unexcusedDays: { kind: 'rule', rule: 'attendanceAll' },
      lateCount: { kind: 'rule', rule: 'attendanceAll' },
    });
  });

  it('flags a saved attendance emptied again on the first count', () => {
    const base = { ...EMPTY, workingDays: '20', unexcusedDays: '0', lateCount: '0' };
    expect(checkRow(EMPTY, base, JUNE)).toEqual({ workingDays: { kind: 'rule', rule: 'attendanceAll' } });
  });

  it('accepts whole numbers only', () => {
    const problems = checkRow(
      { ...EMPTY, workingDays: '20', unexcusedDays: '1.5', lateCount: '-1' },
      EMPTY,
      JUNE,
    );
    expect(problems).toEqual({
      unexcusedDays: { kind: 'rule', rule: 'wholeNumber' },
      lateCount: { kind: 'rule', rule: 'wholeNumber' },
    });
  });

  it("applies the core's attendance rule against the period's calendar", () => {
    const problems = checkRow(
      { ...EMPTY, workingDays: '31', unexcusedDays: '0', lateCount: '0' },
      EMPTY,
      JUNE,
    );
    expect(Object.keys(problems)).toEqual(['workingDays']);
    const issue = problems.workingDays;
    expect(issue?.kind).toBe('issue');
    if (issue?.kind === 'issue') expect(issue.message.en).toContain('30');
    // The same counts fit a 31-day month.
    expect(
      checkRow({ ...EMPTY, workingDays: '31', unexcusedDays: '0', lateCount: '0' }, EMPTY, {
        startDate: '2026-07-01',
        endDate: '2026-07-31',
      }),
    ).toEqual({});
  });

  it('keeps unexcused days within the working days', () => {
    const problems = checkRow(
      { ...EMPTY, workingDays: '10', unexcusedDays: '11', lateCount: '0' },
      EMPTY,
      JUNE,
    );
    expect(Object.keys(problems)).toEqual(['unexcusedDays']);
    expect(hasProblems(problems)).toBe(true);
  });

  it('ignores surrounding spaces in counts', () => {
    expect(
      checkRow({ ...EMPTY, workingDays: ' 20 ', unexcusedDays: '0', lateCount: '1 ' }, EMPTY, JUNE),
    ).toEqual({});
  });
});

describe('derivedPredikat', () => {
  it('waits for both ratings', () => {
    expect(derivedPredikat({ ...EMPTY, hasilKerja: 'DI_ATAS_EKSPEKTASI' })).toBeNull();
  });

  it('reads the PermenPANRB 6/2022 matrix', () => {
    const both = (r: 'DI_BAWAH_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_ATAS_EKSPEKTASI') => ({
      ...EMPTY,
      hasilKerja: r,
      perilakuKerja: r,
    });
    expect(derivedPredikat(both('DI_ATAS_EKSPEKTASI'))).toBe('SANGAT_BAIK');
    expect(derivedPredikat(both('SESUAI_EKSPEKTASI'))).toBe('BAIK');
    expect(derivedPredikat(both('DI_BAWAH_EKSPEKTASI'))).toBe('SANGAT_KURANG');
  });
});
