/**
 * Rules of a review board (TPK / Baperjakat) session. PP 11/2017 Pasal 190(5) bans conflicts of
 * interest; DOMAIN.md 1.2 asks for a declaration by every reviewer, so a decision on a candidate is
 * recorded only once every member present has declared whether they have an interest in that person.
 * A member who declared an interest is recorded as abstaining on that candidate.
 */
export const BOARD_DECISIONS = ['AGREE', 'DISAGREE', 'DEFER'] as const;
export type BoardDecision = (typeof BOARD_DECISIONS)[number];

export const BOARD_MEMBER_ROLES = ['KETUA', 'SEKRETARIS', 'ANGGOTA'] as const;
export type BoardMemberRole = (typeof BOARD_MEMBER_ROLES)[number];

/** The decisions that set a candidate apart from "agree to all": each needs its reason. */
export const BOARD_EXCEPTION_DECISIONS = ['DISAGREE', 'DEFER'] as const;
export type BoardExceptionDecision = (typeof BOARD_EXCEPTION_DECISIONS)[number];

/**
 * The members who keep the session's record (attendance, decisions, minutes): the chair and the
 * secretary, by their role in that session, not by their account's role.
 */
export const BOARD_RECORD_KEEPERS: readonly BoardMemberRole[] = ['KETUA', 'SEKRETARIS'];

/**
 * What a member declares about every candidate they have no interest in (stored with each
 * declaration, printed nowhere in full: the minutes name only the conflicts).
 */
export const NO_CONFLICT_STATEMENT =
  'Tidak memiliki hubungan keluarga, hubungan kerja langsung atau kepentingan pribadi dengan kandidat';

export interface BoardMemberFacts {
  readonly id: number;
  readonly present: boolean;
}

export interface ConflictDeclarationFacts {
  readonly memberId: number;
  readonly itemId: number;
  readonly hasConflict: boolean;
}

/**
 * The present members who have not yet declared on the item; a decision waits for them. With
 * nobody present there is no board to decide, which is reported as `NO_QUORUM`.
 * @example undeclaredMembers(7, [{ id: 1, present: true }], []) // { ok: false, missing: [1] }
 */
export function undeclaredMembers(
  itemId: number,
  members: readonly BoardMemberFacts[],
  declarations: readonly ConflictDeclarationFacts[],
): { ok: true; voters: number } | { ok: false; missing: number[]; reason: 'NO_QUORUM' | 'UNDECLARED' } {
  const present = members.filter((m) => m.present);
  if (present.length === 0) return { ok: false, missing: [], reason: 'NO_QUORUM' };
  const declared = new Map(declarations.filter((d) => d.itemId === itemId).map((d) => [d.memberId, d]));
  const missing = present.filter((m) => !declared.has(m.id)).map((m) => m.id);
  if (missing.length > 0) return { ok: false, missing, reason: 'UNDECLARED' };
  const voters = present.filter((m) => !declared.get(m.id)!.hasConflict).length;
  return voters > 0 ? { ok: true, voters } : { ok: false, missing: [], reason: 'NO_QUORUM' };
}

/** A candidate the board cannot decide yet, and why: members present who did not declare, or no quorum. */
export interface UndecidableCandidate {
  readonly itemId: number;
  readonly reason: 'NO_QUORUM' | 'UNDECLARED';
  /** Present members without a declaration on the candidate (empty for NO_QUORUM). */
  readonly missing: readonly number[];
}

/**
 * The candidates among `itemIds` the board cannot decide (R-KONFLIK per candidate), in the order
 * given; empty when every one can be decided. One pass over the declarations, so a bulk decision
 * on 150 candidates with 600 declarations costs no more than reading them.
 * @example undecidableCandidates([7, 8], [{ id: 1, present: true }], [{ memberId: 1, itemId: 7, hasConflict: false }])
 * // [{ itemId: 8, reason: 'UNDECLARED', missing: [1] }]
 */
export function undecidableCandidates(
  itemIds: readonly number[],
  members: readonly BoardMemberFacts[],
  declarations: readonly ConflictDeclarationFacts[],
): UndecidableCandidate[] {
  const present = members.filter((m) => m.present);
  const presentIds = new Set(present.map((m) => m.id));
  const byItem = new Map<number, Map<number, boolean>>();
  for (const d of declarations) {
    if (!presentIds.has(d.memberId)) continue;
    const declared = byItem.get(d.itemId) ?? new Map<number, boolean>();
    declared.set(d.memberId, d.hasConflict);
    byItem.set(d.itemId, declared);
  }
  const out: UndecidableCandidate[] = [];
  for (const itemId of itemIds) {
    if (present.length === 0) {
      out.push({ itemId, reason: 'NO_QUORUM', missing: [] });
      continue;
    }
    const declared = byItem.get(itemId) ?? new Map<number, boolean>();
    const missing = present.filter((m) => !declared.has(m.id)).map((m) => m.id);
    if (missing.length > 0) out.push({ itemId, reason: 'UNDECLARED', missing });
    else if (present.every((m) => declared.get(m.id))) out.push({ itemId, reason: 'NO_QUORUM', missing: [] });
  }
  return out;
}

/**
 * Whether the board decided on every candidate of a proposal (any session); only AGREE moves go into
 * the SK. The latest decision for an item counts; a deferred candidate is left out of this SK and
 * may be proposed again in a later round.
 * @example boardOutcome([1, 2], [{ itemId: 1, decision: 'AGREE' }]) // { complete: false, agreed: [1] }
 */
export function boardOutcome(
  itemIds: readonly number[],
  decisions: readonly { readonly itemId: number; readonly decision: BoardDecision }[],
): { complete: boolean; agreed: number[] } {
  const latest = new Map<number, BoardDecision>();
  for (const d of decisions) latest.set(d.itemId, d.decision);
  return {
    complete: itemIds.every((id) => latest.has(id)),
    agreed: itemIds.filter((id) => latest.get(id) === 'AGREE'),
  };
}
