import { DomainError } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { isInObjectionWindow, objectionWindow } from '../../core/workflow/objection-window.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { listItems } from '../../store/repositories/process-items.js';
import { insertObjection } from '../../store/repositories/process-objections.js';
import { type AppContext, today } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

/**
 * Records an objection (sanggahan) received from a person the announced SK moves. Only while the
 * proposal is ANNOUNCED and the objection window is open; the day it is recorded is the day received.
 */
export async function recordObjection(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; nip: string; text: string },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadProposalFor(ctx, principal, input.proposalId);
  authorize(principal, 'objection.record', { type: 'instansi', instansiId: proposal.instansiId });
  const receivedOn = today(ctx, principal.instansiId);
  if (proposal.state !== 'ANNOUNCED' || !proposal.announcedOn) {
    throw new DomainError(
      'WORKFLOW_WRONG_STATE',
      {
        id: `Sanggahan hanya diterima setelah pengumuman (status ${proposal.state})`,
        en: `Objections are received only once announced (state ${proposal.state})`,
      },
      { field: 'state', value: proposal.state, rule: 'OBJECTION_AFTER_ANNOUNCEMENT' },
    );
  }
  const window = objectionWindow(proposal.announcedOn, proposal.objectionWindowDays ?? 0);
  if (!isInObjectionWindow(window, receivedOn)) {
    throw new DomainError(
      'OBJECTION_WINDOW_CLOSED',
      {
        id: `Masa sanggah berakhir ${window.closesOn}`,
        en: `The objection window closed on ${window.closesOn}`,
      },
      { field: 'receivedOn', value: receivedOn, rule: 'OBJECTION_WINDOW' },
    );
  }
  const item = (await listItems(ctx.db, [proposal.id])).find((i) => i.nip === normalizeNip(input.nip));
  if (!item) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `NIP ${input.nip} tidak tercantum dalam usulan ini`,
        en: `NIP ${input.nip} is not in this proposal`,
      },
      { field: 'nip', value: input.nip, rule: 'OBJECTOR_IN_PROPOSAL' },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const id = await insertObjection(trx, {
      instansiId: proposal.instansiId,
      proposalId: proposal.id,
      employeeId: item.employeeId,
      text: input.text,
      receivedOn,
    });
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'objection.record',
      entityType: 'proposal',
      entityId: proposal.number,
      before: null,
      after: { objectionId: id, nip: item.nip, receivedOn },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, proposal);
}
