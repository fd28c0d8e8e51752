import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import { decideResult } from '../../core/selection/result-rules.js';
import { selectionError } from '../../core/selection/selection-refusal.js';
import {
  resultColumns,
  writeCandidateCheck,
  writeStages,
} from '../../store/repositories/selection-writes.js';
import { type AppContext, today } from '../app-context.js';
import { actorOf, changeSelection } from './change-selection.js';
import { checkPasal107For, resolveNips } from './selection-people.js';
import type { SelectionView } from './selection-view.js';

export interface ResultRequest {
  readonly selectionId: number;
  readonly version: number;
  readonly nip: string;
  readonly decidedOn: LocalDate;
  readonly decreeNumber: string;
}

/**
 * Records the PPK's choice among the shortlisted names, closing the selection. The person is checked
 * again against PP 11/2017 Pasal 107 for the post on the day of the decision (the check made at
 * registration may be months old), and the fresh check is kept with the candidate.
 */
export async function recordSelectionResult(
  ctx: AppContext,
  principal: Principal,
  input: ResultRequest,
  meta: { ip: string | null },
): Promise<SelectionView> {
  return changeSelection(ctx, principal, input, meta, {
    audit: 'selection.result',
    right: 'selection.decide',
    decide: async (selection) => {
      const [employeeId] = await resolveNips(ctx, selection.instansiId, [{ nip: input.nip, field: 'nip' }]);
      const asOf = today(ctx, principal.instansiId);
      const result = {
        employeeId: employeeId!,
        nip: input.nip,
        decidedOn: input.decidedOn,
        decreeNumber: input.decreeNumber.trim(),
      };
      // Note: the cheap rules refuse before the person's whole record is loaded.
      const early = decideResult(selection, result, null, asOf);
      if (!early.ok) throw selectionError(early.refusal);
      const checks = await checkPasal107For(
        ctx,
        selection.instansiId,
        selection.positionId,
        [result.employeeId],
        input.decidedOn,
      );
      const check = checks.get(result.employeeId)!;
      const d = decideResult(selection, result, check, asOf);
      if (!d.ok) throw selectionError(d.refusal);
      return {
        columns: resultColumns(result, actorOf(principal)),
        write: async (trx) => {
          await writeStages(trx, selection.id, d.value.stages);
          await writeCandidateCheck(trx, selection.id, result.employeeId, check);
        },
        after: {
          status: d.value.status,
          nip: input.nip,
          decidedOn: input.decidedOn,
          decreeNumber: result.decreeNumber,
          pasal107: check.status,
        },
      };
    },
  });
}
