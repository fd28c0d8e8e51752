import type { PlanOutcome } from '../../core/solver/plan/plan-types.js';
import type { PlanRunEnd, PlanRunError } from '../../store/repositories/planning-runs.js';
import { planSummaryOf } from './plan-summary.js';
import { PlanWorkerError } from './plan-worker-thread.js';

/** Why a run the server stopped (or a crash left) ended. */
export const INTERRUPTED: PlanRunError = {
  code: 'PLAN_RUN_INTERRUPTED',
  message: { id: 'Server dihentikan saat rencana dihitung', en: 'The server stopped while the plan ran' },
};

/** What a FAILED run records: the builder's own refusal (code, both messages) or the bare failure. */
export function failureOf(error: unknown): PlanRunError {
  if (error instanceof PlanWorkerError && error.code && error.messages) {
    return { code: error.code, message: error.messages };
  }
  const message = error instanceof Error ? error.message : String(error);
  const domain = error as { code?: unknown; messages?: { id: string; en: string } };
  if (typeof domain.code === 'string' && domain.messages)
    return { code: domain.code, message: domain.messages };
  return {
    code: 'PLAN_BUILD_FAILED',
    message: { id: `Perhitungan rencana gagal: ${message}`, en: `The plan build failed: ${message}` },
  };
}

/** The row's end state for a builder outcome. */
export function endOf(outcome: PlanOutcome, finishedAt: string): PlanRunEnd<unknown, PlanOutcome> {
  switch (outcome.status) {
    case 'OPTIMAL':
      return {
        state: 'SUCCEEDED',
        finishedAt,
        totals: outcome.totals,
        outcome,
        summary: planSummaryOf(outcome),
        // The certificate check (not what it proves about the move limit: that is in the summary).
        certified: outcome.certified ?? outcome.provenOptimal,
      };
    case 'INFEASIBLE':
      return { state: 'INFEASIBLE', finishedAt, outcome, certified: false };
    case 'CANCELLED':
      return { state: 'CANCELLED', finishedAt };
  }
}
