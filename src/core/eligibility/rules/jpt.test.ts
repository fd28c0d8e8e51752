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
import type { PositionGrade } from '../../model/position.js';

const KADIS: PositionGrade = { kind: 'JPT_PRATAMA', eselon: 'II.b' };
const on = (date: string) => buildContext({ asOf: d(date) });

describe('R-JPT-AGE (PP 11/2017 jo PP 17/2020 Pasal 107 huruf c)', () => {
  const born = buildCandidate({}, { birthDate: d('1970-11-01') });
  const kadis = buildPost({ grade: KADIS });
  it('passes the day before the 57th birthday and blocks on it', () => {
    expect(outcome('R-JPT-AGE', born, kadis, on('2027-10-31'))).toBe('PASS');
    expect(outcome('R-JPT-AGE', born, kadis, on('2027-11-01'))).toBe('BLOCK');
  });

  it('spares a sitting JPT rotated to another JPT post, and other kinds of post', () => {
    const sitting = buildCandidate(
      { career: [step(1, KADIS, '2020-01-01', null)] },
      { birthDate: d('1960-01-01') },
    );
    expect(outcome('R-JPT-AGE', sitting, kadis, on('2026-06-01'))).toBe('PASS');
    expect(outcome('R-JPT-AGE', born, buildPost(), on('2030-01-01'))).toBe('PASS');
  });
});

describe('R-JPT-2Y (UU 5/2014 Pasal 116 ayat 1)', () => {
  const kadis = buildPost(
    { grade: KADIS },
    {},
    { employeeId: 77, installedOn: d('2024-11-01'), replacementGround: null },
  );
  const c = buildCandidate();
  it('protects the incumbent until the day before the 2-year mark', () => {
    expect(outcome('R-JPT-2Y', c, kadis, on('2026-10-31'))).toBe('BLOCK');
    expect(outcome('R-JPT-2Y', c, kadis, on('2026-11-01'))).toBe('PASS');
  });

  it('lifts the protection with a recorded ground', () => {
    const ground = buildPost(
      { grade: KADIS },
      {},
      { employeeId: 77, installedOn: d('2025-06-01'), replacementGround: 'VIOLATION' },
    );
    expect(outcome('R-JPT-2Y', c, ground, on('2026-01-01'))).toBe('PASS');
  });

  it("protects the candidate's own JPT post too", () => {
    const sitting = buildCandidate(
      { career: [step(1, KADIS, '2025-01-02', null)] },
      { currentPositionSince: d('2025-01-02') },
    );
    const r = ruleResult('R-JPT-2Y', sitting, buildPost({ grade: KADIS }), on('2026-11-01'));
    expect(r?.status).toBe('BLOCK');
    expect(r?.evidence.who).toBe('CANDIDATE');
  });
});
