import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertStep, type BoardSessionFacts, boardSessionPermissions } from './board-session-permissions.js';

const members: BoardSessionFacts['members'] = [
  { id: 1, userId: 101, role: 'KETUA', present: true },
  { id: 2, userId: 102, role: 'SEKRETARIS', present: true },
  { id: 3, userId: 103, role: 'ANGGOTA', present: false },
];
const facts = (over: Partial<BoardSessionFacts> = {}): BoardSessionFacts => ({
  members,
  openCandidates: 5,
  decisions: 0,
  undecided: 5,
  ...over,
});
const allowedSteps = (userId: number, f = facts()) =>
  Object.entries(boardSessionPermissions(f, userId))
    .filter(([, p]) => p.allowed)
    .map(([step]) => step);

describe('boardSessionPermissions', () => {
  it('lets the chair and the secretary keep the record, and every member declare for themself', () => {
    expect(allowedSteps(101)).toEqual(['attendance', 'declare', 'decide']);
    expect(allowedSteps(102)).toEqual(['attendance', 'declare', 'decide']);
    expect(allowedSteps(103)).toEqual(['declare']);
    expect(allowedSteps(999)).toEqual([]);
  });

  it('refuses a plain member with the rule, as a 403 code', () => {
    const p = boardSessionPermissions(facts(), 103);
    expect(p.decide).toMatchObject({ allowed: false, code: 'FORBIDDEN', rule: 'BOARD_CHAIR_OR_SECRETARY' });
    expect(p.attendance).toMatchObject({ code: 'FORBIDDEN', rule: 'BOARD_CHAIR_OR_SECRETARY' });
    expect(boardSessionPermissions(facts(), 999).declare).toMatchObject({
      code: 'FORBIDDEN',
      rule: 'BOARD_MEMBER_SELF',
    });
  });

  it('orders the record: attendance before decisions, decisions before minutes, nothing once closed', () => {
    const some = boardSessionPermissions(facts({ decisions: 3, undecided: 2 }), 101);
    expect(some.attendance).toMatchObject({ allowed: false, rule: 'ATTENDANCE_BEFORE_DECISIONS' });
    expect(some.minutes).toMatchObject({ allowed: false, rule: 'MINUTES_NEED_DECISIONS' });
    expect(!some.minutes.allowed && some.minutes.message.id).toContain('2 kandidat belum diputus');
    expect(boardSessionPermissions(facts({ decisions: 5, undecided: 0 }), 101).minutes).toEqual({
      allowed: true,
    });
    expect(boardSessionPermissions(facts(), 101).minutes).toMatchObject({ rule: 'MINUTES_NEED_DECISIONS' });
    const nobody = facts({ members: members.map((m) => ({ ...m, present: false })) });
    expect(boardSessionPermissions(nobody, 101).decide).toMatchObject({ rule: 'BOARD_QUORUM' });
    const closed = boardSessionPermissions(facts({ openCandidates: 0, decisions: 2, undecided: 0 }), 101);
    expect(closed.decide).toMatchObject({ code: 'WORKFLOW_WRONG_STATE', rule: 'DECIDE_WHILE_VERIFIED' });
    expect(closed.declare).toMatchObject({ rule: 'DECIDE_WHILE_VERIFIED' });
    expect(closed.minutes).toEqual({ allowed: true });
  });

  it('throws the refusal as a DomainError carrying its rule', () => {
    const p = boardSessionPermissions(facts(), 103);
    expect(() => assertStep(p, 'declare')).not.toThrow();
    const error = (() => {
      try {
        assertStep(p, 'decide');
      } catch (e) {
        return e;
      }
    })() as DomainError;
    expect(error).toBeInstanceOf(DomainError);
    expect(error.code).toBe('FORBIDDEN');
    expect(error.details.rule).toBe('BOARD_CHAIR_OR_SECRETARY');
    expect(error.messages.id).toContain('ketua atau sekretaris');
  });
});
