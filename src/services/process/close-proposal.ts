import type { Principal } from '../../core/policies/roles.js';
import type { AppContext } from '../app-context.js';
import { applyTransition, type TransitionInput } from './apply-transition.js';
import type { ProposalView } from './proposal-view.js';

/** Closes a proposal whose moves took effect. Rules: core/workflow/proposal-states.ts. */
export function closeProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  return applyTransition(ctx, principal, 'close', input, meta);
}
