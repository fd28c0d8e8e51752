import { parentPort, workerData } from 'node:worker_threads';
import type { PlanWorkerData, PlanWorkerMessage } from './plan-worker-protocol.js';

/**
 * Test stand-in for plan-worker.ts: behaves as the scenario's name says, so the job runner's
 * cancel, terminate and failure paths can be tested deterministically.
 * - `hang`: reports progress, then waits for the cancel flag and answers CANCELLED;
 * - `stubborn`: reports progress and ignores the flag (only terminating the thread stops it);
 * - `crash`: exits the thread without an answer;
 * - `refuse`: answers with a DomainError-like refusal.
 */
const data = workerData as PlanWorkerData;
const flag = new Int32Array(data.cancelFlag);
const post = (m: PlanWorkerMessage) => parentPort?.postMessage(m);

switch (data.input.scenario.name) {
  case 'hang':
    post({ type: 'progress', progress: { phase: 'SOLVING', done: 1, total: 10 } });
    setInterval(() => {
      if (Atomics.load(flag, 0) === 1) {
        post({ type: 'outcome', outcome: { status: 'CANCELLED', phase: 'SOLVING' } });
        process.exit(0);
      }
    }, 5);
    break;
  case 'stubborn':
    post({ type: 'progress', progress: { phase: 'SCORING', done: 2, total: 10 } });
    setInterval(() => undefined, 1000);
    break;
  case 'crash':
    process.exit(3);
    break;
  default:
    post({
      type: 'error',
      message: 'refused',
      code: 'VALIDATION_FAILED',
      messages: { id: 'Skenario ditolak', en: 'Scenario refused' },
    });
}
