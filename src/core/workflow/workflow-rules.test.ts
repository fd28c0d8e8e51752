import { describe, expect, it } from 'vitest';
import { postInaugurationWindow } from '../eligibility/election-windows.js';
import { candidateFacts, pairFacts, postFacts } from '../eligibility/facts/facts.js';
import type { MendagriApproval } from '../eligibility/moves-and-windows.js';
import { buildCandidate, buildContext, buildEmployee, buildPost, d } from '../matching/testing/factories.js';
import { boardOutcome, undeclaredMembers } from './board-rules.js';
import { DEFAULT_DECREE_NUMBERING, decreeTemplateProblems, formatDecreeNumber } from './decree-number.js';
import { anyWindowOn, electionUncoveredNips } from './election-guard.js';
import { inferMoveType, moveDirection } from './move-types.js';
import { isInObjectionWindow, objectionWindow } from './objection-window.js';

describe('objection window', () => {
  it('runs from the announcement day to `days` days later, both inclusive', () => {
    const w = objectionWindow(d('2025-10-01'), 14);
    expect(w.closesOn).toBe('2025-10-15');
    expect(isInObjectionWindow(w, d('2025-09-30'))).toBe(false);
    expect(isInObjectionWindow(w, d('2025-10-01'))).toBe(true);
    expect(isInObjectionWindow(w, d('2025-10-15'))).toBe(true);
    expect(isInObjectionWindow(w, d('2025-10-16'))).toBe(false);
  });

  it('refuses a negative or fractional number of days', () => {
    expect(() => objectionWindow(d('2025-10-01'), -1)).toThrow(RangeError);
    expect(() => objectionWindow(d('2025-10-01'), 1.5)).toThrow(RangeError);
  });
});

describe('decree numbering (DOMAIN.md 10.2)', () => {
  it('fills the default template with a padded sequence and the year', () => {
    expect(formatDecreeNumber(DEFAULT_DECREE_NUMBERING, 7, '2025-10-03')).toBe('800.1.3.3/007/BKPSDM/2025');
  });

  it('knows the Roman month and refuses a sequence below 1', () => {
    const n = { ...DEFAULT_DECREE_NUMBERING, template: '{seq}/{klasifikasi}/{romanMonth}-{yyyy}' };
    expect(formatDecreeNumber(n, 12, '2025-10-03')).toBe('012/800.1.3.3/X-2025');
    expect(() => formatDecreeNumber(n, 0, '2025-10-03')).toThrow(RangeError);
  });

  it('reports templates without a sequence, without a year, or with unknown tokens', () => {
    expect(decreeTemplateProblems(DEFAULT_DECREE_NUMBERING.template)).toEqual([]);
    expect(decreeTemplateProblems('{seq}/BKPSDM')).toEqual(['TEMPLATE_YEAR_MISSING']);
    expect(decreeTemplateProblems('{nomor}/{yyyy}')).toEqual([
      'TEMPLATE_SEQ_MISSING',
      'TEMPLATE_UNKNOWN_TOKEN:nomor',
    ]);
  });
});

describe('move types (DOMAIN.md 1.2)', () => {
  it('is an internal rotation inside one OPD and between OPDs otherwise', () => {
    expect(inferMoveType('DINKES', 'DINKES', false)).toBe('ROTASI_INTERNAL_OPD');
    expect(inferMoveType('DINKES', 'BAPPEDA', false)).toBe('ANTAR_OPD');
    expect(inferMoveType(null, 'BAPPEDA', false)).toBe('ANTAR_OPD');
    expect(inferMoveType('DINKES', 'DINKES', true)).toBe('ATAS_PERMINTAAN_SENDIRI');
  });

  it('flags promotion and demotion from the career tiers', () => {
    expect(moveDirection(2, 3)).toEqual({ isPromotion: true, isDemotion: false });
    expect(moveDirection(3, 2)).toEqual({ isPromotion: false, isDemotion: true });
    expect(moveDirection(2, 2)).toEqual({ isPromotion: false, isDemotion: false });
    expect(moveDirection(null, 2)).toEqual({ isPromotion: false, isDemotion: false });
  });
});

describe('review board rules', () => {
  const members = [
    { id: 1, present: true },
    { id: 2, present: true },
    { id: 3, present: false },
  ];

  it('waits for every member present to declare on the candidate', () => {
    expect(undeclaredMembers(10, members, [{ memberId: 1, itemId: 10, hasConflict: false }])).toEqual({
      ok: false,
      missing: [2],
      reason: 'UNDECLARED',
    });
    const both = [
      { memberId: 1, itemId: 10, hasConflict: false },
      { memberId: 2, itemId: 10, hasConflict: true },
    ];
    expect(undeclaredMembers(10, members, both)).toEqual({ ok: true, voters: 1 });
    expect(undeclaredMembers(11, members, both)).toMatchObject({ ok: false, missing: [1, 2] });
  });

  it('has no quorum with nobody present or everybody conflicted', () => {
    expect(undeclaredMembers(10, [{ id: 1, present: false }], [])).toMatchObject({ reason: 'NO_QUORUM' });
    const conflicted = [{ memberId: 1, itemId: 10, hasConflict: true }];
    expect(undeclaredMembers(10, [{ id: 1, present: true }], conflicted)).toMatchObject({
      reason: 'NO_QUORUM',
    });
  });

  it('is complete when every candidate has a decision; only AGREE goes into the SK', () => {
    expect(boardOutcome([1, 2], [{ itemId: 1, decision: 'AGREE' }])).toEqual({
      complete: false,
      agreed: [1],
    });
    const all = boardOutcome(
      [1, 2, 3],
      [
        { itemId: 1, decision: 'DEFER' },
        { itemId: 2, decision: 'DISAGREE' },
        { itemId: 3, decision: 'AGREE' },
        { itemId: 1, decision: 'AGREE' },
      ],
    );
    expect(all).toEqual({ complete: true, agreed: [1, 3] });
  });
});

describe('election guard (UU 10/2016 Pasal 162 ayat 3)', () => {
  const window = postInaugurationWindow(d('2025-02-20'));
  const kasi = buildPost({ id: 501, grade: { kind: 'PENGAWAS', eselon: 'IV.a' } });
  const person = buildCandidate({ employee: buildEmployee({ nip: '198001012005011001' as never }) });
  const pairOn = (asOf: string) => pairFacts(candidateFacts(person, d(asOf)), postFacts(kasi));
  const ctxOn = (asOf: string) => buildContext({ asOf: d(asOf), electionWindows: [window] });
  const letter = (over: Partial<MendagriApproval>): MendagriApproval => ({
    letterNo: '100.2.2.6/77/OTDA',
    letterDate: d('2025-03-01'),
    subject: 'Persetujuan',
    coveredNips: [],
    coveredPositionIds: [],
    ...over,
  });

  it('names the people in scope that no approval covers inside the window, nobody outside it', () => {
    expect(electionUncoveredNips([pairOn('2025-04-01')], ctxOn('2025-04-01'), [])).toEqual([
      '198001012005011001',
    ]);
    expect(electionUncoveredNips([pairOn('2025-08-21')], ctxOn('2025-08-21'), [])).toEqual([]);
  });

  it('lets an attached approval naming the person, dated before the SK, lift the ban', () => {
    const covering = letter({ coveredNips: ['198001012005011001' as never] });
    expect(electionUncoveredNips([pairOn('2025-04-01')], ctxOn('2025-04-01'), [covering])).toEqual([]);
    const late = letter({ coveredNips: ['198001012005011001' as never], letterDate: d('2025-05-01') });
    expect(electionUncoveredNips([pairOn('2025-04-01')], ctxOn('2025-04-01'), [late])).toHaveLength(1);
    const other = letter({ coveredNips: ['199001012015011002' as never] });
    expect(electionUncoveredNips([pairOn('2025-04-01')], ctxOn('2025-04-01'), [other])).toHaveLength(1);
  });

  it('knows when no window is active on any of the dates', () => {
    expect(anyWindowOn([window], [d('2025-02-19'), d('2025-08-21')])).toBe(false);
    expect(anyWindowOn([window], [d('2025-02-19'), d('2025-08-20')])).toBe(true);
    expect(anyWindowOn([], [d('2025-04-01')])).toBe(false);
  });
});
