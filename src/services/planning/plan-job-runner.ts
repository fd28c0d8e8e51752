import { EventEmitter } from 'node:events';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { PlanInput, PlanOutcome, PlanProgress } from '../../core/solver/plan/plan-types.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  finishPlanRun,
  getPlanRun,
  markPlanRunStarted,
  type PlanRunEnd,
  type PlanRunProgress,
  type PlanRunRecord,
  type PlanRunState,
  updatePlanRunProgress,
} from '../../store/repositories/planning-runs.js';
import type { AppContext } from '../app-context.js';
import { endOf, failureOf, INTERRUPTED } from './plan-run-end.js';
import { defaultPlanWorkerEntry, type PlanWorkerHandle, PlanWorkerHost } from './plan-worker-thread.js';

/** The first progress of a started run: its input is being read (before any worker reports). */
const LOADING: PlanRunProgress = { phase: 'LOADING', done: 0, total: 0 };
/** The last progress before the end: the outcome is being written. */
const STORING: PlanRunProgress = { phase: 'STORING', done: 0, total: 1 };

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

interface Queued {
  readonly job: PlanJob;
  /** Told the run's row once the job starts (RUNNING, LOADING), or null when it did not start. */
  readonly started: (run: PlanRunRecord | null) => void;
}

/**
 * The background job of plan runs, one per application context: a FIFO queue, worker threads that
 * stay up between plans (one per running plan; started while the first input loads), progress
 * written to the run's row (throttled) and told to watchers, the outcome stored when the worker
 * answers. The database is the source of truth; this holds only what lives in this process
 * (queued jobs, threads, listeners).
 */
export class PlanJobRunner {
  private readonly queue: Queued[] = [];
  private readonly running = new Map<number, Running>();
  /** Worker threads not building a plan now, kept warm for the next run. */
  private readonly idle: PlanWorkerHost[] = [];
  private readonly hosts = new Set<PlanWorkerHost>();
  private readonly waiters = new Map<number, { promise: Promise<void>; resolve: () => void }>();
  private pendingWrite: Promise<void> = Promise.resolve();
  private stopping = false;
  /** A warm-up build in progress (server start): a run waits for it and then takes its thread. */
  private warming: Promise<void> | null = null;
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

  /**
   * Queues a job. Resolves with the run's row once it has started (RUNNING, phase LOADING), so the
   * caller can answer with that state, or with null when it waits behind another run (or was
   * cancelled before it started).
   */
  enqueue(job: PlanJob): Promise<PlanRunRecord | null> {
    let resolve!: () => void;
    const promise = new Promise<void>((r) => {
      resolve = r;
    });
    this.waiters.set(job.runId, { promise, resolve });
    const started = new Promise<PlanRunRecord | null>((tell) => {
      this.queue.push({ job, started: tell });
    });
    this.next();
    // Still queued after next(): another run holds the worker.
    const queued = this.queue.find((q) => q.job.runId === job.runId);
    queued?.started(null);
    return started;
  }

  /**
   * Server start-up: starts a worker thread and has it build a plan of `load()`'s input and throw
   * it away, so that the first run a planner starts finds the thread up (starting one takes about
   * a second) and its code already optimised by V8 (a first build is about twice as slow). A run
   * queued meanwhile waits for it. A failure only loses the head start.
   */
  async warmUp(load: () => Promise<PlanInput>): Promise<void> {
    if (this.warming || this.hosts.size > 0 || this.stopping) return;
    const host = this.host();
    host.warm();
    this.warming = (async () => {
      try {
        await host.run(await load()).outcome;
      } catch {
        // Nothing to record: the first real run starts its thread as it would have anyway.
      } finally {
        this.release(host);
      }
    })();
    await this.warming;
    this.warming = null;
  }

  /** Worker threads this runner has started (a thread is reused by later plans unless it died). */
  get threadsStarted(): number {
    return [...this.hosts].reduce((n, h) => n + h.threadsStarted, 0);
  }

  /** Resolves when the run has ended here (immediately for a run this process does not hold). */
  whenDone(runId: number): Promise<void> {
    return this.waiters.get(runId)?.promise ?? Promise.resolve();
  }

  holds(runId: number): boolean {
    return this.running.has(runId) || this.queue.some((q) => q.job.runId === runId);
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
    const index = this.queue.findIndex((q) => q.job.runId === runId);
    if (index >= 0) {
      const [queued] = this.queue.splice(index, 1);
      if (queued) await this.end(queued.job, { state: 'CANCELLED', finishedAt: this.now() }, undefined);
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
    for (const { job } of this.queue.splice(0)) {
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: INTERRUPTED }, undefined);
      this.resolveFinished(job.runId);
    }
    for (const active of this.running.values()) {
      active.cancelled = true;
      active.handle?.cancel(0);
    }
    await Promise.all([...this.running.values()].map((r) => r.done));
    await Promise.all([...this.hosts].map((h) => h.close()));
    this.hosts.clear();
    this.idle.length = 0;
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
      const queued = this.queue.shift();
      if (!queued) return;
      const { job } = queued;
      const active: Running = {
        job,
        handle: null,
        cancelled: false,
        // A failure to write the end (database gone) leaves the row active: the next start fails it.
        done: Promise.resolve()
          .then(() => this.execute(active, queued.started))
          .catch(() => queued.started(null)),
      };
      this.running.set(job.runId, active);
      void active.done.finally(() => {
        this.running.delete(job.runId);
        this.resolveFinished(job.runId);
        this.next();
      });
    }
  }

  private async execute(active: Running, started: (run: PlanRunRecord | null) => void): Promise<void> {
    const { job } = active;
    const run = await markPlanRunStarted(this.ctx.db, job.runId, this.now(), LOADING);
    started(run);
    if (!run) return;
    this.emit(job.runId, 'RUNNING', LOADING, false);
    await this.warming;
    // The thread loads its modules (about a second) while this thread reads the input.
    const host = this.host();
    host.warm();
    let outcome: PlanOutcome;
    try {
      // Let the answer to the request that queued the run go out before the input is read (on
      // SQLite the reads hold this thread).
      await nextTurn();
      const input = await job.load();
      if (active.cancelled) {
        outcome = { status: 'CANCELLED', phase: 'SCOPING' };
      } else {
        active.handle = host.run(input, { onProgress: this.progressWriter(job.runId) });
        if (active.cancelled) active.handle.cancel(this.options.cancelGraceMs);
        outcome = await active.handle.outcome;
      }
    } catch (error) {
      this.release(host);
      await this.flushProgress(job.runId);
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: failureOf(error) });
      return;
    }
    this.release(host);
    await this.flushProgress(job.runId);
    if (this.stopping && outcome.status === 'CANCELLED') {
      await this.end(job, { state: 'FAILED', finishedAt: this.now(), error: INTERRUPTED });
      return;
    }
    if (outcome.status !== 'CANCELLED') this.emit(job.runId, 'RUNNING', STORING, false);
    await this.end(job, endOf(outcome, this.now()), outcome);
  }

  /** A warm worker thread if one is idle, else a new one. */
  private host(): PlanWorkerHost {
    const idle = this.idle.pop();
    if (idle) return idle;
    const host = new PlanWorkerHost(this.options.workerEntry ?? defaultPlanWorkerEntry());
    this.hosts.add(host);
    return host;
  }

  /** Keeps the thread for the next run (at most one per plan built at a time). */
  private release(host: PlanWorkerHost): void {
    if (this.stopping || this.idle.length >= this.concurrency) {
      this.hosts.delete(host);
      void host.close();
      return;
    }
    this.idle.push(host);
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
