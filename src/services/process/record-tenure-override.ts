import { createHash } from 'node:crypto';
import type { TenureOverrideGround } from '../../core/eligibility/tenure-override.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { judgeMovesOnTmt } from '../../core/workflow/judge-moves.js';
import type { Proposal, ProposalItem } from '../../core/workflow/proposal-model.js';
import {
  checkOverrideDocument,
  checkOverrideFitsMove,
  overrideStageRefusal,
} from '../../core/workflow/tenure-override-rules.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { listItems } from '../../store/repositories/process-items.js';
import {
  deleteTenureOverride,
  insertTenureOverride,
  listTenureOverrides,
} from '../../store/repositories/process-overrides.js';
import { updateWithVersion } from '../../store/repositories/update-with-version.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, staleVersion } from './apply-transition.js';
import { loadMovesToJudge } from './process-world.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

type Meta = { ip: string | null };

export interface TenureOverrideInput {
  readonly proposalId: number;
  readonly itemId: number;
  readonly version: number;
  readonly ground: TenureOverrideGround;
  readonly reason: string;
  readonly document: { readonly fileName: string; readonly bytes: Uint8Array };
}

/**
 * Loads what a change to an override needs, refusing in the order a person would be told: the right
 * (only the head of BKPSDM approves), the stage, the author, the version, then the move itself.
 */
async function forChange(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; itemId: number; version: number },
): Promise<{ proposal: Proposal; item: ProposalItem }> {
  const proposal = await loadProposalFor(ctx, principal, input.proposalId);
  authorize(principal, 'proposal.tenure-override', { type: 'instansi', instansiId: proposal.instansiId });
  const stage = overrideStageRefusal(proposal.state);
  if (stage) throw fieldError(stage);
  // Note: an exception is an approval, and nobody approves their own proposal.
  if (proposal.createdByUserId === principal.userId) {
    throw new DomainError(
      'WORKFLOW_OWN_PROPOSAL',
      {
        id: 'Pengecualian masa jabatan tidak disetujui oleh penyusun usulan',
        en: 'The author of a proposal may not approve an exception in it',
      },
      { field: 'proposalId', value: proposal.id, rule: 'WORKFLOW_OWN_PROPOSAL' },
    );
  }
  if (proposal.version !== input.version) throw staleVersion(proposal, input.version);
  const item = (await listItems(ctx.db, [proposal.id])).find((i) => i.id === input.itemId);
  if (!item) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Mutasi #${input.itemId} tidak ada dalam usulan ${proposal.number}`,
        en: `Move #${input.itemId} is not in proposal ${proposal.number}`,
      },
      { field: 'itemId', value: input.itemId, rule: 'ITEM_IN_PROPOSAL' },
    );
  }
  return { proposal, item };
}

/** Whether R-TENURE-MIN blocks this move on the TMT when no exception is counted. */
async function tenureBlocks(ctx: AppContext, proposal: Proposal, item: ProposalItem): Promise<boolean> {
  const { moves, eligibility } = await loadMovesToJudge(ctx, proposal.instansiId, [item]);
  const judged = judgeMovesOnTmt(moves, {
    base: eligibility,
    tmt: proposal.tmt,
    checkedOn: today(ctx, proposal.instansiId),
    overrides: [],
  });
  return judged.blocked.some((b) => b.rules.some((r) => r.code === 'R-TENURE-MIN'));
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/**
 * Records an exception to the 2-year minimum for one move (DOMAIN.md 15.6): the head of BKPSDM
 * approves it with a ground from the fixed list, a reason and the PDF that proves the ground. Only a
 * move that R-TENURE-MIN blocks on the TMT takes one, and one only; the proposal's version moves and
 * the audit entry carries the ground, the reason and the document's SHA-256, all in one transaction.
 */
export async function recordTenureOverride(
  ctx: AppContext,
  principal: Principal,
  input: TenureOverrideInput,
  meta: Meta,
): Promise<ProposalView> {
  const { proposal, item } = await forChange(ctx, principal, input);
  const bad = checkOverrideDocument(input.document.bytes) ?? checkOverrideFitsMove(input.ground, item);
  if (bad) throw fieldError(bad);
  if ((await listTenureOverrides(ctx.db, [proposal.id])).some((o) => o.itemId === item.id)) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `Mutasi NIP ${item.nip} sudah memiliki pengecualian; hapus dulu untuk menggantinya`,
        en: `The move of NIP ${item.nip} already has an exception; remove it first to replace it`,
      },
      { field: 'itemId', value: item.id, rule: 'ONE_OVERRIDE_PER_MOVE' },
    );
  }
  if (!(await tenureBlocks(ctx, proposal, item))) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `NIP ${item.nip} sudah memenuhi masa jabatan minimal pada TMT ${proposal.tmt}; pengecualian tidak diperlukan`,
        en: `NIP ${item.nip} meets the minimum time in post on the TMT ${proposal.tmt}; no exception is needed`,
      },
      { field: 'itemId', value: item.id, rule: 'OVERRIDE_NOT_NEEDED' },
    );
  }
  const approver = actorId(principal);
  if (approver === null) {
    throw new DomainError(
      'FORBIDDEN',
      {
        id: 'Pengecualian disetujui oleh pengguna yang masuk',
        en: 'An exception is approved by a signed-in user',
      },
      { rule: 'OVERRIDE_APPROVER' },
    );
  }
  const bytes = input.document.bytes;
  const hash = sha256(bytes);
  const reason = input.reason.trim();
  const fileName = input.document.fileName.trim().replace(/[\\/]/g, '_');
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    const id = await insertTenureOverride(trx, {
      instansiId: proposal.instansiId,
      proposalId: proposal.id,
      itemId: item.id,
      ground: input.ground,
      reason,
      approvedByUserId: approver,
      approvedAt: ctx.now().toISOString(),
      documentName: fileName,
      documentSha256: hash,
      documentBytes: bytes.length,
      documentBase64: Buffer.from(bytes).toString('base64'),
    });
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: approver,
      actorIp: meta.ip,
      action: 'proposal.tenure-override',
      entityType: 'proposal',
      entityId: proposal.number,
      before: { version: proposal.version },
      after: {
        version: proposal.version + 1,
        overrideId: id,
        itemId: item.id,
        nip: item.nip,
        toPositionId: item.toPositionId,
        rule: 'R-TENURE-MIN',
        ground: input.ground,
        reason,
        documentName: fileName,
        documentSha256: hash,
        documentBytes: bytes.length,
      },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}

/** Removes the exception of one move; the audit entry keeps what was removed. */
export async function removeTenureOverride(
  ctx: AppContext,
  principal: Principal,
  input: { proposalId: number; itemId: number; version: number },
  meta: Meta,
): Promise<ProposalView> {
  const { proposal, item } = await forChange(ctx, principal, input);
  const existing = (await listTenureOverrides(ctx.db, [proposal.id])).find((o) => o.itemId === item.id);
  if (!existing) {
    throw new DomainError(
      'NOT_FOUND',
      {
        id: `Mutasi NIP ${item.nip} tidak memiliki pengecualian`,
        en: `The move of NIP ${item.nip} has no exception`,
      },
      { field: 'itemId', value: item.id, rule: 'OVERRIDE_EXISTS' },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await updateWithVersion(trx, 'proposals', proposal.id, input.version, {});
    await deleteTenureOverride(trx, proposal.id, item.id);
    await appendAudit(trx, {
      instansiId: proposal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.tenure-override.remove',
      entityType: 'proposal',
      entityId: proposal.number,
      before: {
        version: proposal.version,
        overrideId: existing.id,
        itemId: item.id,
        nip: item.nip,
        ground: existing.ground,
        reason: existing.reason,
        documentSha256: existing.documentSha256,
      },
      after: { version: proposal.version + 1 },
      occurredAt: ctx.now(),
    });
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, proposal.id));
}
