import type { ColumnType } from 'kysely';
import type { Flag, Id, Timestamp, Versioned } from './schema-columns.js';

/**
 * Row types for the mutation process (issue 7): proposals, review board, decrees, objections.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 * Actors are plain user ids, like the audit log, so the history outlives the accounts.
 */

/** A mutation proposal (usulan mutasi); `version` guards every transition (optimistic concurrency). */
export interface ProposalsTable extends Versioned {
  id: Id;
  instansi_id: number;
  number: string;
  title: string;
  /** The round (periode) it belongs to, e.g. `2025-II`; the transparency page groups by it. */
  round: string;
  state: string;
  tmt: string;
  /** The plan it came from (issue 6), with the plan's certificate and criteria as JSON text. */
  plan_id: number | null;
  plan_summary_json: string | null;
  created_by_user_id: number;
  announced_on: string | null;
  objection_window_days: number | null;
}

/** One move of a proposal; the eligibility re-check at verification is stored on it. */
export interface ProposalItemsTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  employee_id: number;
  from_position_id: number | null;
  from_unit_id: number | null;
  to_position_id: number;
  to_unit_id: number;
  move_type: string;
  is_promotion: Flag;
  is_demotion: Flag;
  reason: string;
  legal_ground: string;
  explanation_json: string | null;
  eligibility_status: string | null;
  eligibility_json: string | null;
  eligibility_checked_on: string | null;
}

/** Append-only history of a proposal's states. */
export interface ProposalTransitionsTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  transition: string;
  from_state: string;
  to_state: string;
  actor_user_id: number | null;
  actor_role: string;
  reason: string | null;
  occurred_at: Timestamp;
}

/** A review board (TPK / Baperjakat) session; its minutes PDF once rendered. */
export interface BoardSessionsTable extends Versioned {
  id: Id;
  instansi_id: number;
  number: string;
  held_on: string;
  place: string;
  minutes_sha256: string | null;
  minutes_pdf: string | null;
}

export interface BoardMembersTable {
  id: Id;
  instansi_id: number;
  session_id: number;
  name: string;
  /** The member's own office, e.g. `Sekretaris Daerah` (printed in the minutes). */
  position_title: string;
  /** KETUA, SEKRETARIS or ANGGOTA. */
  member_role: string;
  /** The member's account (null on rows typed by name before issue 14). */
  user_id: number | null;
  /** The member's NIP as of the session, when the account belongs to an employee. */
  nip: string | null;
  present: Flag;
}

export interface BoardAgendaTable {
  id: Id;
  instansi_id: number;
  session_id: number;
  proposal_id: number;
}

export interface BoardDecisionsTable {
  id: Id;
  instansi_id: number;
  session_id: number;
  item_id: number;
  /** AGREE, DISAGREE or DEFER. */
  decision: string;
  notes: string | null;
  decided_by_user_id: number | null;
  decided_at: Timestamp;
}

/** A member's declaration about a candidate: an interest (family, direct interest) or none. */
export interface BoardConflictsTable {
  id: Id;
  instansi_id: number;
  session_id: number;
  member_id: number;
  item_id: number;
  has_conflict: Flag;
  statement: string;
  declared_at: Timestamp;
}

/** Issued decree numbers per year and document type: a counter with a uniqueness constraint. */
export interface DecreeCountersTable {
  id: Id;
  instansi_id: number;
  doc_type: string;
  year: number;
  last_seq: number;
}

/** An issued SK (immutable); PDF bytes as base64 text so both dialects store them the same way. */
export interface DecreesTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  number: string;
  year: number;
  seq: number;
  decree_date: string;
  tmt: string;
  place: string;
  signatory_name: string;
  signatory_role: string;
  /** Added by 2026120830_decree_signing; null on SKs signed by an elected Wali Kota or issued before. */
  signatory_nip: ColumnType<string | null, string | null | undefined, string | null>;
  pdf_sha256: string | null;
  pdf: string | null;
  issued_by_user_id: number | null;
  issued_at: Timestamp;
}

/** The petikan of one employee. */
export interface DecreeExcerptsTable {
  id: Id;
  instansi_id: number;
  decree_id: number;
  item_id: number;
  employee_id: number;
  pdf_sha256: string | null;
  pdf: string | null;
}

/** The signature of an issued SK (one per decree): the day, the signer, who recorded it. */
export interface DecreeSigningsTable {
  id: Id;
  instansi_id: number;
  decree_id: number;
  signed_on: string;
  signer_name: string;
  signer_title: string;
  signer_nip: string | null;
  recorded_by_user_id: number | null;
  recorded_by_role: string;
  recorded_at: Timestamp;
}

export interface AnnouncementsTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  announced_on: string;
  objection_until: string;
  note: string | null;
  announced_by_user_id: number | null;
}

export interface ObjectionsTable extends Versioned {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  employee_id: number;
  text: string;
  received_on: string;
  /** null while pending, then UPHELD or DISMISSED. */
  decision: string | null;
  decision_reason: string | null;
  decided_by_user_id: number | null;
  decided_on: string | null;
}

/** The Minister's written approval attached to a proposal (UU 10/2016; DOMAIN.md 9.3). */
export interface MendagriApprovalsTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  letter_no: string;
  letter_date: string;
  subject: string;
  /** JSON text array of NIPs. */
  covered_nips: string;
}

/** What taking effect wrote: the assignments closed and opened (JSON text), for the record. */
export interface EffectiveApplicationsTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  applied_on: string;
  applied_by_user_id: number | null;
  changes_json: string;
  applied_at: Timestamp;
}

/**
 * An exception to the 2-year minimum for one move (DOMAIN.md 15.6): ground, approver, reason and the
 * attached PDF as base64 text with its SHA-256 (both dialects store it the same way).
 */
export interface TenureOverridesTable {
  id: Id;
  instansi_id: number;
  proposal_id: number;
  item_id: number;
  ground: string;
  reason: string;
  approved_by_user_id: number;
  approved_at: Timestamp;
  document_name: string;
  document_sha256: string;
  document_bytes: number;
  document_pdf: string;
}

export interface ProcessTables {
  proposals: ProposalsTable;
  proposal_items: ProposalItemsTable;
  proposal_transitions: ProposalTransitionsTable;
  board_sessions: BoardSessionsTable;
  board_members: BoardMembersTable;
  board_agenda: BoardAgendaTable;
  board_decisions: BoardDecisionsTable;
  board_conflicts: BoardConflictsTable;
  decree_counters: DecreeCountersTable;
  decrees: DecreesTable;
  decree_excerpts: DecreeExcerptsTable;
  decree_signings: DecreeSigningsTable;
  announcements: AnnouncementsTable;
  objections: ObjectionsTable;
  mendagri_approvals: MendagriApprovalsTable;
  effective_applications: EffectiveApplicationsTable;
  tenure_overrides: TenureOverridesTable;
}
