import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/** Sends a proposal back one desk for revision; a written reason is required (RETURN_DESK). Rules: core/workflow/proposal-states.ts. */
export function returnProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  return applyTransition(ctx, principal, 'return', input, meta);
}
