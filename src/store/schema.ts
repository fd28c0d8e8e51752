import type { ColumnType } from 'kysely';
import type { Flag, Id, Timestamp, Versioned } from './schema-columns.js';
import type { ImportsTables } from './schema-imports.js';
import type { PlanningTables } from './schema-planning.js';
import type { ProcessTables } from './schema-process.js';

/**
 * Row types of the database. They never leave `src/store`: repositories map them to core types.
 *
 * Conventions, the same on SQLite and PostgreSQL:
 * - `id`: integer, generated (SQLite `integer primary key autoincrement`, PostgreSQL identity).
 * - Calendar dates: `YYYY-MM-DD` strings (SQLite text, PostgreSQL `date`).
 * - Timestamps: ISO-8601 UTC strings (SQLite text, PostgreSQL `timestamptz`).
 * - Flags: SQLite 0/1, PostgreSQL boolean; written as booleans, read through `Boolean()`.
 * - JSON: text holding JSON, so the audit hash covers exactly the stored bytes.
 */

export interface InstansiTable extends Versioned {
  id: Id;
  code: string;
  name: string;
  kind: string;
  province: string;
  region_code: string;
}

export interface UnitsTable extends Versioned {
  id: Id;
  instansi_id: number;
  parent_id: number | null;
  code: string;
  name: string;
  short_name: string | null;
  kind: string;
}

export interface PositionsTable extends Versioned {
  id: Id;
  instansi_id: number;
  unit_id: number;
  code: string;
  name: string;
  kind: string;
  eselon: string | null;
  jf_category: string | null;
  jf_level: string | null;
  family: string;
  kelas_jabatan: number | null;
  min_golongan: number | null;
  is_strategic: Flag;
  seats: number;
  tugas_tambahan: string | null;
}

/** Owned by its position: replaced with it, versioned through it. */
export interface PositionEducationRequirementsTable {
  id: Id;
  instansi_id: number;
  position_id: number;
  min_level: string;
  /** JSON text array of education fields; `[]` means any field. */
  fields: string;
}

/** Owned by its position: replaced with it, versioned through it. */
export interface PositionCompetencyStandardsTable {
  id: Id;
  instansi_id: number;
  position_id: number;
  type: string;
  code: string;
  name: string;
  level: number;
}

export interface EmployeesTable extends Versioned {
  id: Id;
  instansi_id: number;
  nip: string;
  name: string;
  front_title: string | null;
  back_title: string | null;
  gender: string;
  birth_date: string;
  birth_place: string | null;
  employment_type: string;
  status: string;
  tmt_cpns: string | null;
  // Derived from the histories by `refreshEmployeeCurrent` (keyed columns for fast lists).
  current_golongan: ColumnType<number | null, number | null | undefined, number | null>;
  current_golongan_tmt: ColumnType<string | null, string | null | undefined, string | null>;
  current_position_id: ColumnType<number | null, number | null | undefined, number | null>;
  current_position_since: ColumnType<string | null, string | null | undefined, string | null>;
  highest_education_level: ColumnType<string | null, string | null | undefined, string | null>;
  highest_education_field: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface EmployeeRankHistoryTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  golongan: number;
  tmt: string;
  sk_number: string | null;
}

export interface EmployeeEducationTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  level: string;
  field: string;
  major: string;
  institution: string;
  graduation_year: number;
}

export interface PositionAssignmentsTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  position_id: number;
  start_date: string;
  end_date: string | null;
  sk_number: string | null;
}

export interface CompetencyAssessmentsTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  assessed_on: string;
  valid_until: string | null;
  assessor: string;
}

/** Owned by its assessment. */
export interface CompetencyScoresTable {
  id: Id;
  instansi_id: number;
  assessment_id: number;
  type: string;
  code: string;
  level: number;
}

export interface TrainingsTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  name: string;
  kind: string;
  provider: string;
  start_date: string;
  end_date: string;
  hours: number;
}

export interface DisciplinaryCasesTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  status: string;
  level: string | null;
  penalty_type: string | null;
  description: string;
  decision_number: string | null;
  decision_date: string | null;
  start_date: string | null;
  end_date: string | null;
  suspended_from_duty: Flag;
}

export interface UsersTable extends Versioned {
  id: Id;
  instansi_id: number;
  username: string;
  password_hash: string;
  display_name: string;
  role: string;
  employee_id: number | null;
  active: Flag;
}

export interface UserUnitScopesTable {
  user_id: number;
  unit_id: number;
}

export interface SessionsTable {
  /** SHA-256 (hex) of the session token; the token itself is never stored. */
  id: string;
  user_id: number;
  created_at: Timestamp;
  expires_at: string;
  ip: string | null;
  user_agent: string | null;
}

export interface AuditLogTable {
  id: Id;
  instansi_id: number | null;
  occurred_at: string;
  actor_user_id: number | null;
  actor_ip: string | null;
  action: string;
  entity_type: string;
  entity_id: string;
  before_json: string | null;
  after_json: string | null;
  prev_hash: string;
  hash: string;
}

/** One row (id 1): the last entry of the audit chain; locked while appending. */
export interface AuditChainHeadTable {
  id: number;
  last_id: number | null;
  hash: string;
}

export interface AppSettingsTable extends Versioned {
  id: Id;
  instansi_id: number | null;
  key: string;
  value_json: string;
}

// Performance evaluation and talent (issue 4, migration 2026112804_evaluation).

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

/** Every table; the areas added after the first migrations live in their own `schema-*.ts` files. */
export interface Database extends PlanningTables, ProcessTables, ImportsTables {
  instansi: InstansiTable;
  units: UnitsTable;
  positions: PositionsTable;
  position_education_requirements: PositionEducationRequirementsTable;
  position_competency_standards: PositionCompetencyStandardsTable;
  employees: EmployeesTable;
  employee_rank_history: EmployeeRankHistoryTable;
  employee_education: EmployeeEducationTable;
  position_assignments: PositionAssignmentsTable;
  competency_assessments: CompetencyAssessmentsTable;
  competency_scores: CompetencyScoresTable;
  trainings: TrainingsTable;
  disciplinary_cases: DisciplinaryCasesTable;
  users: UsersTable;
  user_unit_scopes: UserUnitScopesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  app_settings: AppSettingsTable;
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
}
