import type { Principal } from '../../core/policies/roles.js';
import { selectionError } from '../../core/selection/selection-refusal.js';
import { decideShortlist } from '../../core/selection/shortlist-rules.js';
import { writeShortlist } from '../../store/repositories/selection-writes.js';
import type { AppContext } from '../app-context.js';
import { changeSelection } from './change-selection.js';
import { resolveNips } from './selection-people.js';
import { loadSelectionSettings } from './selection-settings.js';
import type { SelectionView } from './selection-view.js';

export interface ShortlistInput {
  readonly selectionId: number;
  readonly version: number;
  /** NIPs, best first. */
  readonly shortlist: readonly string[];
  readonly reason?: string | null | undefined;
}

/** Records the names the committee proposes to the PPK, best first (BKPSDM, for the committee). */
export async function setSelectionShortlist(
  ctx: AppContext,
  principal: Principal,
  input: ShortlistInput,
  meta: { ip: string | null },
): Promise<SelectionView> {
  return changeSelection(ctx, principal, input, meta, {
    audit: 'selection.shortlist',
    right: 'selection.write',
    decide: async (selection) => {
      const [ids, settings] = await Promise.all([
        resolveNips(
          ctx,
          selection.instansiId,
          input.shortlist.map((nip, i) => ({ nip, field: `shortlist.${i}` })),
        ),
        loadSelectionSettings(ctx, selection.instansiId),
      ]);
      const reason = input.reason?.trim() || null;
      const d = decideShortlist(
        selection,
        ids.map((employeeId, i) => ({ employeeId, nip: input.shortlist[i]! })),
        reason,
        settings,
      );
      if (!d.ok) throw selectionError(d.refusal);
      return {
        columns: { shortlist_reason: reason },
        write: (trx) => writeShortlist(trx, selection.id, d.value),
        after: { shortlist: [...input.shortlist], reason },
      };
    },
  });
}
