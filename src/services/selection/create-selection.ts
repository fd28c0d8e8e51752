import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { checkNewSelection } from '../../core/selection/committee-rules.js';
import {
  type CommitteeMember,
  initialStages,
  type SelectionKind,
} from '../../core/selection/selection-model.js';
import { selectionError } from '../../core/selection/selection-refusal.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { isUniqueViolation } from '../../store/repositories/planning-unique.js';
import { insertSelection } from '../../store/repositories/selection-writes.js';
import { getSelection, openSelectionOfPosition } from '../../store/repositories/selections.js';
import type { AppContext } from '../app-context.js';
import { actorOf } from './change-selection.js';
import { loadPostFor, selectionResource } from './selection-access.js';
import { loadSelectionSettings } from './selection-settings.js';
import { buildSelectionView, type SelectionView } from './selection-view.js';

export interface CreateSelectionInput {
  readonly positionId: number;
  readonly kind: SelectionKind;
  readonly committee: readonly CommitteeMember[];
}

/**
 * Opens the selection of a JPT post (DOMAIN.md 15.3) with its committee and five pending stages.
 * Refused for a post that is not JPT, a committee without exactly one chair or below the setting's
 * size, and while the post has a selection in progress.
 */
export async function createSelection(
  ctx: AppContext,
  principal: Principal,
  input: CreateSelectionInput,
  meta: { ip: string | null },
): Promise<SelectionView> {
  const post = await loadPostFor(ctx, principal, input.positionId);
  authorize(principal, 'selection.write', selectionResource(post.position));
  const committee = input.committee.map((m) => ({ name: m.name.trim(), role: m.role }));
  const [settings, openId] = await Promise.all([
    loadSelectionSettings(ctx, principal.instansiId),
    openSelectionOfPosition(ctx.db, principal.instansiId, input.positionId),
  ]);
  const decision = checkNewSelection(
    { postKind: post.position.grade.kind, kind: input.kind, committee, openSelectionId: openId },
    settings,
  );
  if (!decision.ok) throw selectionError(decision.refusal);
  const write = ctx.db.transaction().execute(async (trx) => {
    const created = await insertSelection(trx, {
      instansiId: principal.instansiId,
      positionId: input.positionId,
      kind: input.kind,
      committee,
      stages: initialStages(),
      createdByUserId: actorOf(principal),
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorOf(principal),
      actorIp: meta.ip,
      action: 'selection.create',
      entityType: 'selection',
      entityId: created,
      before: null,
      after: { positionId: input.positionId, kind: input.kind, committee },
      occurredAt: ctx.now(),
    });
    return created;
  });
  // Two openings racing past the check: the partial unique index keeps one, the other is a 409.
  const id = await write.catch(async (error: unknown): Promise<never> => {
    if (!isUniqueViolation(error)) throw error;
    const winner = await openSelectionOfPosition(ctx.db, principal.instansiId, input.positionId);
    const raced = checkNewSelection(
      { postKind: post.position.grade.kind, kind: input.kind, committee, openSelectionId: winner },
      settings,
    );
    throw raced.ok ? error : selectionError(raced.refusal);
  });
  const selection = await getSelection(ctx.db, principal.instansiId, id);
  if (!selection) throw new DomainError('NOT_FOUND', { id: 'Seleksi hilang', en: 'Selection vanished' });
  return buildSelectionView(principal, selection, post);
}
