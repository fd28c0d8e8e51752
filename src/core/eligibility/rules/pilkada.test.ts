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
import { postInaugurationWindow, preCandidacyWindow } from '../election-windows.js';
import type { MendagriApproval } from '../moves-and-windows.js';

// Sibolga, Pilkada 2024 (DOMAIN.md 9.2): pairs set 2024-09-22, term ends 2025-02-20 with the new inauguration.
const pre = preCandidacyWindow(d('2024-09-22'), d('2025-02-19'));
const post = postInaugurationWindow(d('2025-02-20'));
const kasi = buildPost({ id: 501, grade: { kind: 'PENGAWAS', eselon: 'IV.a' } });
const c = buildCandidate();
const during = (asOf: string, mendagriApprovals: MendagriApproval[] = []) =>
  buildContext({ asOf: d(asOf), electionWindows: [pre, post], mendagriApprovals });
const approval = (over: Partial<MendagriApproval>): MendagriApproval => ({
  letterNo: '100.2.2.6/1234/OTDA',
  letterDate: d('2024-06-01'),
  subject: 'Persetujuan penggantian pejabat Pemko Sibolga',
  coveredNips: [],
  coveredPositionIds: [],
  ...over,
});

describe('election windows (DOMAIN.md 9.2)', () => {
  it('opens 6 months before the pairs are set and closes 6 months after the inauguration', () => {
    expect(pre.start).toBe('2024-03-22');
    expect(post.end).toBe('2025-08-20');
  });
});

describe('R-PILKADA-71-2 (UU 10/2016 Pasal 71 ayat 2)', () => {
  it('blocks from the first day of the window to the last, not the days around it', () => {
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2024-03-21'))).toBe('PASS');
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2024-03-22'))).toBe('BLOCK');
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2025-02-19'))).toBe('BLOCK');
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2025-02-20'))).toBe('PASS');
  });

  it('covers posts in scope, JF with a tugas tambahan, and moving an official out', () => {
    expect(outcome('R-PILKADA-71-2', c, buildPost(), during('2024-06-01'))).toBe('PASS');
    const kapus = buildPost({
      grade: { kind: 'JF', jfCategory: 'KEAHLIAN', jfLevel: 'AHLI_MADYA' },
      tugasTambahan: 'Kepala Puskesmas',
    });
    expect(outcome('R-PILKADA-71-2', c, kapus, during('2024-06-01'))).toBe('BLOCK');
    const official = buildCandidate({
      career: [step(1, { kind: 'PENGAWAS', eselon: 'IV.b' }, '2018-01-01', null)],
    });
    expect(outcome('R-PILKADA-71-2', official, buildPost(), during('2024-06-01'))).toBe('BLOCK');
  });

  it('passes once an approval dated on or before the move names the NIP or the post', () => {
    const byNip = approval({ coveredNips: [c.employee.nip] });
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2024-06-01', [byNip]))).toBe('PASS');
    expect(outcome('R-PILKADA-71-2', c, kasi, during('2024-05-31', [byNip]))).toBe('BLOCK');
    expect(
      outcome('R-PILKADA-71-2', c, kasi, during('2024-06-01', [approval({ coveredPositionIds: [501] })])),
    ).toBe('PASS');
    expect(
      outcome('R-PILKADA-71-2', c, kasi, during('2024-06-01', [approval({ coveredPositionIds: [502] })])),
    ).toBe('BLOCK');
  });

  it('cites the letter when it passes and asks for one when it blocks', () => {
    const blocked = ruleResult('R-PILKADA-71-2', c, kasi, during('2024-06-01'));
    expect(blocked?.status === 'BLOCK' && blocked.remedy?.id).toContain('persetujuan tertulis Mendagri');
    const passed = ruleResult(
      'R-PILKADA-71-2',
      c,
      kasi,
      during('2024-06-01', [approval({ coveredNips: [c.employee.nip] })]),
    );
    expect(passed?.message.id).toContain('100.2.2.6/1234/OTDA');
    expect(passed?.evidence.approvalLetterDate).toBe('2024-06-01');
  });
});

describe('R-PILKADA-162-3 (UU 10/2016 Pasal 162 ayat 3)', () => {
  it('blocks from the inauguration day to the last day of the sixth month', () => {
    expect(outcome('R-PILKADA-162-3', c, kasi, during('2025-02-19'))).toBe('PASS');
    expect(outcome('R-PILKADA-162-3', c, kasi, during('2025-02-20'))).toBe('BLOCK');
    expect(outcome('R-PILKADA-162-3', c, kasi, during('2025-08-20'))).toBe('BLOCK');
    expect(outcome('R-PILKADA-162-3', c, kasi, during('2025-08-21'))).toBe('PASS');
  });

  it('does not stop the person staying in their own post', () => {
    const own = buildPost({ id: c.employee.currentPositionId!, grade: { kind: 'PENGAWAS', eselon: 'IV.a' } });
    expect(outcome('R-PILKADA-162-3', c, own, during('2025-03-01'))).toBe('PASS');
  });
});
