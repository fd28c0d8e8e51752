import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.js';
import type { PlanRunsTable } from '../schema-planning.js';

export const PLAN_RUN_STATES = [
  'QUEUED',
  'RUNNING',
  'SUCCEEDED',
  'INFEASIBLE',
  'FAILED',
  'CANCELLED',
] as const;
export type PlanRunState = (typeof PLAN_RUN_STATES)[number];
export type FinalPlanRunState = Exclude<PlanRunState, 'QUEUED' | 'RUNNING'>;
const ACTIVE: PlanRunState[] = ['QUEUED', 'RUNNING'];

export const isFinalState = (state: PlanRunState): state is FinalPlanRunState => !ACTIVE.includes(state);

export interface PlanRunProgress {
  readonly phase: string | null;
  readonly done: number;
  readonly total: number;
}

export interface PlanRunError {
  readonly code: string;
  readonly message: { readonly id: string; readonly en: string };
}

/** A plan run without its outcome (lists and state polls); `T` is the plan totals' type. */
export interface PlanRunRecord<T = unknown> {
  readonly id: number;
  readonly instansiId: number;
  readonly scenarioId: number;
  readonly scenarioVersion: number;
  /** The plan version: 1 for a scenario's first run, then 2, 3, ... */
  readonly runNo: number;
  readonly asOf: string;
  readonly state: PlanRunState;
  readonly progress: PlanRunProgress;
  readonly cancelRequested: boolean;
  readonly requestedAt: string;
  readonly requestedByUserId: number | null;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly totals: T | null;
  readonly certified: boolean | null;
  readonly error: PlanRunError | null;
}

type RunRow = Omit<Selectable<PlanRunsTable>, 'outcome_json' | 'summary_json'>;

const SUMMARY_COLUMNS = [
  'id',
  'instansi_id',
  'scenario_id',
  'scenario_version',
  'run_no',
  'as_of',
  'state',
  'phase',
  'progress_done',
  'progress_total',
  'cancel_requested',
  'requested_at',
  'requested_by_user_id',
  'started_at',
  'finished_at',
  'totals_json',
  'certified',
  'error_json',
] as const;

function toRun<T>(row: RunRow): PlanRunRecord<T> {
  return {
    id: row.id,
    instansiId: row.instansi_id,
    scenarioId: row.scenario_id,
    scenarioVersion: row.scenario_version,
    runNo: row.run_no,
    asOf: row.as_of,
    state: row.state as PlanRunState,
    progress: { phase: row.phase, done: row.progress_done, total: row.progress_total },
    cancelRequested: Boolean(row.cancel_requested),
    requestedAt: row.requested_at,
    requestedByUserId: row.requested_by_user_id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    totals: row.totals_json === null ? null : (JSON.parse(row.totals_json) as T),
    certified: row.certified === null ? null : Boolean(row.certified),
    error: row.error_json === null ? null : (JSON.parse(row.error_json) as PlanRunError),
  };
}

/** Queues a new run; its `run_no` is the scenario's next plan version (call inside a transaction). */
export async function insertPlanRun<T>(
  db: Kysely<Database>,
  instansiId: number,
  run: {
    readonly scenarioId: number;
    readonly scenarioVersion: number;
    readonly asOf: string;
    readonly requestedAt: string;
    readonly requestedByUserId: number | null;
  },
): Promise<PlanRunRecord<T>> {
  const last = await db
    .selectFrom('plan_runs')
    .select((eb) => eb.fn.max('run_no').as('n'))
    .where('scenario_id', '=', run.scenarioId)
    .executeTakeFirst();
  const row = await db
    .insertInto('plan_runs')
    .values({
      instansi_id: instansiId,
      scenario_id: run.scenarioId,
      scenario_version: run.scenarioVersion,
      run_no: Number(last?.n ?? 0) + 1,
      as_of: run.asOf,
      state: 'QUEUED',
      requested_at: run.requestedAt,
      requested_by_user_id: run.requestedByUserId,
    })
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirstOrThrow();
  return toRun<T>(row);
}

export async function getPlanRun<T>(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<PlanRunRecord<T> | null> {
  const row = await db
    .selectFrom('plan_runs')
    .select(SUMMARY_COLUMNS)
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row ? toRun<T>(row) : null;
}

/** The stored outcome of a finished run (parsed JSON), or null when there is none. */
export async function getPlanOutcome<O>(
  db: Kysely<Database>,
  instansiId: number,
  id: number,
): Promise<O | null> {
  const row = await db
    .selectFrom('plan_runs')
    .select('outcome_json')
    .where('instansi_id', '=', instansiId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.outcome_json ? (JSON.parse(row.outcome_json) as O) : null;
}

/** Runs of the instansi (of one scenario when given), newest first. */
export async function listPlanRuns<T>(
  db: Kysely<Database>,
  instansiId: number,
  filter: { readonly scenarioId?: number; readonly limit?: number } = {},
): Promise<PlanRunRecord<T>[]> {
  let query = db.selectFrom('plan_runs').select(SUMMARY_COLUMNS).where('instansi_id', '=', instansiId);
  if (filter.scenarioId !== undefined) query = query.where('scenario_id', '=', filter.scenarioId);
  const rows = await query
    .orderBy('id', 'desc')
    .limit(filter.limit ?? 200)
    .execute();
  return rows.map((r) => toRun<T>(r));
}

/**
 * QUEUED -> RUNNING with its first progress; the run as it now is, or null when it is no longer
 * queued (cancelled meanwhile).
 */
export async function markPlanRunStarted<T>(
  db: Kysely<Database>,
  id: number,
  startedAt: string,
  progress: PlanRunProgress = { phase: null, done: 0, total: 0 },
): Promise<PlanRunRecord<T> | null> {
  const row = await db
    .updateTable('plan_runs')
    .set({
      state: 'RUNNING',
      started_at: startedAt,
      phase: progress.phase,
      progress_done: progress.done,
      progress_total: progress.total,
    })
    .where('id', '=', id)
    .where('state', '=', 'QUEUED')
    .returning(SUMMARY_COLUMNS)
    .executeTakeFirst();
  return row ? toRun<T>(row) : null;
}

/** Records progress of a running run; a finished run is left untouched. */
export async function updatePlanRunProgress(
  db: Kysely<Database>,
  id: number,
  progress: PlanRunProgress,
): Promise<void> {
  await db
    .updateTable('plan_runs')
    .set({ phase: progress.phase, progress_done: progress.done, progress_total: progress.total })
    .where('id', '=', id)
    .where('state', '=', 'RUNNING')
    .execute();
}

/** Flags an active run for cancellation; false when it has already finished. */
export async function requestPlanRunCancel(db: Kysely<Database>, id: number): Promise<boolean> {
  const r = await db
    .updateTable('plan_runs')
    .set({ cancel_requested: true })
    .where('id', '=', id)
    .where('state', 'in', ACTIVE)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export interface PlanRunEnd<T, O, S = unknown> {
  readonly state: FinalPlanRunState;
  readonly finishedAt: string;
  readonly totals?: T | undefined;
  readonly outcome?: O | undefined;
  /** The public summary of a plan that succeeded (what the transparency page reads). */
  readonly summary?: S | undefined;
  readonly certified?: boolean | undefined;
  readonly error?: PlanRunError | undefined;
}

/**
 * Ends an active run, once: a finished run is immutable, so this writes nothing and returns false
 * when the run has already ended (e.g. cancelled while its result was on its way).
 */
export async function finishPlanRun<T, O>(
  db: Kysely<Database>,
  id: number,
  end: PlanRunEnd<T, O>,
): Promise<boolean> {
  const r = await db
    .updateTable('plan_runs')
    .set({
      state: end.state,
      finished_at: end.finishedAt,
      totals_json: end.totals === undefined ? null : JSON.stringify(end.totals),
      outcome_json: end.outcome === undefined ? null : JSON.stringify(end.outcome),
      summary_json: end.summary === undefined ? null : JSON.stringify(end.summary),
      certified: end.certified ?? null,
      error_json: end.error === undefined ? null : JSON.stringify(end.error),
    })
    .where('id', '=', id)
    .where('state', 'in', ACTIVE)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Marks every run left QUEUED or RUNNING as FAILED (at start-up: the process that ran them is gone,
 * and the queue lived in its memory). Returns the ids.
 */
export async function failAbandonedPlanRuns(
  db: Kysely<Database>,
  finishedAt: string,
  error: PlanRunError,
): Promise<number[]> {
  const rows = await db
    .updateTable('plan_runs')
    .set({ state: 'FAILED', finished_at: finishedAt, error_json: JSON.stringify(error) })
    .where('state', 'in', ACTIVE)
    .returning('id')
    .execute();
  return rows.map((r) => r.id).sort((a, b) => a - b);
}
