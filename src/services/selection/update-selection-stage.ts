import type { LocalDate } from '../../core/model/local-date.js';
import type { Principal } from '../../core/policies/roles.js';
import type { SelectionStageName, StageStatus } from '../../core/selection/selection-model.js';
import { selectionError } from '../../core/selection/selection-refusal.js';
import { decideStageUpdate } from '../../core/selection/stage-rules.js';
import { writeStages } from '../../store/repositories/selection-writes.js';
import { type AppContext, today } from '../app-context.js';
import { changeSelection } from './change-selection.js';
import type { SelectionView } from './selection-view.js';

export interface StageInput {
  readonly selectionId: number;
  readonly version: number;
  readonly stage: SelectionStageName;
  readonly status: StageStatus;
  readonly date: LocalDate | null;
}

/** Sets a stage's status and date; the core keeps the stages in order (BKPSDM). */
export async function updateSelectionStage(
  ctx: AppContext,
  principal: Principal,
  input: StageInput,
  meta: { ip: string | null },
): Promise<SelectionView> {
  return changeSelection(ctx, principal, input, meta, {
    audit: 'selection.stage',
    right: 'selection.write',
    decide: async (selection) => {
      const d = decideStageUpdate(
        selection,
        { stage: input.stage, status: input.status, date: input.date },
        today(ctx, principal.instansiId),
      );
      if (!d.ok) throw selectionError(d.refusal);
      const before = selection.stages.find((s) => s.stage === input.stage);
      return {
        write: (trx) => writeStages(trx, selection.id, d.value),
        after: {
          stage: input.stage,
          from: { status: before?.status ?? 'PENDING', date: before?.date ?? null },
          to: { status: input.status, date: input.date },
        },
      };
    },
  });
}
