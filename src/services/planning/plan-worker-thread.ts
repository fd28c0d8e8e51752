import { Worker } from 'node:worker_threads';
import type { PlanInput, PlanOutcome, PlanPhase, PlanProgress } from '../../core/solver/plan/plan-types.js';
import type { PlanWorkerData, PlanWorkerMessage } from './plan-worker-protocol.js';

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

/** A plan builder running in a worker thread. */
export interface PlanWorkerHandle {
  /** The builder's outcome; CANCELLED when stopped; rejects when the worker failed. */
  readonly outcome: Promise<PlanOutcome>;
  /**
   * Asks the builder to stop (shared flag, polled between phases and while solving) and terminates
   * the thread if it has not stopped after `graceMs`.
   */
  cancel(graceMs?: number): void;
}

export interface SpawnOptions {
  readonly onProgress?: (progress: PlanProgress) => void;
  /** The worker module; default plan-worker beside this file (tests pass a stand-in). */
  readonly entry?: URL;
}

/** plan-worker.ts under tsx and in tests, plan-worker.js once compiled: the same extension as this module. */
export function defaultPlanWorkerEntry(): URL {
  const extension = import.meta.url.endsWith('.ts') ? 'ts' : 'js';
  return new URL(`./plan-worker.${extension}`, import.meta.url);
}

function startWorker(entry: URL, data: PlanWorkerData): Worker {
  // Note: a worker thread does not inherit tsx's loader; TypeScript entries go through a boot file.
  if (entry.pathname.endsWith('.ts')) {
    return new Worker(new URL('./plan-worker-tsx.mjs', import.meta.url), {
      workerData: { ...data, entry: entry.href },
    });
  }
  return new Worker(entry, { workerData: data });
}

/**
 * Starts `buildPlan(input)` in a new worker thread. The input is structured-cloned into the thread;
 * progress and the outcome come back as messages.
 * @example const job = spawnPlanWorker(input, { onProgress: console.log }); const outcome = await job.outcome;
 */
export function spawnPlanWorker(input: PlanInput, options: SpawnOptions = {}): PlanWorkerHandle {
  const cancelFlag = new SharedArrayBuffer(4);
  const worker = startWorker(options.entry ?? defaultPlanWorkerEntry(), { input, cancelFlag });
  let phase: PlanPhase = 'SCOPING';
  let settled = false;
  let killTimer: NodeJS.Timeout | undefined;

  const outcome = new Promise<PlanOutcome>((resolve, reject) => {
    const settle = (finish: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(killTimer);
      finish();
      void worker.terminate();
    };
    worker.on('message', (message: PlanWorkerMessage) => {
      if (message.type === 'progress') {
        phase = message.progress.phase;
        options.onProgress?.(message.progress);
      } else if (message.type === 'outcome') {
        settle(() => resolve(message.outcome));
      } else {
        const { code, messages } = message;
        settle(() => reject(new PlanWorkerError(message.message, code ?? null, messages ?? null)));
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => {
      if (Atomics.load(new Int32Array(cancelFlag), 0) === 1) {
        settle(() => resolve({ status: 'CANCELLED', phase }));
      } else {
        settle(() => reject(new Error(`plan worker exited with code ${code} before giving a result`)));
      }
    });
  });

  return {
    outcome,
    cancel(graceMs = 2000) {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      if (settled || killTimer) return;
      killTimer = setTimeout(() => void worker.terminate(), graceMs);
      killTimer.unref();
    },
  };
}
