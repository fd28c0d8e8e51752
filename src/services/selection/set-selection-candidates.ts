import type { Principal } from '../../core/policies/roles.js';
import { decideCandidates } from '../../core/selection/candidate-rules.js';
import type { AdministrativeOutcome } from '../../core/selection/selection-model.js';
import { selectionError } from '../../core/selection/selection-refusal.js';
import { replaceCandidates } from '../../store/repositories/selection-writes.js';
import { type AppContext, today } from '../app-context.js';
import { changeSelection } from './change-selection.js';
import { checkPasal107For, resolveNips } from './selection-people.js';
import type { SelectionView } from './selection-view.js';

export interface CandidatesInput {
  readonly selectionId: number;
  readonly version: number;
  readonly candidates: readonly { readonly nip: string; readonly administrative: AdministrativeOutcome }[];
}

/**
 * Replaces the candidates (pelamar) of a selection with their administrative outcomes (BKPSDM).
 * Each is checked against PP 11/2017 Pasal 107 for the post today and the check is kept with them:
 * the committee may propose only those it does not block.
 */
export async function setSelectionCandidates(
  ctx: AppContext,
  principal: Principal,
  input: CandidatesInput,
  meta: { ip: string | null },
): Promise<SelectionView> {
  return changeSelection(ctx, principal, input, meta, {
    audit: 'selection.candidates',
    right: 'selection.write',
    decide: async (selection) => {
      const ids = await resolveNips(
        ctx,
        selection.instansiId,
        input.candidates.map((c, i) => ({ nip: c.nip, field: `candidates.${i}.nip` })),
      );
      const rows = input.candidates.map((c, i) => ({
        employeeId: ids[i]!,
        nip: c.nip,
        administrative: c.administrative,
      }));
      const d = decideCandidates(selection, rows);
      if (!d.ok) throw selectionError(d.refusal);
      const asOf = today(ctx, principal.instansiId);
      const checks = await checkPasal107For(ctx, selection.instansiId, selection.positionId, ids, asOf);
      const stored = rows.map((r) => ({
        employeeId: r.employeeId,
        administrative: r.administrative,
        pasal107: checks.get(r.employeeId)!,
      }));
      return {
        write: (trx) => replaceCandidates(trx, selection.instansiId, selection.id, stored),
        after: {
          candidates: stored.map((s, i) => ({
            nip: rows[i]!.nip,
            administrative: s.administrative,
            pasal107: s.pasal107.status,
          })),
          checkedOn: asOf,
        },
      };
    },
  });
}
