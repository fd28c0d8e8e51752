import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { parsePeriodCode, periodSpan } from './period.js';
import { appendRevision, decideClose, decideWrite, type Revision } from './period-lifecycle.js';

const d = (s: string) => s as LocalDate;

describe('period codes', () => {
  it.each([
    ['2025', 'TAHUNAN', '2025-01-01', '2025-12-31'],
    ['2025-S2', 'SEMESTER', '2025-07-01', '2025-12-31'],
    ['2026-TW1', 'TRIWULAN', '2026-01-01', '2026-03-31'],
    ['2026-q3', 'TRIWULAN', '2026-07-01', '2026-09-30'],
    ['2024-02', 'BULANAN', '2024-02-01', '2024-02-29'],
  ])('%s is %s from %s to %s', (code, kind, start, end) => {
    const r = parsePeriodCode(code);
    expect(r.ok && r.value).toMatchObject({ kind, startDate: start, endDate: end });
  });

  it.each(['2025-TW5', '2025-13', 'TW1', '25', '2025-S3'])('refuses %s', (code) => {
    expect(parsePeriodCode(code).ok).toBe(false);
  });

  it('property: a span round-trips through its code', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('BULANAN', 'TRIWULAN', 'SEMESTER', 'TAHUNAN' as const),
        fc.integer({ min: 2000, max: 2100 }),
        fc.integer({ min: 1, max: 12 }),
        (kind, year, n) => {
          const span = periodSpan(kind, year, n);
          fc.pre(span.ok);
          if (!span.ok) return;
          expect(parsePeriodCode(span.value.code)).toEqual(span);
        },
      ),
    );
  });
});

const statusArb = fc.constantFrom('OPEN' as const, 'CLOSED' as const);
const reasonArb = fc.option(fc.string({ maxLength: 40 }), { nil: null });
const revisionArb = fc.record({
  value: fc.integer(),
  mode: fc.constantFrom('ENTRY' as const, 'CORRECTION' as const),
  reason: reasonArb,
  actorUserId: fc.option(fc.nat(), { nil: null }),
  recordedAt: fc.constant('2026-01-01T00:00:00.000Z'),
});

describe('property: a closed period refuses edits and accepts a correction version', () => {
  it('refuses every entry into a closed period, with PERIOD_CLOSED', () => {
    fc.assert(
      fc.property(reasonArb, (reason) => {
        const r = decideWrite('CLOSED', 'ENTRY', reason);
        expect(r.ok).toBe(false);
        if (!r.ok) expect(r.error).toMatchObject({ code: 'CONFLICT', rule: 'PERIOD_CLOSED' });
      }),
    );
  });

  it('accepts a correction with a reason in any period, and refuses one without', () => {
    fc.assert(
      fc.property(statusArb, fc.string({ minLength: 10, maxLength: 80 }), (status, reason) => {
        const r = decideWrite(status, 'CORRECTION', reason);
        expect(r.ok).toBe(reason.trim().length >= 10);
        if (!r.ok) expect(r.error.rule).toBe('CORRECTION_REASON_REQUIRED');
      }),
    );
    expect(decideWrite('CLOSED', 'CORRECTION', '  ').ok).toBe(false);
  });

  it('appends the correction as a new version and leaves the history as it was', () => {
    fc.assert(
      fc.property(fc.array(revisionArb, { maxLength: 6 }), revisionArb, (writes, correction) => {
        let history: readonly Revision<number>[] = [];
        for (const w of writes) history = appendRevision(history, w);
        const before = structuredClone(history);
        const after = appendRevision(history, { ...correction, mode: 'CORRECTION' });
        expect(after.slice(0, -1)).toEqual(before);
        expect(after.at(-1)).toMatchObject({ revision: before.length + 1, mode: 'CORRECTION' });
      }),
    );
  });

  it('lets an open period take entries', () => {
    expect(decideWrite('OPEN', 'ENTRY', null)).toEqual({ ok: true, value: { mode: 'ENTRY', reason: null } });
  });
});

describe('closing a period', () => {
  it('needs the period to be open and over', () => {
    expect(decideClose('OPEN', d('2026-09-30'), d('2026-09-30')).ok).toBe(true);
    const early = decideClose('OPEN', d('2026-12-31'), d('2026-11-28'));
    expect(!early.ok && early.error.rule).toBe('PERIOD_NOT_ENDED');
    const twice = decideClose('CLOSED', d('2025-12-31'), d('2026-11-28'));
    expect(!twice.ok && twice.error.rule).toBe('PERIOD_ALREADY_CLOSED');
  });
});
