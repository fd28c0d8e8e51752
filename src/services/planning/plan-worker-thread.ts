import { Worker } from 'node:worker_threads';
import type { PlanInput, PlanOutcome, PlanPhase, PlanProgress } from '../../core/solver/plan/plan-types.js';
import type { PlanBuildRequest, PlanWorkerData, PlanWorkerMessage } from './plan-worker-protocol.js';

/** A failure inside the worker; `code` and `messages` when the builder refused the scenario. */
export class PlanWorkerError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly messages: { readonly id: string; readonly en: string } | null,
  ) {
    super(message);
    this.name = 'PlanWorkerError';
  }
}

/** One plan being built in a worker thread. */
export interface PlanWorkerHandle {
  /** The builder's outcome; CANCELLED when stopped; rejects when the worker failed. */
  readonly outcome: Promise<PlanOutcome>;
  /**
   * Asks the builder to stop (shared flag, polled between phases and while solving) and terminates
   * the thread if it has not stopped after `graceMs` (the next job then starts a new thread).
   */
  cancel(graceMs?: number): void;
}

export interface RunOptions {
  readonly onProgress?: (progress: PlanProgress) => void;
}

/** plan-worker.ts under tsx and in tests, plan-worker.js once compiled: the same extension as this module. */
export function defaultPlanWorkerEntry(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./plan-worker.${extension}`, import.meta.url);
}

function startWorker(entry: URL): Worker {
  // Note: a worker thread does not inherit tsx's loader; TypeScript entries go through a boot file.
  if (entry.pathname.endsWith('.ts')) {
    const data: PlanWorkerData = { entry: entry.href };
    return new Worker(new URL('./plan-worker-tsx.mjs', import.meta.url), { workerData: data });
  }
  return new Worker(entry);
}

interface Job {
  readonly id: number;
  readonly flag: Int32Array;
  readonly onProgress: ((progress: PlanProgress) => void) | undefined;
  readonly resolve: (outcome: PlanOutcome) => void;
  readonly reject: (error: Error) => void;
  phase: PlanPhase;
  killTimer: NodeJS.Timeout | undefined;
}

/**
 * A worker thread that builds plans one at a time and stays up between them. Starting a thread
 * costs about a second (tsx and the modules load in it), so `warm()` starts it while the caller
 * still reads the input, and later plans reuse it (on code V8 has already optimised). A thread
 * that crashed or was terminated is dropped; the next job starts a new one. While idle the thread
 * does not keep the process alive.
 * @example const host = new PlanWorkerHost(); host.warm(); const outcome = await host.run(await load()).outcome;
 */
export class PlanWorkerHost {
  private worker: Worker | null = null;
  private job: Job | null = null;
  private jobs = 0;
  /** Threads started by this host (a crash or a termination makes the next job start another). */
  threadsStarted = 0;

  constructor(private readonly entry: URL = defaultPlanWorkerEntry()) {}

  /** Starts the thread now if there is none, so it loads its modules in the background. */
  warm(): void {
    this.thread();
  }

  /** Builds `input` in the thread; one job at a time (the job runner holds one host per running plan). */
  run(input: PlanInput, options: RunOptions = {}): PlanWorkerHandle {
    if (this.job) throw new Error('the plan worker is already building a plan');
    const worker = this.thread();
    worker.ref();
    const cancelFlag = new SharedArrayBuffer(4);
    const id = ++this.jobs;
    const outcome = new Promise<PlanOutcome>((resolve, reject) => {
      this.job = {
        id,
        flag: new Int32Array(cancelFlag),
        onProgress: options.onProgress,
        resolve,
        reject,
        phase: 'SCOPING',
        killTimer: undefined,
      };
    });
    const request: PlanBuildRequest = { type: 'build', jobId: id, input, cancelFlag };
    worker.postMessage(request);
    return {
      outcome,
      cancel: (graceMs = 2000) => {
        const job = this.job;
        if (!job || job.id !== id) return;
        Atomics.store(job.flag, 0, 1);
        if (job.killTimer) return;
        job.killTimer = setTimeout(() => void worker.terminate(), graceMs);
        job.killTimer.unref();
      },
    };
  }

  /** Stops the thread (a job still running ends CANCELLED if it was cancelled, else fails). */
  async close(): Promise<void> {
    const worker = this.worker;
    if (worker) await worker.terminate();
  }

  private thread(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.entry);
    this.threadsStarted++;
    this.worker = worker;
    worker.unref();
    worker.on('message', (message: PlanWorkerMessage) => this.receive(message));
    worker.on('error', (error) => this.drop(worker, () => error));
    worker.on('exit', (code) =>
      this.drop(worker, () => new Error(`plan worker exited with code ${code} before giving a result`)),
    );
    return worker;
  }

  private receive(message: PlanWorkerMessage): void {
    const job = this.job;
    if (!job || message.jobId !== job.id) return;
    if (message.type === 'progress') {
      job.phase = message.progress.phase;
      job.onProgress?.(message.progress);
    } else if (message.type === 'outcome') {
      this.settle(job, () => job.resolve(message.outcome));
    } else {
      const { code, messages } = message;
      this.settle(job, () =>
        job.reject(new PlanWorkerError(message.message, code ?? null, messages ?? null)),
      );
    }
  }

  /** The thread is gone (crash, termination): its job, if any, ends; the next job starts a new one. */
  private drop(worker: Worker, failure: () => Error): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const job = this.job;
    if (!job) return;
    if (Atomics.load(job.flag, 0) === 1)
      this.settle(job, () => job.resolve({ status: 'CANCELLED', phase: job.phase }));
    else this.settle(job, () => job.reject(failure()));
  }

  private settle(job: Job, finish: () => void): void {
    if (this.job !== job) return;
    this.job = null;
    clearTimeout(job.killTimer);
    // Idle again: the thread must not keep the process alive (a CLI run exits when it is done).
    this.worker?.unref();
    finish();
  }
}
