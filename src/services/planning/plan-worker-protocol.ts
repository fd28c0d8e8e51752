import type { PlanInput, PlanOutcome, PlanProgress } from '../../core/solver/plan/plan-types.js';

/** What a plan worker thread starts with: under tsx only, the module its boot file imports. */
export interface PlanWorkerData {
  readonly entry?: string;
}

/**
 * Main thread -> worker: build one plan. The worker lives on between plans (its modules loaded
 * and its code optimised), so each job carries its own id and cancel flag.
 */
export interface PlanBuildRequest {
  readonly type: 'build';
  readonly jobId: number;
  readonly input: PlanInput;
  /** Int32Array over it; index 0 becomes 1 when the job is cancelled. */
  readonly cancelFlag: SharedArrayBuffer;
}

/** Messages from a plan worker to the main thread, each about one job. */
export type PlanWorkerMessage =
  | { readonly type: 'progress'; readonly jobId: number; readonly progress: PlanProgress }
  | { readonly type: 'outcome'; readonly jobId: number; readonly outcome: PlanOutcome }
  | {
      readonly type: 'error';
      readonly jobId: number;
      readonly message: string;
      /** Set when the builder refused the scenario with a DomainError. */
      readonly code?: string;
      readonly messages?: { readonly id: string; readonly en: string };
    };
