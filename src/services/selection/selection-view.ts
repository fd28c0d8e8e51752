import type { Action } from '../../core/policies/actions.js';
import { allowedActions } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { isJptKind, type Selection } from '../../core/selection/selection-model.js';
import { type SelectionStep, selectionSteps } from '../../core/selection/selection-steps.js';
import { listSelectionsOfPosition } from '../../store/repositories/selections.js';
import type { AppContext } from '../app-context.js';
import { loadPostFor, loadSelectionFor, type SelectionPost, selectionResource } from './selection-access.js';

export interface SelectionView {
  readonly selection: Selection;
  readonly post: SelectionPost;
  /** Policy actions the caller holds on this post's selections. */
  readonly actions: readonly Action[];
  /** Steps the selection allows now and the caller may take (the web shows only these forms). */
  readonly steps: readonly SelectionStep[];
}

export interface PostSelectionsView {
  readonly post: SelectionPost;
  readonly selections: readonly SelectionView[];
  readonly actions: readonly Action[];
  /** Whether the caller may open a selection now: a JPT post without one in progress. */
  readonly canOpen: boolean;
}

const SELECTION_ACTIONS: readonly Action[] = ['selection.write', 'selection.decide'];

/** The view of one selection for the caller: the core's steps narrowed by the caller's policy. */
export function buildSelectionView(
  principal: Principal,
  selection: Selection,
  post: SelectionPost,
): SelectionView {
  const actions = allowedActions(principal, selectionResource(post.position), SELECTION_ACTIONS);
  const steps = selectionSteps(selection).filter((s) =>
    actions.includes(s === 'result' ? 'selection.decide' : 'selection.write'),
  );
  return { selection, post, actions, steps };
}

/** `GET /selections/:id`. */
export async function getSelectionView(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<SelectionView> {
  const { selection, post } = await loadSelectionFor(ctx, principal, id);
  return buildSelectionView(principal, selection, post);
}

/** `GET /positions/:id/selections`: every selection of the post, newest first. */
export async function listPostSelections(
  ctx: AppContext,
  principal: Principal,
  positionId: number,
): Promise<PostSelectionsView> {
  const post = await loadPostFor(ctx, principal, positionId);
  const selections = await listSelectionsOfPosition(ctx.db, principal.instansiId, positionId);
  const actions = allowedActions(principal, selectionResource(post.position), SELECTION_ACTIONS);
  return {
    post,
    selections: selections.map((s) => buildSelectionView(principal, s, post)),
    actions,
    canOpen:
      actions.includes('selection.write') &&
      isJptKind(post.position.grade.kind) &&
      !selections.some((s) => s.status === 'IN_PROGRESS'),
  };
}
