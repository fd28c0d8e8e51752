import type { ColumnType } from 'kysely';
import type { Flag, Id, Timestamp, Versioned } from './schema-columns.js';

/**
 * Row types for performance evaluation and talent (issue 4, migration 2026112804_evaluation):
 * appraisal policies, periods, SKP ratings, attendance, innovations, programmes, results.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */
export interface EvaluationTables {
  evaluation_policies: EvaluationPoliciesTable;
  evaluation_periods: EvaluationPeriodsTable;
  skp_ratings: SkpRatingsTable;
  attendance_records: AttendanceRecordsTable;
  innovations: InnovationsTable;
  innovation_members: InnovationMembersTable;
  government_programs: GovernmentProgramsTable;
  program_participations: ProgramParticipationsTable;
  evaluation_unit_grades: EvaluationUnitGradesTable;
  evaluation_results: EvaluationResultsTable;
  evidence_files: EvidenceFilesTable;
}

/** Immutable versions of an instansi's appraisal policy; the highest version_no is in force. */
export interface EvaluationPoliciesTable {
  id: Id;
  instansi_id: number;
  version_no: number;
  /** JSON text of the core's AppraisalPolicy. */
  policy_json: string;
  reason: string | null;
  changed_by_user_id: number | null;
  changed_at: Timestamp;
}

export interface EvaluationPeriodsTable extends Versioned {
  id: Id;
  instansi_id: number;
  code: string;
  kind: string;
  year: number;
  sequence: number;
  start_date: string;
  end_date: string;
  status: ColumnType<string, string | undefined, string>;
  /** The policy version the period was closed under (null while open). */
  policy_version: number | null;
  closed_at: string | null;
  closed_by_user_id: number | null;
}

/** Columns of an append-only revision: never updated, the highest revision is current. */
interface RevisionColumns {
  revision: number;
  /** ENTRY or CORRECTION. */
  mode: string;
  /** FORM, IMPORT or DEMO. */
  source: string;
  reason: string | null;
  recorded_by_user_id: number | null;
  recorded_at: Timestamp;
}

export interface SkpRatingsTable extends RevisionColumns {
  id: Id;
  instansi_id: number;
  period_id: number;
  employee_id: number;
  unit_id: number | null;
  hasil_kerja: string;
  perilaku_kerja: string;
  predikat: string;
  rules_version: string;
  evaluator_nip: string | null;
  evidence_kind: string;
  evidence_ref: string;
}

export interface AttendanceRecordsTable extends RevisionColumns {
  id: Id;
  instansi_id: number;
  period_id: number;
  employee_id: number;
  working_days: number;
  unexcused_days: number;
  late_count: number;
  evidence_kind: string;
  evidence_ref: string;
}

export interface InnovationsTable extends Versioned {
  id: Id;
  instansi_id: number;
  unit_id: number;
  title: string;
  description: string;
  status: string;
  proposed_on: string;
  implemented_on: string | null;
  replicated_on: string | null;
  awarded_on: string | null;
  evidence_kind: string;
  evidence_ref: string;
}

/** Owned by its innovation: replaced with it, versioned through it. */
export interface InnovationMembersTable {
  id: Id;
  instansi_id: number;
  innovation_id: number;
  employee_id: number;
  role: string;
}

export interface GovernmentProgramsTable extends Versioned {
  id: Id;
  instansi_id: number;
  code: string;
  name: string;
  description: string;
  lead_unit_id: number | null;
  start_date: string;
  end_date: string | null;
}

export interface ProgramParticipationsTable extends Versioned {
  id: Id;
  instansi_id: number;
  program_id: number;
  employee_id: number;
  role: string;
  start_date: string;
  end_date: string;
  hours: number;
  outcome: string;
  evidence_kind: string;
  evidence_ref: string;
}

export interface EvaluationUnitGradesTable extends Versioned {
  id: Id;
  instansi_id: number;
  period_id: number;
  unit_id: number;
  grade: string;
}

/** What a closed period keeps per person (append-only; a correction adds a revision). */
export interface EvaluationResultsTable {
  id: Id;
  instansi_id: number;
  period_id: number;
  employee_id: number;
  unit_id: number | null;
  revision: number;
  policy_version: number;
  hasil_kerja: string;
  perilaku_kerja: string;
  predikat: string;
  rules_version: string;
  skp_score: number;
  discipline_raw: number | null;
  discipline_score: number | null;
  discipline_penalty: string | null;
  innovation_raw: number;
  innovation_score: number;
  program_raw: number;
  program_score: number;
  performance_index: number;
  performance_level: string;
  potential_status: string;
  potential_score: number | null;
  potential_level: string | null;
  potential_assessed_on: string | null;
  potential_managerial: number | null;
  potential_socio_cultural: number | null;
  potential_technical: number | null;
  potential_training_hours: number;
  potential_training_score: number;
  box: number | null;
  pool_member: Flag;
  pool_exclusion: string | null;
  reason: string | null;
  computed_by_user_id: number | null;
  computed_at: Timestamp;
}

/** Evidence files of the registers (migration 2026120840_evidence_files), one per SHA-256. */
export interface EvidenceFilesTable {
  id: Id;
  instansi_id: number;
  sha256: string;
  file_name: string;
  media_type: string;
  bytes: number;
  content_base64: string;
  uploaded_by_user_id: number | null;
  uploaded_at: Timestamp;
}
