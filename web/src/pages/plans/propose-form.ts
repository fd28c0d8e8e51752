import type { PlanMoveDto } from '../../api/use-plans';
import type { PlanProposalDefaultsDto } from '../../api/use-proposal-drafts';

export type MoveChoice = 'all' | 'some';

/** Digits only: a NIP typed with or without its spaces matches. */
const digits = (s: string) => s.replace(/\D/g, '');

/**
 * Whether a plan move matches the search text: a number (4 digits or more, spaces allowed) is part
 * of the NIP; otherwise every word is in the person's name or a post or unit the move leaves or goes
 * to (case-insensitive).
 * @example matchesMove(move, '19880315 201001') // true for NIP 198803152010012001
 * @example matchesMove(move, 'perawat sambas') // true for a nurse's post at Puskesmas Sibolga Sambas
 */
export function matchesMove(move: PlanMoveDto, text: string): boolean {
  const typed = text.trim().toLowerCase();
  if (typed === '') return true;
  // A number of 4 digits or more, spaces allowed, is looked for in the NIP first.
  if (/^[\d\s.]+$/.test(typed) && digits(typed).length >= 4 && move.nip.includes(digits(typed))) return true;
  const haystack = [
    move.name,
    move.from?.positionName ?? '',
    move.from?.unitName ?? '',
    move.to.positionName,
    move.to.unitName,
  ]
    .join(' ')
    .toLowerCase();
  return typed.split(/\s+/).every((w) => haystack.includes(w));
}

/** The plan's people already in an open proposal, by NIP, with that proposal's number. */
export function busyByNip(
  busy: PlanProposalDefaultsDto['busy'] | undefined,
): ReadonlyMap<string, { proposalId: number; proposalNumber: string }> {
  return new Map(
    (busy ?? []).map((b) => [b.nip, { proposalId: b.proposalId, proposalNumber: b.proposalNumber }]),
  );
}

/**
 * The `nips` of the request: absent for "all the plan's moves" (the server takes every move and
 * refuses people already proposed, naming the proposal), the chosen NIPs in the plan's order otherwise.
 */
export function nipsToPropose(
  choice: MoveChoice,
  moves: readonly PlanMoveDto[],
  selected: ReadonlySet<string>,
): string[] | undefined {
  if (choice === 'all') return undefined;
  return moves.filter((m) => selected.has(m.nip)).map((m) => m.nip);
}
