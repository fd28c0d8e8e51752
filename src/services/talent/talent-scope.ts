import { type EvaluationPeriod, parsePeriodCode } from '../../core/appraisal/period.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, notFound } from '../evaluation/evaluation-access.js';
import { type PeriodResults, type PersonResult, periodResults } from '../evaluation/period-results.js';

export interface TalentQuery {
  /** Period id or code; default: the latest closed period (else the latest one). */
  readonly period?: number | string | undefined;
  readonly unitId?: number | undefined;
}

/**
 * The results a talent view shows: the period's evaluated people, narrowed to a unit's subtree
 * when asked and, for an OPD head, to their own units (by the unit each person was evaluated in).
 */
export async function scopedResults(
  ctx: AppContext,
  principal: Principal,
  query: TalentQuery,
): Promise<PeriodResults & { readonly people: readonly PersonResult[] }> {
  authorize(principal, 'talent.read', instansiResource(principal));
  const period = await pickPeriod(ctx, principal, query.period);
  const all = await periodResults(ctx, principal.instansiId, period);
  let allowed: Set<number> | null = null;
  if (query.unitId !== undefined)
    allowed = new Set(await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId));
  if (principal.role === 'OPD_HEAD') {
    // Note: an OPD head sees the grid of their own units only, whatever unit they ask for.
    const own = new Set(principal.unitIds);
    allowed = new Set([...(allowed ?? own)].filter((id) => own.has(id)));
  }
  const people = allowed ? all.people.filter((p) => p.unitId !== null && allowed.has(p.unitId)) : all.people;
  return { ...all, people };
}

async function pickPeriod(
  ctx: AppContext,
  principal: Principal,
  ref: number | string | undefined,
): Promise<EvaluationPeriod> {
  const periods = await listPeriods(ctx.db, principal.instansiId);
  const found =
    ref === undefined
      ? (periods.find((p) => p.status === 'CLOSED') ?? periods[0])
      : typeof ref === 'number'
        ? periods.find((p) => p.id === ref)
        : periods.find((p) => {
            const code = parsePeriodCode(ref);
            return code.ok && p.code === code.value.code;
          });
  if (!found) throw notFound({ id: 'Periode penilaian', en: 'Evaluation period' }, 'period', ref ?? null);
  return found;
}
