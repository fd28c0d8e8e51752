import type { Principal } from '../../core/policies/roles.js';
import { objectionWindow } from '../../core/workflow/objection-window.js';
import { insertAnnouncement } from '../../store/repositories/process-objections.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, applyTransition, type TransitionInput } from './apply-transition.js';
import { loadProcessSettings } from './process-settings.js';
import type { ProposalView } from './proposal-view.js';

/**
 * Announces the issued SK: opens the objection window (masa sanggah) of the instansi's configured
 * number of days, stored on the proposal so a later change of the setting does not move it.
 */
export async function announceProposal(
  ctx: AppContext,
  principal: Principal,
  input: TransitionInput & { note?: string | null | undefined },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const announcedOn = today(ctx, principal.instansiId);
  const proposalSettings = await loadProcessSettings(ctx, principal.instansiId);
  const days = proposalSettings.objectionWindowDays;
  const window = objectionWindow(announcedOn, days);
  return applyTransition(ctx, principal, 'announce', input, meta, {
    asOf: announcedOn,
    changes: { announced_on: announcedOn, objection_window_days: days },
    write: async (trx, proposal) => {
      await insertAnnouncement(trx, {
        instansiId: proposal.instansiId,
        proposalId: proposal.id,
        announcedOn,
        objectionUntil: window.closesOn,
        note: input.note?.trim() || null,
        userId: actorId(principal),
      });
      return { announcedOn, objectionUntil: window.closesOn };
    },
  });
}
