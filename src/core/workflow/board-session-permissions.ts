import { DomainError, type ErrorCode, type LocalizedMessage } from '../errors.js';
import { BOARD_RECORD_KEEPERS, type BoardMemberRole } from './board-rules.js';

/**
 * Who may do what inside one review board session. The account's role (REVIEW_BOARD) lets a person
 * read sessions; inside a session their role there decides: only the chair (KETUA) or the secretary
 * (SEKRETARIS) keeps the record (attendance, decisions, minutes), and every member, and only a
 * member, declares their own conflicts of interest (PP 11/2017 Pasal 190(5); DOMAIN.md 1.2).
 */
export const BOARD_SESSION_STEPS = ['attendance', 'declare', 'decide', 'minutes'] as const;
export type BoardSessionStep = (typeof BOARD_SESSION_STEPS)[number];

/** A step the caller may take, or the rule that stops them with its message. */
export type StepPermission =
  | { readonly allowed: true }
  | {
      readonly allowed: false;
      readonly code: ErrorCode;
      readonly rule: string;
      readonly message: LocalizedMessage;
    };

export interface BoardSessionFacts {
  readonly members: readonly {
    readonly id: number;
    readonly userId: number | null;
    readonly role: BoardMemberRole;
    readonly present: boolean;
  }[];
  /** Candidates whose proposal is still VERIFIED: the board's record on them is open. */
  readonly openCandidates: number;
  /** Decisions recorded in this session. */
  readonly decisions: number;
  /** Open candidates this session has not decided yet. */
  readonly undecided: number;
}

const ALLOWED: StepPermission = { allowed: true };

const refuse = (code: ErrorCode, rule: string, id: string, en: string): StepPermission => ({
  allowed: false,
  code,
  rule,
  message: { id, en },
});

const NOT_RECORD_KEEPER = refuse(
  'FORBIDDEN',
  'BOARD_CHAIR_OR_SECRETARY',
  'Hanya ketua atau sekretaris sidang ini yang mencatat kehadiran, keputusan dan berita acara',
  "Only this session's chair or secretary records attendance, decisions and the minutes",
);

const AGENDA_CLOSED = refuse(
  'WORKFLOW_WRONG_STATE',
  'DECIDE_WHILE_VERIFIED',
  'Tidak ada usulan berstatus Terverifikasi dalam agenda; catatan TPK sudah ditutup',
  "No proposal on the agenda is still verified; the board's record is closed",
);

/**
 * Each step of the session for the signed-in user, with the reason when it is refused; the API sends
 * these to the web, which disables what is refused and shows why.
 * @example boardSessionPermissions({ members: [{ id: 1, userId: 9, role: 'ANGGOTA', present: true }],
 *   openCandidates: 3, decisions: 0 }, 9).decide // { allowed: false, rule: 'BOARD_CHAIR_OR_SECRETARY', ... }
 */
export function boardSessionPermissions(
  facts: BoardSessionFacts,
  userId: number,
): Readonly<Record<BoardSessionStep, StepPermission>> {
  const me = facts.members.find((m) => m.userId === userId);
  const keeper = me !== undefined && BOARD_RECORD_KEEPERS.includes(me.role);
  const open = facts.openCandidates > 0;
  const anyonePresent = facts.members.some((m) => m.present);
  return {
    attendance: !keeper
      ? NOT_RECORD_KEEPER
      : !open
        ? AGENDA_CLOSED
        : facts.decisions > 0
          ? refuse(
              'CONFLICT',
              'ATTENDANCE_BEFORE_DECISIONS',
              'Kehadiran tidak dapat diubah setelah sidang mengambil keputusan',
              'Attendance cannot change once the board has decided',
            )
          : ALLOWED,
    // Note: a member declares only for themself; the server takes the member from the session cookie.
    declare: !me
      ? refuse(
          'FORBIDDEN',
          'BOARD_MEMBER_SELF',
          'Hanya anggota sidang ini yang menyatakan konflik kepentingannya sendiri',
          'Only a member of this session declares their own conflicts of interest',
        )
      : !open
        ? AGENDA_CLOSED
        : ALLOWED,
    decide: !keeper
      ? NOT_RECORD_KEEPER
      : !open
        ? AGENDA_CLOSED
        : !anyonePresent
          ? refuse(
              'BOARD_DECLARATION_MISSING',
              'BOARD_QUORUM',
              'Kehadiran belum dicatat: belum ada anggota yang hadir',
              'Attendance is not recorded yet: no member is present',
            )
          : ALLOWED,
    // The minutes record the session's outcome: every open candidate agreed, not agreed or deferred.
    minutes: !keeper
      ? NOT_RECORD_KEEPER
      : facts.decisions === 0
        ? refuse(
            'CONFLICT',
            'MINUTES_NEED_DECISIONS',
            'Belum ada keputusan TPK untuk dituangkan dalam berita acara',
            'No decision recorded yet for the minutes',
          )
        : facts.undecided > 0
          ? refuse(
              'CONFLICT',
              'MINUTES_NEED_DECISIONS',
              `${facts.undecided} kandidat belum diputus; putuskan atau tunda dahulu sebelum berita acara dibuat`,
              `${facts.undecided} candidates are not decided yet; decide or defer them before the minutes`,
            )
          : ALLOWED,
  };
}

/**
 * Throws the refusal of a step as a DomainError (403 for who, 409 for when), or returns.
 * @example assertStep(boardSessionPermissions(facts, userId), 'decide')
 */
export function assertStep(
  permissions: Readonly<Record<BoardSessionStep, StepPermission>>,
  step: BoardSessionStep,
): void {
  const p = permissions[step];
  if (!p.allowed) throw new DomainError(p.code, p.message, { rule: p.rule });
}
