import { parentPort } from 'node:worker_threads';
import { buildPlan } from '../../core/solver/plan/build-plan.js';
import type { PlanBuildRequest, PlanWorkerMessage } from './plan-worker-protocol.js';

/**
 * Worker thread entry of plan runs: runs the pure plan builder off the server's event loop, one
 * job at a time, and reports progress and the outcome to the main thread (plan-worker-thread.ts),
 * which owns the database. The thread stays up between jobs: starting one costs about a second
 * (loading the modules), and a second plan in the same thread runs on code V8 has optimised.
 * Cancellation is a per-job shared flag the builder polls.
 */
const port = parentPort;
if (!port) throw new Error('plan-worker.ts runs as a worker thread only');
const post = (message: PlanWorkerMessage) => port.postMessage(message);

port.on('message', (request: PlanBuildRequest) => {
  const { jobId } = request;
  const cancelled = new Int32Array(request.cancelFlag);
  try {
    const outcome = buildPlan(request.input, {
      clock: () => performance.now(),
      onProgress: (progress) => post({ type: 'progress', jobId, progress }),
      shouldCancel: () => Atomics.load(cancelled, 0) === 1,
    });
    post({ type: 'outcome', jobId, outcome });
  } catch (error) {
    // A DomainError (a scenario the builder refuses) keeps its code and both messages.
    const domain = error as { code?: unknown; messages?: { id: string; en: string } };
    post({
      type: 'error',
      jobId,
      message: error instanceof Error ? error.message : String(error),
      ...(typeof domain.code === 'string' && domain.messages
        ? { code: domain.code, messages: domain.messages }
        : {}),
    });
  }
});
