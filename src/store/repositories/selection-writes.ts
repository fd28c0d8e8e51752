import type { Transaction, Updateable } from 'kysely';
import type { LocalDate } from '../../core/model/local-date.js';
import type {
  AdministrativeOutcome,
  CommitteeMember,
  Pasal107Check,
  SelectionKind,
  SelectionResult,
  SelectionStage,
} from '../../core/selection/selection-model.js';
import { SELECTION_STAGES } from '../../core/selection/selection-model.js';
import type { Database } from '../schema.js';
import type { SelectionsTable } from '../schema-selection.js';
import { updateWithVersion } from './update-with-version.js';

/**
 * Writes of JPT selection records, each in the caller's transaction. Every change to a selection or
 * its children goes through {@link touchSelection} first, so the selection's version guards them all.
 */

/** A new selection with its committee and five stages; returns its id. */
export async function insertSelection(
  trx: Transaction<Database>,
  s: {
    instansiId: number;
    positionId: number;
    kind: SelectionKind;
    committee: readonly CommitteeMember[];
    stages: readonly SelectionStage[];
    createdByUserId: number | null;
  },
): Promise<number> {
  const { id } = await trx
    .insertInto('selections')
    .values({
      instansi_id: s.instansiId,
      position_id: s.positionId,
      kind: s.kind,
      status: 'IN_PROGRESS',
      created_by_user_id: s.createdByUserId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('selection_committee')
    .values(
      s.committee.map((m, seq) => ({
        instansi_id: s.instansiId,
        selection_id: id,
        seq,
        name: m.name,
        member_role: m.role,
      })),
    )
    .execute();
  await trx
    .insertInto('selection_stages')
    .values(
      s.stages.map((st) => ({
        instansi_id: s.instansiId,
        selection_id: id,
        seq: SELECTION_STAGES.indexOf(st.stage),
        stage: st.stage,
        status: st.status,
        stage_date: st.date,
      })),
    )
    .execute();
  return id;
}

/**
 * Optimistic concurrency for a selection: bumps its version when it still has the one the caller
 * read (VERSION_CONFLICT otherwise, nothing written), with the selection's own column changes.
 */
export async function touchSelection(
  trx: Transaction<Database>,
  id: number,
  version: number,
  changes: Omit<Updateable<SelectionsTable>, 'id' | 'version' | 'updated_at' | 'created_at'> = {},
): Promise<number> {
  return updateWithVersion(trx, 'selections', id, version, changes);
}

/** Sets the status and date of every stage (the core returns all five). */
export async function writeStages(
  trx: Transaction<Database>,
  selectionId: number,
  stages: readonly SelectionStage[],
): Promise<void> {
  for (const s of stages) {
    await trx
      .updateTable('selection_stages')
      .set({ status: s.status, stage_date: s.date })
      .where('selection_id', '=', selectionId)
      .where('stage', '=', s.stage)
      .execute();
  }
}

export interface CandidateRow {
  readonly employeeId: number;
  readonly administrative: AdministrativeOutcome;
  readonly pasal107: Pasal107Check;
}

/** Replaces the candidates of a selection (none is on a shortlist yet at that stage). */
export async function replaceCandidates(
  trx: Transaction<Database>,
  instansiId: number,
  selectionId: number,
  candidates: readonly CandidateRow[],
): Promise<void> {
  await trx.deleteFrom('selection_candidates').where('selection_id', '=', selectionId).execute();
  if (candidates.length === 0) return;
  await trx
    .insertInto('selection_candidates')
    .values(
      candidates.map((c) => ({
        instansi_id: instansiId,
        selection_id: selectionId,
        employee_id: c.employeeId,
        administrative: c.administrative,
        pasal107_status: c.pasal107.status,
        pasal107_json: JSON.stringify(c.pasal107),
        checked_on: c.pasal107.checkedOn,
      })),
    )
    .execute();
}

/** Sets the shortlist ranks (1 = first) and clears everyone else's. */
export async function writeShortlist(
  trx: Transaction<Database>,
  selectionId: number,
  ranks: ReadonlyMap<number, number>,
): Promise<void> {
  await trx
    .updateTable('selection_candidates')
    .set({ shortlist_rank: null })
    .where('selection_id', '=', selectionId)
    .execute();
  for (const [employeeId, rank] of ranks) {
    await trx
      .updateTable('selection_candidates')
      .set({ shortlist_rank: rank })
      .where('selection_id', '=', selectionId)
      .where('employee_id', '=', employeeId)
      .execute();
  }
}

/** Stores the fresh Pasal 107 check of the chosen person. */
export async function writeCandidateCheck(
  trx: Transaction<Database>,
  selectionId: number,
  employeeId: number,
  check: Pasal107Check,
): Promise<void> {
  await trx
    .updateTable('selection_candidates')
    .set({ pasal107_status: check.status, pasal107_json: JSON.stringify(check), checked_on: check.checkedOn })
    .where('selection_id', '=', selectionId)
    .where('employee_id', '=', employeeId)
    .execute();
}

/** The columns of the PPK's choice, for {@link touchSelection}. */
export const resultColumns = (r: SelectionResult, recordedBy: number | null) => ({
  status: 'COMPLETED' as const,
  result_employee_id: r.employeeId,
  result_decided_on: r.decidedOn as LocalDate,
  result_decree_number: r.decreeNumber,
  result_recorded_by_user_id: recordedBy,
});
