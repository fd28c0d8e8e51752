import type { PlanInput, PlanOutcome, PlanProgress } from '../../core/solver/plan/plan-types.js';

/** What the main thread hands a plan worker: the loaded input and a shared cancel flag. */
export interface PlanWorkerData {
  readonly input: PlanInput;
  /** Int32Array over it; index 0 becomes 1 when the run is cancelled. */
  readonly cancelFlag: SharedArrayBuffer;
  /** Under tsx only: the worker module the boot file imports after registering tsx's loader. */
  readonly entry?: string;
}

/** Messages from a plan worker to the main thread. */
export type PlanWorkerMessage =
  | { readonly type: 'progress'; readonly progress: PlanProgress }
  | { readonly type: 'outcome'; readonly outcome: PlanOutcome }
  | {
      readonly type: 'error';
      readonly message: string;
      /** Set when the builder refused the scenario with a DomainError. */
      readonly code?: string;
      readonly messages?: { readonly id: string; readonly en: string };
    };
