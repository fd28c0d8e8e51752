import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { deleteItem, insertItems } from '../../store/repositories/process-items.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId, staleVersion } from './apply-transition.js';
import { buildItems, type ItemInput } from './build-items.js';
import { refuseDoubleMoves } from './create-proposal.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

async function editable(
  ctx: AppContext,
  principal: Principal,
  id: number,
  version: number,
): Promise<Proposal> {
  const proposal = await loadProposalFor(ctx, principal, id);
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: proposal.instansiId });
  if (proposal.state !== 'DRAFT' && proposal.state !== 'RETURNED') {
    throw new DomainError(
      'WORKFLOW_WRONG_STATE',
      {
        id: `Usulan berstatus ${proposal.state}; kandidat hanya dapat diubah saat DRAFT atau RETURNED`,
        en: `Proposal is ${proposal.state}; moves change only while DRAFT or RETURNED`,
      },
      { field: 'state', value: proposal.state, rule: 'ITEMS_EDITABLE' },
    );
  }
  if (proposal.version !== version) throw staleVersion(proposal, version);
  return proposal;
}

/** Adds moves to a draft (or returned) proposal; bumps its version. */
export async function addProposalItems(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; version: number; items: readonly ItemInput[] },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await editable(ctx, principal, input.proposalId, input.version);
  const items = await buildItems(ctx, proposal.instansiId, proposal.id, input.items);
  await refuseDoubleMoves(
    ctx,
    proposal.instansiId,
    proposal.id,
    items,
    input.items.map((i) => i.nip),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    await insertItems(trx, items);
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.items.add',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { version: proposal.version },
      after: {
        version: proposal.version + 1,
        items: input.items.map((i) => ({ nip: i.nip, toPositionId: i.toPositionId })),
      },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}

/** Removes one move from a draft (or returned) proposal; bumps its version. */
export async function removeProposalItem(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; version: number; itemId: number },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await editable(ctx, principal, input.proposalId, input.version);
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await deleteItem(trx, proposal.id, input.itemId))) {
      throw new DomainError(
        'NOT_FOUND',
        {
          id: `Kandidat #${input.itemId} tidak ada dalam usulan ini`,
          en: `Move #${input.itemId} is not in this proposal`,
        },
        { field: 'itemId', value: input.itemId },
      );
    }
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.items.remove',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { version: proposal.version, itemId: input.itemId },
      after: { version: proposal.version + 1 },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
