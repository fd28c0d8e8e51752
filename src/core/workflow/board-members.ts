import type { FieldIssue } from '../errors.js';
import type { Role } from '../policies/roles.js';
import type { BoardMemberRole } from './board-rules.js';

/**
 * Who sits on a session: review board accounts, each once, with exactly one chair (KETUA) and one
 * secretary (SEKRETARIS), the other members ANGGOTA. A member's name, NIP and office come from their
 * account and the employee it belongs to, so the minutes name the person who signed in to declare.
 */

export interface BoardMemberChoice {
  readonly userId: number;
  readonly role: BoardMemberRole;
  /** The office printed in the minutes, when the account is not linked to an employee with a post. */
  readonly positionTitle?: string | null | undefined;
}

/** What the composition rules read of an account. */
export interface BoardAccountFacts {
  readonly userId: number;
  readonly role: Role;
  readonly active: boolean;
  readonly displayName: string;
  /** The current post of the employee the account belongs to, if any. */
  readonly positionTitle: string | null;
}

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * The issues with a session's members (empty when the composition is sound), each naming its field.
 * `accounts` holds the instansi's accounts by id; an id missing from it is not an account here.
 * @example boardCompositionIssues([{ userId: 1, role: 'ANGGOTA' }], accounts).map((i) => i.rule)
 * // ['BOARD_ONE_CHAIR', 'BOARD_ONE_SECRETARY']
 */
export function boardCompositionIssues(
  members: readonly BoardMemberChoice[],
  accounts: ReadonlyMap<number, BoardAccountFacts>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const seen = new Set<number>();
  members.forEach((m, i) => {
    const account = accounts.get(m.userId);
    if (account?.role !== 'REVIEW_BOARD' || !account.active) {
      issues.push(
        issue(
          `members.${i}.userId`,
          m.userId,
          'BOARD_MEMBER_ACCOUNT',
          'Anggota sidang harus akun aktif dengan peran Anggota TPK pada instansi ini',
          'A session member must be an active review board account of this instansi',
        ),
      );
      return;
    }
    if (seen.has(m.userId)) {
      issues.push(
        issue(
          `members.${i}.userId`,
          m.userId,
          'BOARD_MEMBER_ONCE',
          `${account.displayName} sudah dipilih sebagai anggota sidang`,
          `${account.displayName} is already a member of the session`,
        ),
      );
    }
    seen.add(m.userId);
    if (!account.positionTitle && (m.positionTitle ?? '').trim().length < 3) {
      issues.push(
        issue(
          `members.${i}.positionTitle`,
          m.positionTitle ?? null,
          'BOARD_MEMBER_POSITION',
          `Jabatan ${account.displayName} tidak tercatat pada akunnya; isi jabatannya`,
          `${account.displayName}'s account has no post on record; give their office`,
        ),
      );
    }
  });
  for (const [role, rule, id, en] of [
    [
      'KETUA',
      'BOARD_ONE_CHAIR',
      'Sidang harus memiliki tepat satu ketua',
      'The session needs exactly one chair',
    ],
    [
      'SEKRETARIS',
      'BOARD_ONE_SECRETARY',
      'Sidang harus memiliki tepat satu sekretaris',
      'The session needs exactly one secretary',
    ],
  ] as const) {
    const count = members.filter((m) => m.role === role).length;
    if (count !== 1) issues.push(issue('members', count, rule, id, en));
  }
  return issues;
}
