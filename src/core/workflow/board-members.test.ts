import { describe, expect, it } from 'vitest';
import { type BoardAccountFacts, boardCompositionIssues } from './board-members.js';

const account = (userId: number, over: Partial<BoardAccountFacts> = {}): BoardAccountFacts => ({
  userId,
  role: 'REVIEW_BOARD',
  active: true,
  displayName: `Pejabat ${userId}`,
  positionTitle: `Jabatan ${userId}`,
  ...over,
});
const accounts = new Map(
  [
    account(1),
    account(2),
    account(3),
    account(4, { positionTitle: null }),
    account(5, { role: 'PPK' }),
    account(6, { active: false }),
  ].map((a) => [a.userId, a]),
);
const rules = (issues: ReturnType<typeof boardCompositionIssues>) => issues.map((i) => [i.field, i.rule]);

describe('boardCompositionIssues', () => {
  it('accepts a chair, a secretary and members, all review board accounts, each once', () => {
    expect(
      boardCompositionIssues(
        [
          { userId: 1, role: 'KETUA' },
          { userId: 2, role: 'SEKRETARIS' },
          { userId: 3, role: 'ANGGOTA' },
          { userId: 4, role: 'ANGGOTA', positionTitle: 'Inspektur' },
        ],
        accounts,
      ),
    ).toEqual([]);
  });

  it('refuses other accounts, a member twice, a missing office, and no chair or secretary', () => {
    const issues = boardCompositionIssues(
      [
        { userId: 5, role: 'ANGGOTA' },
        { userId: 6, role: 'ANGGOTA' },
        { userId: 42, role: 'ANGGOTA' },
        { userId: 3, role: 'ANGGOTA' },
        { userId: 3, role: 'ANGGOTA' },
        { userId: 4, role: 'ANGGOTA' },
      ],
      accounts,
    );
    expect(rules(issues)).toEqual([
      ['members.0.userId', 'BOARD_MEMBER_ACCOUNT'],
      ['members.1.userId', 'BOARD_MEMBER_ACCOUNT'],
      ['members.2.userId', 'BOARD_MEMBER_ACCOUNT'],
      ['members.4.userId', 'BOARD_MEMBER_ONCE'],
      ['members.5.positionTitle', 'BOARD_MEMBER_POSITION'],
      ['members', 'BOARD_ONE_CHAIR'],
      ['members', 'BOARD_ONE_SECRETARY'],
    ]);
    expect(issues[3]!.message.id).toContain('Pejabat 3');
  });

  it('refuses two chairs', () => {
    const issues = boardCompositionIssues(
      [
        { userId: 1, role: 'KETUA' },
        { userId: 2, role: 'KETUA' },
        { userId: 3, role: 'SEKRETARIS' },
      ],
      accounts,
    );
    expect(rules(issues)).toEqual([['members', 'BOARD_ONE_CHAIR']]);
  });
});
