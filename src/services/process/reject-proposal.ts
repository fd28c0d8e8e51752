import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/** Rejection by the PPK of a reviewed proposal; a written reason is required. Rules: core/workflow/proposal-states.ts. */
export function rejectProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  return applyTransition(ctx, principal, 'reject', input, meta);
}
