import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { employeesInOpenProposals, insertItems } from '../../store/repositories/process-items.js';
import {
  insertProposal,
  insertTransition,
  nextProposalNumber,
} from '../../store/repositories/process-proposals.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { buildItems, type ItemInput } from './build-items.js';
import { buildProposalView, loadProposalFor, type ProposalView } from './proposal-view.js';

export interface CreateProposalInput {
  readonly title: string;
  readonly round: string;
  readonly tmt: LocalDate;
  /** The plan the moves come from (issue 6) and what it said about itself (criteria, certificate). */
  readonly planId?: number | null | undefined;
  readonly planSummary?: unknown;
  readonly items: readonly ItemInput[];
}

/** Refuses people who are already in another open proposal: one person, one pending move. */
export async function refuseDoubleMoves(
  ctx: AppContext,
  instansiId: number,
  proposalId: number,
  items: readonly { employeeId: number }[],
  nips: readonly string[],
): Promise<void> {
  const busy = await employeesInOpenProposals(
    ctx.db,
    instansiId,
    items.map((i) => i.employeeId),
    proposalId,
  );
  const index = items.findIndex((i) => busy.includes(i.employeeId));
  if (index >= 0) {
    throw new DomainError(
      'CONFLICT',
      {
        id: `NIP ${nips[index]} sudah ada dalam usulan lain yang sedang berjalan`,
        en: `NIP ${nips[index]} is already in another open proposal`,
      },
      { field: `items.${index}.nip`, value: nips[index], rule: 'ONE_OPEN_PROPOSAL_PER_PERSON' },
    );
  }
}

/**
 * Drafts a proposal, by hand or from a plan's moves, in one transaction with its history row and
 * audit entry. The author is the caller; they may submit it but never verify or approve it.
 */
export async function createProposal(
  ctx: AppContext,
  principal: Principal,
  input: CreateProposalInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const items = await buildItems(ctx, principal.instansiId, 0, input.items);
  await refuseDoubleMoves(
    ctx,
    principal.instansiId,
    0,
    items,
    input.items.map((i) => i.nip),
  );
  const at = ctx.now();
  const year = at.getUTCFullYear();
  const id = await ctx.db.transaction().execute(async (trx) => {
    const proposal = await insertProposal(trx, {
      instansiId: principal.instansiId,
      number: await nextProposalNumber(trx, principal.instansiId, year),
      title: input.title,
      round: input.round,
      tmt: input.tmt,
      planId: input.planId ?? null,
      planSummary: input.planSummary ?? null,
      createdByUserId: principal.userId,
    });
    await insertItems(
      trx,
      items.map((i) => ({ ...i, proposalId: proposal.id })),
    );
    await insertTransition(trx, {
      instansiId: principal.instansiId,
      proposalId: proposal.id,
      transition: 'create',
      fromState: 'NONE',
      toState: 'DRAFT',
      actorUserId: actorId(principal),
      actorRole: principal.role,
      reason: null,
      occurredAt: at.toISOString(),
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'proposal.create',
      entityType: 'proposal',
      entityId: proposal.number,
      before: null,
      after: {
        title: input.title,
        round: input.round,
        tmt: input.tmt,
        planId: input.planId ?? null,
        items: input.items.map((i) => ({ nip: i.nip, toPositionId: i.toPositionId })),
      },
      occurredAt: at,
    });
    return proposal.id;
  });
  return buildProposalView(ctx, principal, await loadProposalFor(ctx, principal, id));
}
