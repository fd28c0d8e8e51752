import { DomainError } from '../../core/errors.js';
import { isJptKind } from '../../core/selection/selection-model.js';
import {
  jptSelectionOfMoves,
  jptSelectionRefusal,
  type MoveIntoPost,
  type MoveSelection,
  type PostSelection,
} from '../../core/workflow/jpt-selection-guard.js';
import { positionKinds, selectionsOfPositions } from '../../store/repositories/selections.js';
import type { AppContext } from '../app-context.js';

/** What the guard needs of a proposal item (ProposalItem has it all). */
export interface ItemIntoPost {
  readonly id: number;
  readonly employeeId: number;
  readonly nip: string;
  readonly employeeName: string;
  readonly toPositionId: number;
  readonly toPositionName: string;
}

/** The moves with their target's kind and the selections of their targets: two queries. */
async function loadFacts(
  ctx: AppContext,
  instansiId: number,
  items: readonly ItemIntoPost[],
): Promise<{ moves: MoveIntoPost[]; selections: PostSelection[] }> {
  const targets = items.map((i) => i.toPositionId);
  const kinds = await positionKinds(ctx.db, instansiId, targets);
  const moves = items.flatMap((i): MoveIntoPost[] => {
    const post = kinds.get(i.toPositionId);
    return post
      ? [
          {
            itemId: i.id,
            employeeId: i.employeeId,
            nip: i.nip,
            employeeName: i.employeeName,
            toPositionId: i.toPositionId,
            toPositionName: i.toPositionName,
            toPositionKind: post.kind,
          },
        ]
      : [];
  });
  const jpt = moves.filter((m) => isJptKind(m.toPositionKind));
  const selections = await selectionsOfPositions(
    ctx.db,
    instansiId,
    jpt.map((m) => m.toPositionId),
  );
  return { moves, selections };
}

/** The JPT selection standing of each move into a JPT post, for the proposal view. */
export async function jptSelectionsOfItems(
  ctx: AppContext,
  instansiId: number,
  items: readonly ItemIntoPost[],
): Promise<MoveSelection[]> {
  if (items.length === 0) return [];
  const { moves, selections } = await loadFacts(ctx, instansiId, items);
  return jptSelectionOfMoves(moves, selections);
}

/**
 * Refuses the SK (WORKFLOW_JPT_SELECTION_MISSING, 409) while a move into a JPT post has no completed
 * selection naming its person (DOMAIN.md 15.3); the message names each post and person.
 */
export async function assertJptSelections(
  ctx: AppContext,
  instansiId: number,
  items: readonly ItemIntoPost[],
): Promise<void> {
  if (items.length === 0) return;
  const { moves, selections } = await loadFacts(ctx, instansiId, items);
  const refusal = jptSelectionRefusal(moves, selections);
  if (!refusal) return;
  throw new DomainError(refusal.code, refusal.message, {
    field: 'items',
    value: refusal.itemIds,
    rule: 'JPT_SELECTION_REQUIRED',
  });
}
