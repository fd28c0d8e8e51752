import type { HukdisLevel } from '../model/employee.js';
import { addMonths, type LocalDate } from '../model/local-date.js';
import type { PeriodSpan } from './period.js';
import { PERIOD_MONTHS } from './period.js';
import type { AppraisalPolicy } from './policy.js';
import type { Predikat } from './ratings.js';
import {
  type AttendanceValue,
  type InnovationDates,
  type InnovationRole,
  innovationStatusOn,
  type ParticipationValue,
} from './records.js';

/** A component's raw value and its 0-100 score; `score` null means no data (its weight moves on). */
export interface ComponentValue {
  readonly raw: number | null;
  readonly score: number | null;
}

const clamp = (x: number, lo = 0, hi = 100): number => Math.min(hi, Math.max(lo, x));
const round2 = (x: number): number => Math.round(x * 100) / 100;

/** The SKP component: the statutory predikat on the policy's 0-100 scale (never altered by it). */
export function skpComponent(predikat: Predikat, policy: AppraisalPolicy): ComponentValue {
  return { raw: null, score: policy.skpScores[predikat] };
}

/**
 * The discipline component (DOMAIN.md 5.5, 6): the attendance rate, counting a late arrival as a
 * fraction of an absent day, scaled so that the floor rate scores 0 and full attendance 100; a
 * penalty in force during the period caps it. Without attendance data the component is missing,
 * unless a penalty gives the cap.
 * @example disciplineComponent({ workingDays: 60, unexcusedDays: 1, lateCount: 4 }, null, policy)
 *   // raw 96.67 (%), score 66.67
 */
export function disciplineComponent(
  attendance: Pick<AttendanceValue, 'workingDays' | 'unexcusedDays' | 'lateCount'> | null,
  heaviestPenalty: HukdisLevel | null,
  policy: AppraisalPolicy,
): ComponentValue {
  const { floorRate, lateWeight, caseCaps } = policy.discipline;
  const cap = heaviestPenalty ? caseCaps[heaviestPenalty] : 100;
  if (!attendance || attendance.workingDays <= 0) {
    return heaviestPenalty ? { raw: null, score: cap } : { raw: null, score: null };
  }
  const lost = attendance.unexcusedDays + attendance.lateCount * lateWeight;
  const rate = clamp((100 * (attendance.workingDays - lost)) / attendance.workingDays);
  const scaled = clamp(((rate - floorRate) / (100 - floorRate)) * 100);
  return { raw: round2(rate), score: round2(Math.min(scaled, cap)) };
}

/** One person's part in an innovation, with the innovation's lifecycle dates. */
export interface InnovationShare extends InnovationDates {
  readonly role: InnovationRole;
}

/**
 * The innovation component: points for the status each of the person's innovations had at the
 * period's end, by role, while that status is recent (credit lasts `creditMonths`).
 * @example an implemented innovation led by the person: 3 points of 6 -> score 50
 */
export function innovationComponent(
  shares: readonly InnovationShare[],
  period: Pick<PeriodSpan, 'endDate'>,
  policy: AppraisalPolicy,
): ComponentValue {
  const { statusPoints, roleFactors, fullPoints, creditMonths } = policy.innovation;
  const creditFrom: LocalDate = addMonths(period.endDate, -creditMonths);
  let points = 0;
  for (const share of shares) {
    const reached = innovationStatusOn(share, period.endDate);
    if (reached && reached.since > creditFrom)
      points += statusPoints[reached.status] * roleFactors[share.role];
  }
  return { raw: round2(points), score: round2(clamp((points / fullPoints) * 100)) };
}

/**
 * The government-programme component: hours inside the period (pro rata to the overlap of the
 * participation with the period), weighted by role and outcome, against the policy's yearly hours
 * scaled to the period's length.
 */
export function programComponent(
  participations: readonly ParticipationValue[],
  period: Pick<PeriodSpan, 'kind' | 'startDate' | 'endDate'>,
  policy: AppraisalPolicy,
): ComponentValue {
  const { roleFactors, outcomeFactors, fullHoursPerYear } = policy.program;
  let points = 0;
  for (const p of participations) {
    const overlap = overlapDays(p.startDate, p.endDate, period.startDate, period.endDate);
    if (overlap <= 0) continue;
    const share = overlap / (daysBetween(p.startDate, p.endDate) + 1);
    points += p.hours * share * roleFactors[p.role] * outcomeFactors[p.outcome];
  }
  const full = (fullHoursPerYear * PERIOD_MONTHS[period.kind]) / 12;
  return { raw: round2(points), score: round2(clamp((points / full) * 100)) };
}

function daysBetween(from: LocalDate, to: LocalDate): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

function overlapDays(aStart: LocalDate, aEnd: LocalDate, bStart: LocalDate, bEnd: LocalDate): number {
  const start = aStart > bStart ? aStart : bStart;
  const end = aEnd < bEnd ? aEnd : bEnd;
  return end < start ? 0 : daysBetween(start, end) + 1;
}
