import type { Kysely } from 'kysely';
import { DomainError, type FieldIssue } from '../../core/errors.js';
import { dateParts, type LocalDate } from '../../core/model/local-date.js';
import { formatNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  insertItems,
  type NewProposalItem,
  openProposalsOfEmployees,
} from '../../store/repositories/process-items.js';
import {
  insertProposal,
  insertTransition,
  nextProposalNumber,
} from '../../store/repositories/process-proposals.js';
import type { Database } from '../../store/schema.js';
import { type AppContext, today } from '../app-context.js';
import { actorId } from './apply-transition.js';
import { buildItems, type ItemInput } from './build-items.js';
import { type DraftJudgement, storeDraftJudgement } from './draft-edit.js';
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

/** At most this many NIPs per proposal in the message; the issues list every person. */
const NIPS_NAMED = 5;

/**
 * Refuses people who are already in another open proposal: one person, one pending move. The
 * message names each proposal that holds them, with their NIPs, so the author knows where to look;
 * one issue per person names the item's field. Pass the transaction that writes the moves.
 */
export async function refuseDoubleMoves(
  db: Kysely<Database>,
  instansiId: number,
  proposalId: number,
  items: readonly { employeeId: number }[],
  nips: readonly string[],
): Promise<void> {
  const held = await openProposalsOfEmployees(
    db,
    instansiId,
    items.map((i) => i.employeeId),
    proposalId,
  );
  if (held.length === 0) return;
  const numberOf = new Map(held.map((h) => [h.employeeId, h.number]));
  const busy = items.flatMap((item, index) => {
    const number = numberOf.get(item.employeeId);
    return number ? [{ index, nip: nips[index]!, number }] : [];
  });
  const byProposal = new Map<string, string[]>();
  // NIPs as people read them (`19860701 201508 2 001`): the message is for the author.
  for (const b of busy) byProposal.set(b.number, [...(byProposal.get(b.number) ?? []), formatNip(b.nip)]);
  const list = [...byProposal]
    .map(([number, ns]) => {
      const more = ns.length - NIPS_NAMED;
      return `${number} (NIP ${ns.slice(0, NIPS_NAMED).join(', ')}${more > 0 ? ` +${more}` : ''})`;
    })
    .join('; ');
  const first = busy[0]!;
  const one = busy.length === 1;
  const issues: FieldIssue[] = busy.map((b) => ({
    field: `items.${b.index}.nip`,
    value: b.nip,
    code: 'CONFLICT',
    rule: 'ONE_OPEN_PROPOSAL_PER_PERSON',
    message: {
      id: `NIP ${formatNip(b.nip)} sudah tercantum dalam usulan ${b.number} yang masih berjalan`,
      en: `NIP ${formatNip(b.nip)} is already in open proposal ${b.number}`,
    },
  }));
  throw new DomainError(
    'CONFLICT',
    {
      id: one
        ? `NIP ${formatNip(first.nip)} sudah tercantum dalam usulan ${first.number} yang masih berjalan; seorang pegawai hanya boleh ada dalam satu usulan yang berjalan`
        : `${busy.length} pegawai sudah tercantum dalam usulan lain yang masih berjalan: ${list}; seorang pegawai hanya boleh ada dalam satu usulan yang berjalan`,
      en: one
        ? `NIP ${formatNip(first.nip)} is already in open proposal ${first.number}; a person may be in one open proposal only`
        : `${busy.length} people are already in other open proposals: ${list}; a person may be in one open proposal only`,
    },
    {
      field: `items.${first.index}.nip`,
      value: first.nip,
      rule: 'ONE_OPEN_PROPOSAL_PER_PERSON',
      issues,
    },
  );
}

/**
 * Drafts a proposal by hand: the moves are resolved (people, posts, move types), then written with
 * `insertDraft`. The author is the caller; they may submit it but never verify or approve it.
 */
export async function createProposal(
  ctx: AppContext,
  principal: Principal,
  input: CreateProposalInput,
  meta: { ip: string | null },
): Promise<ProposalView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const items = await buildItems(ctx, principal.instansiId, 0, input.items);
  return insertDraft(ctx, principal, input, items, meta);
}

/**
 * Writes a draft with its resolved moves (`buildItems`), its history row and audit entry in one
 * transaction, with each move's eligibility on the TMT when it was judged (`judgeDraft`). People
 * already in another open proposal are refused inside that transaction, so the check and the write
 * see the same data. The number's year is the instansi's current year.
 */
export async function insertDraft(
  ctx: AppContext,
  principal: Principal,
  input: CreateProposalInput,
  items: readonly NewProposalItem[],
  meta: { ip: string | null },
  judged?: DraftJudgement,
): Promise<ProposalView> {
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: principal.instansiId });
  const at = ctx.now();
  const { year } = dateParts(today(ctx, principal.instansiId));
  const nips = input.items.map((i) => i.nip);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await refuseDoubleMoves(trx, principal.instansiId, 0, items, nips);
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
    const ids = await insertItems(
      trx,
      items.map((i) => ({ ...i, proposalId: proposal.id })),
    );
    if (judged) await storeDraftJudgement(trx, judged, ids);
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
