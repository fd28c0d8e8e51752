import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listPeriods, ratedCounts } from '../../store/repositories/evaluation-periods.js';
import type { AppContext } from '../app-context.js';
import { instansiResource } from './evaluation-access.js';

export interface PeriodListItem extends EvaluationPeriod {
  /** People with an SKP rating in the period. */
  readonly rated: number;
}

const PERIOD_ACTIONS: readonly Action[] = [
  'evaluation.write',
  'evaluation.period.manage',
  'evaluation.close',
  'evaluation.policy.update',
  'talent.read',
];

/** The evaluation periods of the caller's instansi, latest first, with what the caller may do. */
export async function listEvaluationPeriods(ctx: AppContext, principal: Principal) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  const [periods, counts] = await Promise.all([
    listPeriods(ctx.db, principal.instansiId),
    ratedCounts(ctx.db, principal.instansiId),
  ]);
  return {
    items: periods.map((p): PeriodListItem => ({ ...p, rated: counts.get(p.id) ?? 0 })),
    actions: allowedActions(principal, instansi, PERIOD_ACTIONS),
  };
}
