import { type PeriodKind, periodSpan } from '../../core/appraisal/period.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { getPeriodByCode, insertPeriod } from '../../store/repositories/evaluation-periods.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, instansiResource } from './evaluation-access.js';

/** Opens a new evaluation period (monthly, quarterly, semester or annual, as the instansi chooses). */
export async function createEvaluationPeriod(
  ctx: AppContext,
  principal: Principal,
  input: { readonly kind: PeriodKind; readonly year: number; readonly sequence?: number | undefined },
  meta: CallMeta,
) {
  authorize(principal, 'evaluation.period.manage', instansiResource(principal));
  const span = periodSpan(input.kind, input.year, input.sequence ?? 1);
  if (!span.ok) throw fieldError(span.error);
  return ctx.db.transaction().execute(async (trx) => {
    if (await getPeriodByCode(trx, principal.instansiId, span.value.code)) {
      throw new DomainError(
        'CONFLICT',
        {
          id: `Periode penilaian ${span.value.code} sudah ada`,
          en: `Evaluation period ${span.value.code} already exists`,
        },
        { field: 'code', value: span.value.code, rule: 'PERIOD_UNIQUE' },
      );
    }
    const period = await insertPeriod(trx, principal.instansiId, span.value);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.period.create',
      entityType: 'evaluation_period',
      entityId: period.code,
      after: span.value,
    });
    return period;
  });
}
