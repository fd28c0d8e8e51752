import { parentPort } from 'node:worker_threads';
import type { PlanBuildRequest, PlanWorkerMessage } from './plan-worker-protocol.js';

/**
 * Test stand-in for plan-worker.ts: each job behaves as its scenario's name says, so the job
 * runner's cancel, terminate and failure paths can be tested deterministically.
 * - `hang`: reports progress, then waits for the cancel flag and answers CANCELLED;
 * - `stubborn`: reports progress and ignores the flag (only terminating the thread stops it);
 * - `crash`: exits the thread without an answer;
 * - `refuse`: answers with a DomainError-like refusal.
 */
const port = parentPort!;
const post = (m: PlanWorkerMessage) => port.postMessage(m);

port.on('message', (request: PlanBuildRequest) => {
  const { jobId } = request;
  const flag = new Int32Array(request.cancelFlag);
  switch (request.input.scenario.name) {
    case 'hang': {
      post({ type: 'progress', jobId, progress: { phase: 'SOLVING', done: 1, total: 10 } });
      const poll = setInterval(() => {
        if (Atomics.load(flag, 0) !== 1) return;
        clearInterval(poll);
        post({ type: 'outcome', jobId, outcome: { status: 'CANCELLED', phase: 'SOLVING' } });
      }, 5);
      break;
    }
    case 'stubborn':
      post({ type: 'progress', jobId, progress: { phase: 'SCORING', done: 2, total: 10 } });
      setInterval(() => undefined, 1000);
      break;
    case 'crash':
      process.exit(3);
      break;
    default:
      post({
        type: 'error',
        jobId,
        message: 'refused',
        code: 'VALIDATION_FAILED',
        messages: { id: 'Skenario ditolak', en: 'Scenario refused' },
      });
  }
});
