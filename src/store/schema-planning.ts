import type { ColumnType } from 'kysely';
import type { Flag, Id, Timestamp } from './schema-columns.js';

/** A column with a database default: optional on insert. */
type Defaulted<T> = ColumnType<T, T | undefined, T>;

/**
 * Row types for mutation planning (issue 6): scenarios (versioned) and plan runs.
 * Same conventions as `schema.ts`; `Database` in `schema.ts` extends this interface.
 */

/** A scenario's identity; its definitions live in `plan_scenario_versions`. */
export interface PlanScenariosTable {
  id: Id;
  instansi_id: number;
  name: string;
  /** The newest version number (1 on creation); bumped together with a new version row. */
  current_version: number;
  created_at: Timestamp;
  created_by_user_id: number | null;
}

/** One saved definition of a scenario; never updated, so old versions stay readable. */
export interface PlanScenarioVersionsTable {
  id: Id;
  instansi_id: number;
  scenario_id: number;
  version_no: number;
  name: string;
  description: string | null;
  definition_json: string;
  saved_at: Timestamp;
  saved_by_user_id: number | null;
}

/**
 * One computation of a plan: QUEUED -> RUNNING -> SUCCEEDED | INFEASIBLE | FAILED | CANCELLED.
 * `run_no` numbers the plans of a scenario (re-running makes a new plan version). Once the state is
 * final the row is immutable: every update is guarded by the state.
 */
export interface PlanRunsTable {
  id: Id;
  instansi_id: number;
  scenario_id: number;
  scenario_version: number;
  run_no: number;
  as_of: string;
  state: string;
  phase: string | null;
  progress_done: Defaulted<number>;
  progress_total: Defaulted<number>;
  cancel_requested: ColumnType<boolean | number, boolean | undefined, boolean>;
  requested_at: Timestamp;
  requested_by_user_id: number | null;
  started_at: string | null;
  finished_at: string | null;
  /** Plan totals (moves, unfilled seats, fit before/after) as JSON, set when the run ends. */
  totals_json: string | null;
  /** The whole outcome (moves, chains, explanations, certificate figures) as JSON. */
  outcome_json: string | null;
  /**
   * The public summary (criteria, weights, certificate, objective, move count) as JSON, set when a
   * run succeeds; null on other runs and on runs that ended before the column existed.
   */
  summary_json: string | null;
  /** Whether every solve's certificate check held; null until the run succeeded. */
  certified: Flag | null;
  /** Why the run failed, as `{ code, message }` JSON. */
  error_json: string | null;
}

export interface PlanningTables {
  plan_scenarios: PlanScenariosTable;
  plan_scenario_versions: PlanScenarioVersionsTable;
  plan_runs: PlanRunsTable;
}
