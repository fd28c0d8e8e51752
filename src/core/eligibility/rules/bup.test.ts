import { describe, expect, it } from 'vitest';
import {
  buildCandidate,
  buildContext,
  buildPost,
  d,
  outcome,
  ruleResult,
} from '../../matching/testing/factories.js';

// Born 1968-11-15: a pelaksana (BUP 58) retires on 2026-12-01, a JF ahli madya (BUP 60) on 2028-12-01.
const c = buildCandidate({}, { birthDate: d('1968-11-15') });
const pelaksana = buildPost();
const ahliMadya = buildPost({ grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MADYA' } });
const on = (date: string) => buildContext({ asOf: d(date) });

describe('R-BUP-WINDOW', () => {
  it('warns from 12 months before the retirement date, not the day before', () => {
    expect(outcome('R-BUP-WINDOW', c, pelaksana, on('2025-11-30'))).toBe('PASS');
    expect(outcome('R-BUP-WINDOW', c, pelaksana, on('2025-12-01'))).toBe('WARN');
    expect(outcome('R-BUP-WINDOW', c, pelaksana, on('2026-11-30'))).toBe('WARN');
  });

  it("uses the target post's retirement age", () => {
    expect(outcome('R-BUP-WINDOW', c, ahliMadya, on('2026-11-30'))).toBe('PASS');
    expect(ruleResult('R-BUP-WINDOW', c, ahliMadya, on('2026-11-30'))?.evidence.retirementDate).toBe(
      '2028-12-01',
    );
  });
});

describe('R-BUP-PASSED', () => {
  it('blocks from the retirement date on', () => {
    expect(outcome('R-BUP-PASSED', c, pelaksana, on('2026-11-30'))).toBe('PASS');
    expect(outcome('R-BUP-PASSED', c, pelaksana, on('2026-12-01'))).toBe('BLOCK');
    expect(outcome('R-BUP-PASSED', c, ahliMadya, on('2026-12-01'))).toBe('PASS');
  });
});
