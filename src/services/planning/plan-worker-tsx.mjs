// Boot file of a plan worker under tsx (dev, tests, `npm start`): a worker thread does not inherit
// tsx's loader, so register it here and then load the TypeScript worker module.
// Built output (.js) skips this file and starts plan-worker.js directly.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
