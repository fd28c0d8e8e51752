import { EventEmitter } from 'node:events';
import type { PlanInput, PlanOutcome, PlanProgress } from '../../core/solver/plan/plan-types.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  finishPlanRun,
  getPlanRun,
  markPlanRunStarted,
  type PlanRunEnd,
  type PlanRunProgress,
  type PlanRunState,
  updatePlanRunProgress,
} from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { endOf, failureOf, INTERRUPTED } from './plan-run-end.js';
import { type PlanWorkerHandle, spawnPlanWorker } from './plan-worker-thread.js';

/** What a watcher of a run hears: its state and progress, `final` once it has ended. */
export interface PlanRunEvent {
  readonly runId: number;
  readonly state: PlanRunState;
  readonly progress: PlanRunProgress;
  readonly final: boolean;
}

export interface PlanJob {
  readonly runId: number;
  readonly instansiId: number;
  /** Reads the plan input from the database, on the main thread, when the job's turn comes. */
  readonly load: () => Promise<PlanInput>;
}

export interface PlanJobOptions {
  /** Plans built at the same time (the machine has 2 cores; the server needs one). */
  readonly concurrency?: number;
  /** Shortest interval between two progress writes of one run, in ms. */
  readonly progressIntervalMs?: number;
  /** Worker module (tests pass a stand-in). */
  readonly workerEntry?: URL;
  /** How long a cancelled worker may take to stop before it is terminated, in ms. */
  readonly cancelGraceMs?: number;
}

interface Running {
  readonly job: PlanJob;
  handle: PlanWorkerHandle | null;
  cancelled: boolean;
  readonly done: Promise<void>;
}

/**
 * The background job of plan runs, one per application context: a FIFO queue, a worker thread per
 * running plan, progress written to the run's row (throttled) and told to watchers, the outcome
 * stored when the worker answers. The database is the source of truth; this holds only what lives
 * in this process (queued jobs, threads, listeners).
 */
export class PlanJobRunner {
  private readonly queue: PlanJob[] = [];
  private readonly running = new Map<number, Running>();
  private readonly waiters = new Map<number, { promise: Promise<void>; resolve: () => void }>();
  private pendingWrite: Promise<void> = Promise.resolve();
  private stopping = false;
  /** The newest progress of each running run (the throttle may not have written it yet). */
  private readonly latest = new Map<number, PlanRunProgress>();
  private readonly events = new EventEmitter();
  private readonly concurrency: number;
  private readonly progressIntervalMs: number;

  constructor(
    private readonly ctx: AppContext,
    private readonly options: PlanJobOptions = {},
  ) {
    this.concurrency = options.concurrency ?? 1;
    this.progressIntervalMs = options.progressIntervalMs ?? 250;
    this.events.setMaxListeners(0);
  }

  enqueue(job: PlanJob): void {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    this.waiters.set(job.runId, { promise, resolve });
    this.queue.push(job);
    this.next();
  }

  /** Resolves when the run has ended here (immediately for a run this process does not hold). */
  whenDone(runId: number): Promise<void> {
    return this.waiters.get(runId)?.promise ?? Promise.resolve();
  }

  holds(runId: number): boolean {
    return this.running.has(runId) || this.queue.some((j) => j.runId === runId);
  }

  /** Listens to one run's events; returns the function that stops listening. */
  subscribe(runId: number, listener: (event: PlanRunEvent) => void): () => void {
    const name = `run:${runId}`;
    this.events.on(name, listener);
    return () => this.events.off(name, listener);
  }

  /**
   * Stops a run this process holds: a queued job ends CANCELLED at once, a running one is asked to
   * stop (it ends CANCELLED when its worker does). False when this process does not hold the run.
   */
  async cancel(runId: number): Promise<boolean> {
    const index = this.queue.findIndex((j) => j.runId === runId);
    if (index >= 0) {
      const [job] = this.queue.splice(index, 1);
      if (job) await this.end(job, { state: 'CANCELLED', finishedAt: this.now() }, undefined);
      this.resolveFinished(runId);
      return true;
    }
    const active = this.running.get(runId);
    if (!active) return false;
    active.cancelled = true;
    active.handle?.cancel(this.options.cancelGraceMs);
    return true;
  }

  /** Stops every job (server shutdown): queued and running runs end FAILED, as after a crash. */
  async shutdown(): Promise<void> {
    this.stopping = true;
    for (const job of this.queue.splice(0)) {
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: INTERRUPTED }, undefined);
      this.resolveFinished(job.runId);
    }
    for (const active of this.running.values()) {
      active.cancelled = true;
      active.handle?.cancel(0);
    }
    await Promise.all([...this.running.values()].map((r) => r.done));
  }

  private now(): string {
    return this.ctx.now().toISOString();
  }

  private resolveFinished(runId: number): void {
    const waiter = this.waiters.get(runId);
    this.waiters.delete(runId);
    waiter?.resolve();
  }

  private next(): void {
    while (this.running.size < this.concurrency) {
      const job = this.queue.shift();
      if (!job) return;
      const active: Running = {
        job,
        handle: null,
        cancelled: false,
        // A failure to write the end (database gone) leaves the row active: the next start fails it.
        done: Promise.resolve()
          .then(() => this.execute(active))
          .catch(() => undefined),
      };
      this.running.set(job.runId, active);
      void active.done.finally(() => {
        this.running.delete(job.runId);
        this.resolveFinished(job.runId);
        this.next();
      });
    }
  }

  private async execute(active: Running): Promise<void> {
    const { job } = active;
    if (!(await markPlanRunStarted(this.ctx.db, job.runId, this.now()))) return;
    this.emit(job.runId, 'RUNNING', { phase: null, done: 0, total: 0 }, false);
    let outcome: PlanOutcome;
    try {
      const input = await job.load();
      if (active.cancelled) {
        outcome = { status: 'CANCELLED', phase: 'SCOPING' };
      } else {
        active.handle = spawnPlanWorker(input, {
          onProgress: this.progressWriter(job.runId),
          ...(this.options.workerEntry ? { entry: this.options.workerEntry } : {}),
        });
        if (active.cancelled) active.handle.cancel(this.options.cancelGraceMs);
        outcome = await active.handle.outcome;
      }
    } catch (error) {
      await this.flushProgress(job.runId);
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: failureOf(error) });
      return;
    }
    await this.flushProgress(job.runId);
    if (this.stopping && outcome.status === 'CANCELLED') {
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: INTERRUPTED });
      return;
    }
    await this.end(job, endOf(outcome, this.now()), outcome);
  }

  /** Writes the last progress the throttle held back, so the ended row shows where the run stopped. */
  private async flushProgress(runId: number): Promise<void> {
    await this.pendingWrite;
    const last = this.latest.get(runId);
    this.latest.delete(runId);
    if (last) await updatePlanRunProgress(this.ctx.db, runId, last).catch(() => undefined);
  }

  /** Progress goes to watchers at once and to the database at most every `progressIntervalMs`. */
  private progressWriter(runId: number): (p: PlanProgress) => void {
    let lastWrite = 0;
    let lastPhase: string | null = null;
    return (p) => {
      const progress = { phase: p.phase, done: p.done, total: p.total };
      this.latest.set(runId, progress);
      this.emit(runId, 'RUNNING', progress, false);
      const now = Date.now();
      if (p.phase === lastPhase && now - lastWrite < this.progressIntervalMs) return;
      lastWrite = now;
      lastPhase = p.phase;
      this.pendingWrite = this.pendingWrite
        .then(() => updatePlanRunProgress(this.ctx.db, runId, progress))
        .catch(() => undefined); // a lost progress row is harmless; the end state is written apart
    };
  }

  private async end(job: PlanJob, end: PlanRunEnd<unknown, unknown>, outcome?: PlanOutcome): Promise<void> {
    await this.ctx.db.transaction().execute(async (trx) => {
      if (!(await finishPlanRun(trx, job.runId, end))) return;
      // The job writes on behalf of whoever queued the run; the audit records the system as actor.
      await appendAudit(trx, {
        instansiId: job.instansiId,
        actorUserId: null,
        actorIp: null,
        action: 'plan.finish',
        entityType: 'plan_run',
        entityId: job.runId,
        before: null,
        after: {
          state: end.state,
          moves: outcome?.status === 'OPTIMAL' ? outcome.totals.moves : null,
          certified: end.certified ?? null,
          error: end.error?.code ?? null,
        },
        occurredAt: this.ctx.now(),
      });
    });
    const run = await getPlanRun(this.ctx.db, job.instansiId, job.runId);
    if (run) this.emit(job.runId, run.state, run.progress, true);
  }

  private emit(runId: number, state: PlanRunState, progress: PlanRunProgress, final: boolean): void {
    const event: PlanRunEvent = { runId, state, progress, final };
    this.events.emit(`run:${runId}`, event);
  }
}

const runners = new WeakMap<AppContext, PlanJobRunner>();

/** The plan job runner of this application context (created on first use). */
export function planJobs(ctx: AppContext, options?: PlanJobOptions): PlanJobRunner {
  let runner = runners.get(ctx);
  if (!runner) {
    runner = new PlanJobRunner(ctx, options);
    runners.set(ctx, runner);
  }
  return runner;
}
