import { entryEffect, type RegisterEntry } from '../../core/appraisal/entry-effect.js';
import { loadPeriodInputs } from '../../store/repositories/evaluation-inputs.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import { currentPolicy } from '../../store/repositories/evaluation-policies.js';
import { loadRegisterShares } from '../../store/repositories/evaluation-register-shares.js';
import type { AppContext } from '../app-context.js';

/** One entry of one person, keyed so the caller can find its effects again. */
export interface EffectRequest<K> {
  readonly key: K;
  readonly employeeId: number;
  readonly entry: RegisterEntry;
}

/** The effect of an entry on one open period in which it counts (see core/appraisal/entry-effect). */
export interface PeriodEffect {
  readonly periodId: number;
  readonly periodCode: string;
  readonly component: 'INNOVATION' | 'PROGRAM';
  readonly componentWithout: number;
  readonly componentWith: number;
  readonly indexWithout: number | null;
  readonly indexWith: number | null;
}

/**
 * How each entry changes its person's evaluation in every open period where it counts, under the
 * policy in force: what the period's live results will show. Closed periods keep the results they
 * were closed with, so an entry never changes them. One world per open period: the people's
 * register shares and, for those rated, their full inputs, in a fixed number of queries.
 */
export async function registerEffects<K>(
  ctx: AppContext,
  instansiId: number,
  requests: readonly EffectRequest<K>[],
): Promise<Map<K, PeriodEffect[]>> {
  const out = new Map<K, PeriodEffect[]>(requests.map((r) => [r.key, []]));
  if (requests.length === 0) return out;
  const [periods, policy] = await Promise.all([
    listPeriods(ctx.db, instansiId),
    currentPolicy(ctx.db, instansiId),
  ]);
  const open = periods.filter((p) => p.status === 'OPEN').sort((a, b) => a.endDate.localeCompare(b.endDate));
  const ids = [...new Set(requests.map((r) => r.employeeId))];
  for (const period of open) {
    const [shares, rated] = await Promise.all([
      loadRegisterShares(ctx.db, instansiId, period, ids),
      loadPeriodInputs(ctx.db, instansiId, period, ids),
    ]);
    const inputsOf = new Map(rated.map((p) => [p.employeeId, p.inputs]));
    for (const r of requests) {
      const effect = entryEffect(
        r.entry,
        shares.get(r.employeeId) ?? { innovations: [], participations: [] },
        inputsOf.get(r.employeeId) ?? null,
        period,
        policy.policy,
      );
      if (!effect.counts) continue;
      out.get(r.key)!.push({
        periodId: period.id,
        periodCode: period.code,
        component: effect.component,
        componentWithout: effect.componentWithout,
        componentWith: effect.componentWith,
        indexWithout: effect.indexWithout,
        indexWith: effect.indexWith,
      });
    }
  }
  return out;
}
