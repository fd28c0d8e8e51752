import type { Transaction } from 'kysely';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Selection } from '../../core/selection/selection-model.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { touchSelection } from '../../store/repositories/selection-writes.js';
import { getSelection } from '../../store/repositories/selections.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';
import { checkVersion, loadSelectionFor, type SelectionPost, selectionResource } from './selection-access.js';
import { buildSelectionView, type SelectionView } from './selection-view.js';

/** Who the audit log names: user id 0 is the machine operator (CLI), recorded as none. */
export const actorOf = (p: Principal): number | null => (p.userId > 0 ? p.userId : null);

/** What a change decided: the selection's own columns, the child writes, and the audit's after. */
export interface SelectionChange {
  readonly columns?: Parameters<typeof touchSelection>[3];
  readonly write: (trx: Transaction<Database>) => Promise<void>;
  readonly after: Record<string, unknown>;
}

/**
 * One change of a selection, the same way for every step: load it (404), check the caller's right
 * (403) and version (409), let the step decide through the core (400/409, nothing written), then in
 * one transaction bump the version, write, and append the audit entry.
 */
export async function changeSelection(
  ctx: AppContext,
  principal: Principal,
  input: { readonly selectionId: number; readonly version: number },
  meta: { ip: string | null },
  step: {
    readonly audit: string;
    readonly right: 'selection.write' | 'selection.decide';
    readonly decide: (selection: Selection, post: SelectionPost) => Promise<SelectionChange>;
  },
): Promise<SelectionView> {
  const { selection, post } = await loadSelectionFor(ctx, principal, input.selectionId);
  // Note: the right is checked on the post's resource before the version or any rule is looked at.
  authorize(principal, step.right, selectionResource(post.position));
  checkVersion(selection, input.version);
  const change = await step.decide(selection, post);
  await ctx.db.transaction().execute(async (trx) => {
    await touchSelection(trx, selection.id, input.version, change.columns);
    await change.write(trx);
    await appendAudit(trx, {
      instansiId: selection.instansiId,
      actorUserId: actorOf(principal),
      actorIp: meta.ip,
      action: step.audit,
      entityType: 'selection',
      entityId: selection.id,
      before: { version: selection.version, status: selection.status },
      after: { version: selection.version + 1, positionId: selection.positionId, ...change.after },
      occurredAt: ctx.now(),
    });
  });
  const fresh = await getSelection(ctx.db, principal.instansiId, selection.id);
  return buildSelectionView(principal, fresh ?? selection, post);
}
