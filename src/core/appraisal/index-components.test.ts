import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { disciplineComponent, innovationComponent, programComponent } from './index-components.js';
import { periodSpan } from './period.js';
import { DEFAULT_APPRAISAL_POLICY as P } from './policy.js';
import { checkAttendance, checkInnovationDates, innovationStatusOn } from './records.js';

const d = (s: string) => s as LocalDate;
const span = (kind: 'TAHUNAN' | 'TRIWULAN', year: number, n: number) => {
  const r = periodSpan(kind, year, n);
  if (!r.ok) throw new Error('bad');
  return r.value;
};

describe('discipline component', () => {
  it('scales the attendance rate from the floor (90%) to 100%', () => {
    expect(disciplineComponent({ workingDays: 60, unexcusedDays: 1, lateCount: 4 }, null, P)).toEqual({
      raw: 96.67,
      score: 66.67,
    });
    expect(disciplineComponent({ workingDays: 240, unexcusedDays: 0, lateCount: 0 }, null, P).score).toBe(
      100,
    );
    expect(disciplineComponent({ workingDays: 100, unexcusedDays: 15, lateCount: 0 }, null, P).score).toBe(0);
  });

  it('is capped by a penalty in force', () => {
    const perfect = { workingDays: 240, unexcusedDays: 0, lateCount: 0 };
    expect(disciplineComponent(perfect, 'RINGAN', P).score).toBe(80);
    expect(disciplineComponent(perfect, 'SEDANG', P).score).toBe(50);
    expect(disciplineComponent(perfect, 'BERAT', P).score).toBe(20);
  });

  it('is missing without attendance data, unless a penalty says something', () => {
    expect(disciplineComponent(null, null, P)).toEqual({ raw: null, score: null });
    expect(disciplineComponent(null, 'SEDANG', P)).toEqual({ raw: null, score: 50 });
  });
});

describe('innovation component', () => {
  const innovation = {
    proposedOn: d('2023-03-01'),
    implementedOn: d('2024-02-01'),
    replicatedOn: null,
    awardedOn: d('2025-08-17'),
  };

  it('counts the status reached by the period end, while it is recent', () => {
    expect(innovationStatusOn(innovation, d('2024-06-30'))).toEqual({
      status: 'IMPLEMENTED',
      since: '2024-02-01',
    });
    const lead = [{ ...innovation, role: 'LEAD' as const }];
    expect(innovationComponent(lead, span('TAHUNAN', 2023, 1), P)).toEqual({ raw: 1, score: 16.67 });
    expect(innovationComponent(lead, span('TAHUNAN', 2024, 1), P)).toEqual({ raw: 3, score: 50 });
    expect(innovationComponent(lead, span('TAHUNAN', 2025, 1), P)).toEqual({ raw: 8, score: 100 });
    expect(innovationComponent(lead, span('TRIWULAN', 2026, 2), P).raw).toBe(8);
    expect(innovationComponent(lead, span('TRIWULAN', 2026, 3), P).raw).toBe(0);
  });

  it('gives members half the points of the lead', () => {
    const member = [{ ...innovation, role: 'MEMBER' as const }];
    expect(innovationComponent(member, span('TAHUNAN', 2024, 1), P).raw).toBe(1.5);
  });

  it('checks that the dates follow the status', () => {
    // A replication is optional on the way to an award; the implementation is not.
    expect(checkInnovationDates('AWARDED', { ...innovation, replicatedOn: null })).toEqual([]);
    expect(
      checkInnovationDates('AWARDED', { ...innovation, implementedOn: null }).map((i) => i.rule),
    ).toEqual(['INNOVATION_DATE_REQUIRED']);
    expect(checkInnovationDates('REPLICATED', { ...innovation, awardedOn: null }).map((i) => i.rule)).toEqual(
      ['INNOVATION_DATE_REQUIRED'],
    );
    expect(checkInnovationDates('PROPOSED', innovation).map((i) => i.rule)).toEqual([
      'INNOVATION_DATE_AHEAD_OF_STATUS',
      'INNOVATION_DATE_AHEAD_OF_STATUS',
    ]);
    expect(
      checkInnovationDates('IMPLEMENTED', {
        ...innovation,
        implementedOn: d('2022-01-01'),
        awardedOn: null,
      })[0]?.rule,
    ).toBe('INNOVATION_DATE_ORDER');
  });
});

describe('programme component', () => {
  it('counts the hours inside the period, by role and outcome, against pro-rata full hours', () => {
    const p = {
      role: 'COORDINATOR' as const,
      outcome: 'ACHIEVED' as const,
      hours: 40,
      startDate: d('2026-01-01'),
      endDate: d('2026-06-30'),
    };
    // Q1 holds 90 of 181 days: 40 x 90/181 x 1.5 = 29.83 weighted hours of 15 for a quarter.
    expect(programComponent([p], span('TRIWULAN', 2026, 1), P)).toEqual({ raw: 29.83, score: 100 });
    expect(programComponent([p], span('TAHUNAN', 2026, 1), P)).toEqual({ raw: 60, score: 100 });
    expect(programComponent([p], span('TRIWULAN', 2026, 3), P)).toEqual({ raw: 0, score: 0 });
  });
});

describe('attendance checks', () => {
  const q1 = span('TRIWULAN', 2026, 1);
  it('accepts a plausible recap and names every broken rule', () => {
    expect(checkAttendance({ workingDays: 62, unexcusedDays: 2, lateCount: 5 }, q1)).toEqual([]);
    expect(
      checkAttendance({ workingDays: 95, unexcusedDays: 96, lateCount: -1 }, q1).map((i) => i.rule),
    ).toEqual(['WORKING_DAYS_RANGE', 'DAYS_WITHIN_WORKING_DAYS', 'DAYS_WITHIN_WORKING_DAYS']);
  });
});
