import { parentPort, workerData } from 'node:worker_threads';
import { buildPlan } from '../../core/solver/plan/build-plan.js';
import type { PlanWorkerData, PlanWorkerMessage } from './plan-worker-protocol.js';

/**
 * Worker thread entry of a plan run: runs the pure plan builder off the server's event loop and
 * reports progress and the outcome to the main thread (plan-worker-thread.ts), which owns the
 * database. Cancellation is a shared flag the builder polls.
 */
const data = workerData as PlanWorkerData;
const cancelled = new Int32Array(data.cancelFlag);
const post = (message: PlanWorkerMessage) => parentPort?.postMessage(message);

try {
  const outcome = buildPlan(data.input, {
    clock: () => performance.now(),
    onProgress: (progress) => post({ type: 'progress', progress }),
    shouldCancel: () => Atomics.load(cancelled, 0) === 1,
  });
  post({ type: 'outcome', outcome });
} catch (error) {
  // A DomainError (a scenario the builder refuses) keeps its code and both messages.
  const domain = error as { code?: unknown; messages?: { id: string; en: string } };
  post({
    type: 'error',
    message: error instanceof Error ? error.message : String(error),
    ...(typeof domain.code === 'string' && domain.messages
      ? { code: domain.code, messages: domain.messages }
      : {}),
  });
}
