import { DomainError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Proposal } from '../../core/workflow/proposal-model.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  deleteItem,
  insertItems,
  listItems,
  type NewProposalItem,
} from '../../store/repositories/process-items.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { buildItems, type ItemInput } from './build-items.js';
import { refuseDoubleMoves } from './create-proposal.js';
import { judgeDraft, loadEditableDraft, storeDraftJudgement } from './draft-edit.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';
import { loadSucceededPlan, planMovesAsItems } from './propose-from-plan.js';

/**
 * Adds resolved moves to an editable draft in one transaction: people already in another open
 * proposal are refused inside it (naming that proposal), the version is bumped, every move of the
 * draft is judged on its TMT and the change is audited.
 */
async function addBuiltItems(
  ctx: AppContext,
  principal: Principal,
  proposal: Proposal,
  version: number,
  inputs: readonly ItemInput[],
  built: readonly NewProposalItem[],
  meta: { ip: string | null; planId?: number },
): Promise<ProposalView> {
  const nips = inputs.map((i) => i.nip);
  const kept = await listItems(ctx.db, [proposal.id]);
  const judged = await judgeDraft(
    ctx,
    proposal,
    proposal.tmt,
    kept,
    built.map((item, i) => ({ item, nip: nips[i]! })),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await refuseDoubleMoves(trx, proposal.instansiId, proposal.id, built, nips);
    await updateWithVersion(trx, 'proposals', proposal.id, version, {});
    const ids = await insertItems(trx, built);
    const eligibility = await storeDraftJudgement(trx, judged, ids);
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
        items: inputs.map((i) => ({ nip: i.nip, toPositionId: i.toPositionId })),
        ...(meta.planId ? { fromPlan: meta.planId } : {}),
        eligibility,
        eligibilityOn: proposal.tmt,
      },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}

/** Adds moves by hand to a draft (or returned) proposal; bumps its version. */
export async function addProposalItems(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; version: number; items: readonly ItemInput[] },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadEditableDraft(ctx, principal, input.proposalId, input.version);
  const items = await buildItems(ctx, proposal.instansiId, proposal.id, input.items);
  return addBuiltItems(ctx, principal, proposal, input.version, input.items, items, meta);
}

/**
 * Adds moves of the draft's own plan, by NIP, with the plan's reason and explanation: the moves the
 * author left out when proposing, or that became free since. A draft made by hand has no plan (409).
 */
export async function addPlanMoves(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; version: number; nips: readonly string[] },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadEditableDraft(ctx, principal, input.proposalId, input.version);
  if (proposal.planId === null) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Usulan ${proposal.number} tidak dibuat dari rencana; tambahkan pegawai satu per satu`,
        en: `Proposal ${proposal.number} was not made from a plan; add people one by one`,
      },
      { field: 'nips', value: input.nips, rule: 'PROPOSAL_FROM_PLAN' },
    );
  }
  const loaded = await loadSucceededPlan(ctx, principal, proposal.planId);
  const { inputs, built } = await planMovesAsItems(ctx, proposal.id, loaded, input.nips);
  return addBuiltItems(ctx, principal, proposal, input.version, inputs, built, {
    ...meta,
    planId: proposal.planId,
  });
}

/** Removes one move from a draft (or returned) proposal; bumps its version. */
export async function removeProposalItem(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; version: number; itemId: number },
  meta: { ip: string | null },
): Promise<ProposalView> {
  const proposal = await loadEditableDraft(ctx, principal, input.proposalId, input.version);
  const items = await listItems(ctx.db, [proposal.id]);
  const removed = items.find((i) => i.id === input.itemId);
  if (!removed) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Kandidat #${input.itemId} tidak ada dalam usulan ini`,
        en: `Move #${input.itemId} is not in this proposal`,
      },
      { field: 'itemId', value: input.itemId },
    );
  }
  const judged = await judgeDraft(
    ctx,
    proposal,
    proposal.tmt,
    items.filter((i) => i.id !== removed.id),
  );
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    await deleteItem(trx, proposal.id, removed.id);
    await storeDraftJudgement(trx, judged);
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.items.remove',
      entityType: 'proposal',
      entityId: proposal.number,
      before: {
        version: proposal.version,
        itemId: removed.id,
        nip: removed.nip,
        toPositionId: removed.toPositionId,
      },
      after: { version: proposal.version + 1 },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
