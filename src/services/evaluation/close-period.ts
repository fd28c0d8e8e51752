import type { Transaction } from 'kysely';
import { evaluatePerson } from '../../core/appraisal/evaluate-person.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import { decideClose } from '../../core/appraisal/period-lifecycle.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { loadPeriodInputs } from '../../store/repositories/evaluation-inputs.js';
import { getPeriod, markPeriodClosed } from '../../store/repositories/evaluation-periods.js';
import { currentPolicy } from '../../store/repositories/evaluation-policies.js';
import { appendResults } from '../../store/repositories/talent-results.js';
import type { Database } from '../../store/schema.js';
import { type AppContext, today } from '../app-context.js';
import { actorId, type CallMeta, instansiResource, requirePeriod } from './evaluation-access.js';

/**
 * Closes a period inside the caller's transaction: evaluates everyone rated in it under the policy
 * in force, stores the results (revision 1) and freezes the policy version on the period. From
 * then on its records change only by correction. Shared by the close use case and the demo seed.
 */
export async function closePeriodIn(
  trx: Transaction<Database>,
  instansiId: number,
  period: EvaluationPeriod,
  actor: { readonly userId: number | null; readonly at: Date },
): Promise<{ readonly evaluated: number; readonly policyVersion: number }> {
  const policy = await currentPolicy(trx, instansiId);
  const people = await loadPeriodInputs(trx, instansiId, period);
  const computedAt = actor.at.toISOString();
  await appendResults(
    trx,
    instansiId,
    people.map((p) => ({
      periodId: period.id,
      employeeId: p.employeeId,
      unitId: p.unitId ?? p.currentUnitId,
      policyVersion: policy.version,
      result: evaluatePerson(p.inputs, period, policy.policy),
      reason: null,
      computedByUserId: actor.userId,
      computedAt,
    })),
  );
  await markPeriodClosed(trx, period, {
    policyVersion: policy.version,
    closedAt: computedAt,
    closedByUserId: actor.userId,
  });
  return { evaluated: people.length, policyVersion: policy.version };
}

/**
 * Closes an evaluation period (the head of BKPSDM): it must be open and over, and `version` must be
 * the one the caller saw. The results are computed and kept; later changes need a correction.
 */
export async function closeEvaluationPeriod(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
  input: { readonly version: number },
  meta: CallMeta,
) {
  const period = await requirePeriod(ctx, principal, periodId);
  authorize(principal, 'evaluation.close', instansiResource(principal));
  const decision = decideClose(period.status, period.endDate, today(ctx, principal.instansiId));
  if (!decision.ok) throw fieldError(decision.error);
  if (period.version !== input.version) {
    throw new DomainError(
      'VERSION_CONFLICT',
      {
        id: `Periode ${period.code} telah diubah (versi ${period.version}, bukan ${input.version}); muat ulang lalu ulangi`,
        en: `Period ${period.code} was changed (version ${period.version}, not ${input.version}); reload and retry`,
      },
      { field: 'version', value: input.version, rule: 'OPTIMISTIC_LOCK' },
    );
  }
  const outcome = await ctx.db.transaction().execute(async (trx) => {
    const closed = await closePeriodIn(trx, principal.instansiId, period, {
      userId: actorId(principal),
      at: ctx.now(),
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.period.close',
      entityType: 'evaluation_period',
      entityId: period.code,
      before: { status: period.status, version: period.version },
      after: { status: 'CLOSED', ...closed },
    });
    return closed;
  });
  return { period: (await getPeriod(ctx.db, principal.instansiId, period.id))!, ...outcome };
}
