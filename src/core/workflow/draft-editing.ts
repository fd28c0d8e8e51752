import type { LocalizedMessage } from '../errors.js';
import { type ProposalState, TRANSITION_RULES } from './proposal-states.js';

/**
 * The states in which the author still holds a proposal and may change it (its moves, TMT, round
 * and title): those from which it can be submitted, a draft and a proposal returned for revision.
 * Derived from the transition table, so the two cannot drift apart.
 */
export const DRAFT_EDITABLE_STATES: readonly ProposalState[] = TRANSITION_RULES.submit.from;

/**
 * Whether a proposal in `state` may still be edited.
 * @example isDraftEditable('RETURNED') // true
 * @example isDraftEditable('SUBMITTED') // false
 */
export const isDraftEditable = (state: ProposalState): boolean => DRAFT_EDITABLE_STATES.includes(state);

/**
 * Why a proposal can no longer be edited, or null when it can.
 * @example draftEditRefusal('SUBMITTED')?.id // 'Isi usulan hanya dapat diubah selagi ...'
 */
export function draftEditRefusal(state: ProposalState): LocalizedMessage | null {
  if (isDraftEditable(state)) return null;
  return {
    id: 'Isi usulan hanya dapat diubah selagi berstatus draf atau dikembalikan untuk diperbaiki',
    en: 'A proposal can change only while it is a draft or returned for revision',
  };
}
