import type { ColumnType, Generated } from 'kysely';
import type { Flag, Id, Timestamp, Versioned } from './schema-columns.js';
import type { EvaluationTables } from './schema-evaluation.js';
import type { ImportsTables } from './schema-imports.js';
import type { PlanningTables } from './schema-planning.js';
import type { ProcessTables } from './schema-process.js';
import type { SelectionTables } from './schema-selection.js';

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
  time_zone: Generated<string>;
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
  /** Regulated profession the post practises (DOMAIN.md 15.1); null for most posts. */
  profession: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Owned by its position: replaced with it, versioned through it. */
export interface PositionEducationRequirementsTable {
  id: Id;
  instansi_id: number;
  position_id: number;
  min_level: string;
  /** JSON text array of education fields; `[]` means any field. */
  fields: string;
  /** JSON text array of major codes; `[]` means any programme of the fields. */
  majors: ColumnType<string, string | undefined, string>;
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

/** A professional licence (educator certificate, STR, SIP) a person holds. */
export interface EmployeeLicencesTable extends Versioned {
  id: Id;
  instansi_id: number;
  employee_id: number;
  kind: string;
  number: string;
  profession: string;
  issued_on: string | null;
  /** Null: no end date. */
  valid_until: string | null;
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

/** Every table; the areas added after the first migrations live in their own `schema-*.ts` files. */
export interface Database
  extends EvaluationTables,
    PlanningTables,
    ProcessTables,
    ImportsTables,
    SelectionTables {
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
  employee_licences: EmployeeLicencesTable;
  users: UsersTable;
  user_unit_scopes: UserUnitScopesTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  app_settings: AppSettingsTable;
}
