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
