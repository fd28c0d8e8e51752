import { DomainError } from '../../core/errors.js';
import type { Position } from '../../core/model/position.js';
import type { Resource } from '../../core/policies/actions.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import type { Selection } from '../../core/selection/selection-model.js';
import { getPosition } from '../../store/repositories/positions.js';
import { getSelection } from '../../store/repositories/selections.js';
import type { AppContext } from '../app-context.js';

/** The post a selection fills, as the views show it. */
export interface SelectionPost {
  readonly position: Position;
  readonly unitName: string;
}

const notFound = (what: { id: string; en: string }, field: string, value: number) =>
  new DomainError(
    'NOT_FOUND',
    { id: `${what.id} #${value} tidak ditemukan`, en: `${what.en} #${value} not found` },
    { field, value },
  );

/** The policy resource of a post's selections. */
export const selectionResource = (post: Position): Resource => ({
  type: 'position',
  instansiId: post.instansiId,
  positionId: post.id,
  unitId: post.unitId,
});

/**
 * The post of the caller's instansi, after checking they may read selections; 404 only to those
 * who may read (a caller without the right learns nothing about which ids exist).
 */
export async function loadPostFor(
  ctx: AppContext,
  principal: Principal,
  positionId: number,
): Promise<SelectionPost> {
  // Note: the read right is checked before the lookup, so a 404 tells nothing to those who may not read.
  authorize(principal, 'selection.read', { type: 'instansi', instansiId: principal.instansiId });
  const found = await getPosition(ctx.db, principal.instansiId, positionId);
  if (!found) throw notFound({ id: 'Jabatan', en: 'Position' }, 'positionId', positionId);
  authorize(principal, 'selection.read', selectionResource(found.position));
  return { position: found.position, unitName: found.unitName };
}

/** A selection of the caller's instansi with its post, after the read check (404 when unknown). */
export async function loadSelectionFor(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<{ selection: Selection; post: SelectionPost }> {
  authorize(principal, 'selection.read', { type: 'instansi', instansiId: principal.instansiId });
  const selection = await getSelection(ctx.db, principal.instansiId, id);
  if (!selection) throw notFound({ id: 'Seleksi', en: 'Selection' }, 'id', id);
  const post = await loadPostFor(ctx, principal, selection.positionId);
  return { selection, post };
}

/** VERSION_CONFLICT before any work when the caller read an older selection. */
export function checkVersion(selection: Selection, version: number): void {
  if (selection.version === version) return;
  throw new DomainError(
    'VERSION_CONFLICT',
    {
      id: `Seleksi #${selection.id} telah diubah oleh pengguna lain (versi ${selection.version}, bukan ${version}); muat ulang lalu ulangi`,
      en: `Selection #${selection.id} was changed by someone else (version ${selection.version}, not ${version}); reload and retry`,
    },
    { field: 'version', value: version, rule: 'OPTIMISTIC_LOCK' },
  );
}
