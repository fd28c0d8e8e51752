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
import type { TenureOverride } from '../tenure-override.js';

const since = (date: string) => buildCandidate({}, { currentPositionSince: d(date) });
const on = (date: string) => buildContext({ asOf: d(date) });
const post = buildPost();
const ownPost = (c: ReturnType<typeof since>) => buildPost({ id: c.employee.currentPositionId! });

describe('R-TENURE-MIN (PP 11/2017 Pasal 190 ayat 3)', () => {
  const c = since('2024-11-01');
  it('blocks one day before the 2-year mark and passes on it and after', () => {
    expect(outcome('R-TENURE-MIN', c, post, on('2026-10-31'))).toBe('BLOCK');
    expect(outcome('R-TENURE-MIN', c, post, on('2026-11-01'))).toBe('PASS');
    expect(outcome('R-TENURE-MIN', c, post, on('2026-11-02'))).toBe('PASS');
  });

  it('says how long and what would lift the block', () => {
    const r = ruleResult('R-TENURE-MIN', c, post, on('2026-10-31'));
    expect(r?.message.id).toContain('23 bulan');
    expect(r?.message.en).toContain('23 months');
    expect(r?.status === 'BLOCK' && r.remedy?.en).toContain('24 months');
    expect(r?.evidence.tenureMonths).toBe(23);
  });

  it('does not hold staying put or an exempt kind of move to the minimum', () => {
    expect(outcome('R-TENURE-MIN', c, ownPost(c), on('2026-10-31'))).toBe('PASS');
    expect(
      outcome('R-TENURE-MIN', c, post, buildContext({ asOf: d('2026-10-31'), mutationKind: 'DEMOTION' })),
    ).toBe('PASS');
    expect(
      outcome('R-TENURE-MIN', c, post, buildContext({ asOf: d('2026-10-31'), mutationKind: 'ROTATION' })),
    ).toBe('BLOCK');
  });

  it('marks a person without a current post as "no data"', () => {
    const r = ruleResult(
      'R-TENURE-MIN',
      buildCandidate({}, { currentPositionId: null, currentPositionSince: null }),
      post,
    );
    expect(r).toMatchObject({ status: 'PASS', noData: true });
  });
});

describe('R-TENURE-MIN with a recorded exception (DOMAIN.md 15.6)', () => {
  const c = since('2025-06-01');
  const complete: TenureOverride = {
    employeeId: c.employee.id,
    toPositionId: post.position.id,
    ground: 'PROMOTION',
    approvedByUserId: 3,
    reason: 'Promosi ke jabatan pengawas yang lowong',
    documentSha256: 'a'.repeat(64),
  };
  const withOverrides = (tenureOverrides: TenureOverride[]) =>
    buildContext({ asOf: d('2026-10-31'), tenureOverrides });

  it('passes the move with a complete override and says so, with the ground, in the evidence', () => {
    const r = ruleResult('R-TENURE-MIN', c, post, withOverrides([complete]));
    expect(r?.status).toBe('PASS');
    expect(r?.evidence).toMatchObject({ tenureMonths: 16, overridden: true, overrideGround: 'PROMOTION' });
    expect(r?.message.id).toContain('promosi');
    expect(r?.message.en).toContain('exception');
  });

  it('lifts nothing without the document, the approver or the reason', () => {
    for (const broken of [
      { ...complete, documentSha256: null },
      { ...complete, documentSha256: 'not-a-hash' },
      { ...complete, approvedByUserId: null },
      { ...complete, reason: '  ' },
    ]) {
      const r = ruleResult('R-TENURE-MIN', c, post, withOverrides([broken]));
      expect(r?.status).toBe('BLOCK');
      expect(r?.evidence.overridden).toBeUndefined();
    }
  });

  it('covers only that person into that post', () => {
    const other = buildPost();
    expect(outcome('R-TENURE-MIN', c, other, withOverrides([complete]))).toBe('BLOCK');
    const someoneElse = since('2025-06-01');
    expect(outcome('R-TENURE-MIN', someoneElse, post, withOverrides([complete]))).toBe('BLOCK');
  });

  it('leaves a move that meets the minimum as it was', () => {
    const senior = since('2020-01-01');
    const r = ruleResult(
      'R-TENURE-MIN',
      senior,
      post,
      withOverrides([{ ...complete, employeeId: senior.employee.id }]),
    );
    expect(r?.status).toBe('PASS');
    expect(r?.evidence.overridden).toBeUndefined();
  });
});

describe('R-TENURE-MAX (PP 11/2017 Pasal 190 ayat 3)', () => {
  const c = since('2021-11-01');
  it('flags staying from the 5-year mark on, not the day before', () => {
    expect(outcome('R-TENURE-MAX', c, ownPost(c), on('2026-10-31'))).toBe('PASS');
    expect(outcome('R-TENURE-MAX', c, ownPost(c), on('2026-11-01'))).toBe('WARN');
  });

  it('is satisfied by a move away', () => {
    const r = ruleResult('R-TENURE-MAX', c, post, on('2026-11-01'));
    expect(r?.status).toBe('PASS');
    expect(r?.message.en).toContain('meets the 60-month limit');
  });
});

describe('R-DEMOSI (PP 11/2017 Pasal 190 ayat 4; PP 94/2021)', () => {
  const kasi = buildCandidate(
    {
      career: [step(1, { kind: 'PENGAWAS', eselon: 'IV.a' }, '2020-01-01', null)],
    },
    { currentPositionSince: d('2020-01-01') },
  );
  it('blocks a move to a lower tier and passes the same tier and above', () => {
    expect(outcome('R-DEMOSI', kasi, buildPost({ grade: { kind: 'PELAKSANA' } }))).toBe('BLOCK');
    expect(outcome('R-DEMOSI', kasi, buildPost({ grade: { kind: 'PENGAWAS', eselon: 'IV.b' } }))).toBe(
      'PASS',
    );
    expect(
      outcome(
        'R-DEMOSI',
        kasi,
        buildPost({ grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_PERTAMA' } }),
      ),
    ).toBe('BLOCK');
    expect(
      outcome(
        'R-DEMOSI',
        kasi,
        buildPost({ grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MUDA' } }),
      ),
    ).toBe('PASS');
    expect(outcome('R-DEMOSI', kasi, buildPost({ grade: { kind: 'ADMINISTRATOR', eselon: 'III.b' } }))).toBe(
      'PASS',
    );
  });

  it('allows a demotion proposed as one', () => {
    const ctx = buildContext({ mutationKind: 'DEMOTION' });
    expect(outcome('R-DEMOSI', kasi, buildPost({ grade: { kind: 'PELAKSANA' } }), ctx)).toBe('PASS');
  });
});
