import type { AppraisalPolicy } from '../../core/appraisal/policy.js';
import { validatePolicy } from '../../core/appraisal/policy-validation.js';
import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { currentPolicy, insertPolicyVersion } from '../../store/repositories/evaluation-policies.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, instansiResource, throwIssues } from './evaluation-access.js';
import { getEvaluationPolicy } from './get-policy.js';

/**
 * Stores a new version of the appraisal policy (the head of BKPSDM). Weights that do not sum to 1
 * and scales that would reward a worse result are refused with the field named; `version` must be
 * the version the caller edited (409 otherwise). Open periods follow the new version; closed ones
 * keep the version they were closed under.
 */
export async function updateEvaluationPolicy(
  ctx: AppContext,
  principal: Principal,
  input: { readonly version: number; readonly reason: string; readonly policy: AppraisalPolicy },
  meta: CallMeta,
) {
  authorize(principal, 'evaluation.policy.update', instansiResource(principal));
  const valid = validatePolicy(input.policy);
  if (!valid.ok) throwIssues(valid.error);
  await ctx.db.transaction().execute(async (trx) => {
    const current = await currentPolicy(trx, principal.instansiId);
    if (current.version !== input.version) {
      throw new DomainError(
        'VERSION_CONFLICT',
        {
          id: `Kebijakan penilaian telah diubah (versi ${current.version}, bukan ${input.version}); muat ulang lalu ulangi`,
          en: `The appraisal policy was changed (version ${current.version}, not ${input.version}); reload and retry`,
        },
        { field: 'version', value: input.version, rule: 'OPTIMISTIC_LOCK' },
      );
    }
    const next = await insertPolicyVersion(trx, principal.instansiId, {
      version: current.version + 1,
      policy: valid.value,
      reason: input.reason,
      changedByUserId: actorId(principal),
      changedAt: ctx.now().toISOString(),
    });
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.policy.update',
      entityType: 'evaluation_policy',
      entityId: String(next.version),
      before: { version: current.version, policy: current.policy },
      after: { version: next.version, policy: next.policy, reason: input.reason },
    });
  });
  return getEvaluationPolicy(ctx, principal);
}
