import type { Id, Timestamp, Versioned } from './schema-columns.js';

/**
 * Row types of JPT selection records (issue 13 item 4; DOMAIN.md 15.3). Same conventions as
 * `schema.ts`; `Database` there extends `SelectionTables`. Children point at their selection with
 * `(selection_id, instansi_id)`; the selection's `version` guards every change to it or its children.
 */

/** A selection of a JPT post; the PPK's choice closes it. */
export interface SelectionsTable extends Versioned {
  id: Id;
  instansi_id: number;
  position_id: number;
  /** OPEN, TALENT_POOL or JPT_ROTATION. */
  kind: string;
  /** IN_PROGRESS or COMPLETED; at most one IN_PROGRESS per post (partial unique index). */
  status: string;
  shortlist_reason: string | null;
  result_employee_id: number | null;
  result_decided_on: string | null;
  result_decree_number: string | null;
  result_recorded_by_user_id: number | null;
  created_by_user_id: number | null;
}

/** A member of the selection committee (panitia seleksi), in the order given. */
export interface SelectionCommitteeTable {
  id: Id;
  instansi_id: number;
  selection_id: number;
  seq: number;
  name: string;
  /** KETUA, SEKRETARIS or ANGGOTA. */
  member_role: string;
}

/** One of the five stages of a selection, always all five. */
export interface SelectionStagesTable {
  id: Id;
  instansi_id: number;
  selection_id: number;
  /** Position in SELECTION_STAGES, 0..4. */
  seq: number;
  stage: string;
  /** PENDING, IN_PROGRESS or DONE. */
  status: string;
  stage_date: string | null;
}

/** A candidate (pelamar) with the administrative outcome, the Pasal 107 check and the shortlist rank. */
export interface SelectionCandidatesTable {
  id: Id;
  instansi_id: number;
  selection_id: number;
  employee_id: number;
  /** PENDING, PASSED or FAILED. */
  administrative: string;
  /** MEETS, WARN or BLOCKED; with the rule results as JSON text. */
  pasal107_status: string | null;
  pasal107_json: string | null;
  checked_on: string | null;
  shortlist_rank: number | null;
  registered_at: Timestamp;
}

export interface SelectionTables {
  selections: SelectionsTable;
  selection_committee: SelectionCommitteeTable;
  selection_stages: SelectionStagesTable;
  selection_candidates: SelectionCandidatesTable;
}
