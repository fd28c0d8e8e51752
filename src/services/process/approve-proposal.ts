import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/** Approval by the PPK (Wali Kota) of a reviewed proposal; never by its author. Rules: core/workflow/proposal-states.ts. */
export function approveProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  return applyTransition(ctx, principal, 'approve', input, meta);
}
