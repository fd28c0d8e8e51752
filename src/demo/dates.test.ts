import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths } from '../core/model/local-date.js';
import { addMonthsDay, civil, dayOf, fmt, monthOf, monthStart, parseDay } from './dates.js';

const days = fc.integer({ min: dayOf(1900, 1, 1), max: dayOf(2100, 12, 31) });

describe('demo calendar arithmetic', () => {
  it('agrees with the JavaScript calendar and round-trips', () => {
    fc.assert(
      fc.property(days, (d) => {
        const c = civil(d);
        return (
          fmt(d) === new Date(d * 86_400_000).toISOString().slice(0, 10) &&
          dayOf(c.year, c.month, c.day) === d &&
          parseDay(fmt(d)) === d
        );
      }),
    );
  });

  it('adds months like the core does, clamping to the end of shorter months', () => {
    fc.assert(
      fc.property(
        days,
        fc.integer({ min: -600, max: 600 }),
        (d, m) => fmt(addMonthsDay(d, m)) === addMonths(fmt(d), m),
      ),
    );
    expect(fmt(addMonthsDay(dayOf(2024, 1, 31), 1))).toBe('2024-02-29');
  });

  it('turns days into month indexes and back to the first of the month', () => {
    fc.assert(fc.property(days, (d) => fmt(monthStart(monthOf(d))) === `${fmt(d).slice(0, 8)}01`));
  });
});
