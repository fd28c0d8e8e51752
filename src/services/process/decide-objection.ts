import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { listObjections } from '../../store/repositories/process-objections.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import { type AppContext, today } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

/**
 * Decides an objection: DISMISSED lets the moves take effect once the window closes; UPHELD keeps
 * them from taking effect (the SK is then cancelled and corrected by a new one, DOMAIN.md 10.3).
 * A written reason is required either way; a stale objection version is a 409.
 */
export async function decideObjection(
  ctx: AppContext,
  principal: Principal,
  input: {
    proposalId: number;
    objectionId: number;
    version: number;
    decision: 'UPHELD' | 'DISMISSED';
    reason: string;
  },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadProposalFor(ctx, principal, input.proposalId);
  authorize(principal, 'objection.decide', { type: 'instansi', instansiId: proposal.instansiId });
  const objection = (await listObjections(ctx.db, proposal.id)).find((o) => o.id === input.objectionId);
  if (!objection) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Sanggahan #${input.objectionId} tidak ditemukan`,
        en: `Objection #${input.objectionId} not found`,
      },
      { field: 'objectionId', value: input.objectionId },
    );
  }
  if (objection.decision !== null) {
    throw new DomainError(
      'CONFLICT',
      { id: 'Sanggahan ini sudah diputus', en: 'This objection is already decided' },
      { field: 'objectionId', value: objection.id, rule: 'OBJECTION_DECIDED_ONCE' },
    );
  }
  if (input.reason.trim().length < 5) {
    throw new DomainError(
      'WORKFLOW_REASON_REQUIRED',
      {
        id: 'Alasan keputusan wajib ditulis (minimal 5 karakter)',
        en: 'A written reason is required (at least 5 characters)',
      },
      { field: 'reason', value: input.reason, rule: 'WORKFLOW_REASON_REQUIRED' },
    );
  }
  const decidedOn = today(ctx, principal.instansiId);
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'objections', objection.id, input.version, {
      decision: input.decision,
      decision_reason: input.reason.trim(),
      decided_by_user_id: actorId(principal),
      decided_on: decidedOn,
    });
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'objection.decide',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { objectionId: objection.id, decision: null, version: objection.version },
      after: { objectionId: objection.id, decision: input.decision, reason: input.reason.trim(), decidedOn },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, proposal);
}
