import type { Transaction } from 'kysely';
import { DomainError } from '../../core/errors.js';
import type { LocalDate } from '../../core/model/local-date.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { draftEditRefusal } from '../../core/workflow/draft-editing.js';
import { judgeMovesOnTmt, type MoveToJudge } from '../../core/workflow/judge-moves.js';
import type { Proposal, ProposalItem, StoredEligibility } from '../../core/workflow/proposal-model.js';
import { type NewProposalItem, setItemEligibility } from '../../store/repositories/process-items.js';
import { listTenureOverrides } from '../../store/repositories/process-overrides.js';
import type { Database } from '../../store/schema.js';
import { type AppContext, today } from '../app-context.js';
import { staleVersion } from './apply-transition.js';
import { loadMoveFacts } from './process-world.js';
import { loadProposalFor } from './proposal-view.js';

/**
 * A proposal its author may still change: the caller may write proposals, the proposal is a draft
 * or returned for revision (the core says which states), and the caller read its current version.
 */
export async function loadEditableDraft(
  ctx: AppContext,
  principal: Principal,
  id: number,
  version: number,
): Promise<Proposal> {
  const proposal = await loadProposalFor(ctx, principal, id);
  authorize(principal, 'proposal.write', { type: 'instansi', instansiId: proposal.instansiId });
  const refusal = draftEditRefusal(proposal.state);
  if (refusal) {
    throw new DomainError('WORKFLOW_WRONG_STATE', refusal, {
      field: 'state',
      value: proposal.state,
      rule: 'DRAFT_EDITABLE',
    });
  }
  if (proposal.version !== version) throw staleVersion(proposal, version);
  return proposal;
}

/** A move being added: the resolved item and the NIP it was asked by. */
export interface AddedMove {
  readonly item: NewProposalItem;
  readonly nip: string;
}

export interface DraftJudgement {
  /** By item id, for the moves already in the proposal. */
  readonly kept: ReadonlyMap<number, StoredEligibility>;
  /** In the order of the added moves. */
  readonly added: readonly (StoredEligibility | undefined)[];
}

/**
 * Judges a draft as it will stand after an edit, on its (new) TMT (DOMAIN.md 15.6): the moves it
 * keeps and the moves being added, with the exceptions recorded for it, in one world. Runs before the
 * edit's transaction (the world is read outside it); the version check inside the transaction makes
 * sure the judgement is about the proposal that gets written.
 */
export async function judgeDraft(
  ctx: AppContext,
  proposal: Pick<Proposal, 'id' | 'instansiId'>,
  tmt: LocalDate,
  kept: readonly ProposalItem[],
  added: readonly AddedMove[] = [],
): Promise<DraftJudgement> {
  const pairs = [...kept, ...added.map((a) => a.item)];
  // A proposal not written yet (id 0) has no recorded exceptions.
  const [{ facts, eligibility }, overrides] = await Promise.all([
    loadMoveFacts(ctx, proposal.instansiId, pairs),
    proposal.id > 0 ? listTenureOverrides(ctx.db, [proposal.id]) : [],
  ]);
  const factOf = new Map(facts.map((f) => [`${f.employeeId}:${f.post.position.id}`, f]));
  const moves: MoveToJudge[] = [];
  const push = (
    itemId: number,
    nip: string,
    m: Pick<ProposalItem, 'employeeId' | 'toPositionId' | 'moveType'>,
  ) => {
    const f = factOf.get(`${m.employeeId}:${m.toPositionId}`);
    if (f) moves.push({ itemId, nip, moveType: m.moveType, candidate: f.candidate, post: f.post });
  };
  for (const item of kept) push(item.id, item.nip, item);
  // Added moves have no id yet: negative keys stand for their place in `added`.
  for (const [i, a] of added.entries()) push(-(i + 1), a.nip, a.item);
  const judged = judgeMovesOnTmt(moves, {
    base: eligibility,
    tmt,
    checkedOn: today(ctx, proposal.instansiId),
    overrides,
  });
  return {
    kept: new Map([...judged.eligibility].filter(([id]) => id > 0)),
    added: added.map((_, i) => judged.eligibility.get(-(i + 1))),
  };
}

/** Stores the judgement in the edit's transaction; `addedIds` are the ids the added moves got. */
export async function storeDraftJudgement(
  trx: Transaction<Database>,
  judged: DraftJudgement,
  addedIds: readonly number[] = [],
): Promise<string[]> {
  for (const [itemId, e] of judged.kept) await setItemEligibility(trx, itemId, e);
  for (const [i, e] of judged.added.entries()) if (e) await setItemEligibility(trx, addedIds[i]!, e);
  return [...judged.kept.values(), ...judged.added].flatMap((e) => (e ? [e.status] : []));
}
