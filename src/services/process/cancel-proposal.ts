import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/** Cancels an approved, decreed or announced proposal (an upheld objection, a revoked SK); reason required. Rules: core/workflow/proposal-states.ts. */
export function cancelProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  return applyTransition(ctx, principal, 'cancel', input, meta);
}
