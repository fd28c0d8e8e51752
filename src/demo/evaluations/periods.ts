import { type PeriodSpan, periodSpan } from '../../core/appraisal/period.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { parseDay } from '../dates.js';

/** A demo period: whether its records exist yet and whether it is closed. */
export interface DemoPeriod extends PeriodSpan {
  readonly close: boolean;
  /** Ratings and attendance exist once the period has ended. */
  readonly recorded: boolean;
}

const span = (kind: 'TAHUNAN' | 'TRIWULAN', year: number, n: number): PeriodSpan => {
  const r = periodSpan(kind, year, n);
  if (!r.ok) throw new Error(`bad demo period ${kind} ${year} ${n}`);
  return r.value;
};

/**
 * The annual periods of the three years before `asOf` and the quarters of the current year that
 * have started. A period is closed once it ended six weeks before `asOf` (evaluation takes a
 * month or so); the quarter still being evaluated stays open with its records, the running one
 * open and empty.
 */
export function demoPeriods(asOf: LocalDate): DemoPeriod[] {
  const today = parseDay(asOf);
  const year = Number(asOf.slice(0, 4));
  const periods: PeriodSpan[] = [1, 2, 3].map((k) => span('TAHUNAN', year - 4 + k, 1));
  for (let q = 1; q <= 4; q++) {
    const quarter = span('TRIWULAN', year, q);
    if (parseDay(quarter.startDate) <= today) periods.push(quarter);
  }
  return periods.map((p) => {
    const end = parseDay(p.endDate);
    return { ...p, recorded: end < today, close: end + 42 <= today };
  });
}
