import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { listItems } from '../../store/repositories/process-items.js';
import { insertApproval } from '../../store/repositories/process-objections.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId, staleVersion } from './apply-transition.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

const BEFORE_SK = ['DRAFT', 'SUBMITTED', 'VERIFIED', 'REVIEWED', 'APPROVED', 'RETURNED'];

/**
 * Attaches the Minister's written approval (UU 10/2016 Pasal 71(2), 162(3); DOMAIN.md 9.3) to a
 * proposal before its SK: the letter number and date and the NIPs it covers, each of whom must be a
 * person in the proposal.
 */
export async function attachMendagriApproval(
  ctx: AppContext,
  principal: Principal,
  input: {
    proposalId: number;
    version: number;
    letterNo: string;
    letterDate: LocalDate;
    subject: string;
    coveredNips: readonly string[];
  },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadProposalFor(ctx, principal, input.proposalId);
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: proposal.instansiId });
  if (!BEFORE_SK.includes(proposal.state)) {
    throw new DomainError(
      'WORKFLOW_WRONG_STATE',
      {
        id: `Persetujuan Mendagri dilampirkan sebelum SK terbit (status ${proposal.state})`,
        en: `A Mendagri approval is attached before the SK (state ${proposal.state})`,
      },
      { field: 'state', value: proposal.state, rule: 'APPROVAL_BEFORE_SK' },
    );
  }
  if (proposal.version !== input.version) throw staleVersion(proposal, input.version);
  const inProposal = new Set((await listItems(ctx.db, [proposal.id])).map((i) => i.nip));
  const nips = input.coveredNips.map((n) => normalizeNip(n));
  const stranger = nips.findIndex((n) => !inProposal.has(n));
  if (stranger >= 0) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `NIP ${input.coveredNips[stranger]} tidak tercantum dalam usulan`,
        en: `NIP ${input.coveredNips[stranger]} is not in the proposal`,
      },
      {
        field: `coveredNips.${stranger}`,
        value: input.coveredNips[stranger],
        rule: 'COVERED_NIP_IN_PROPOSAL',
      },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    const id = await insertApproval(trx, {
      instansiId: proposal.instansiId,
      proposalId: proposal.id,
      letterNo: input.letterNo,
      letterDate: input.letterDate,
      subject: input.subject,
      coveredNips: nips,
    });
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.mendagri-approval',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { version: proposal.version },
      after: {
        version: proposal.version + 1,
        approvalId: id,
        letterNo: input.letterNo,
        letterDate: input.letterDate,
        coveredNips: nips,
      },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
