import { type EvaluationResult, evaluatePerson } from '../../core/appraisal/evaluate-person.js';
import { decideWrite } from '../../core/appraisal/period-lifecycle.js';
import type { PolicyVersion } from '../../core/appraisal/policy.js';
import { PREDIKAT_RULES_VERSION, predikatOf } from '../../core/appraisal/predikat-matrix.js';
import type { Rating } from '../../core/appraisal/ratings.js';
import { checkAttendance, type Evidence, type RecordKind } from '../../core/appraisal/records.js';
import { DomainError, fieldError } from '../../core/errors.js';
import { type Nip, normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { loadPeriodInputs } from '../../store/repositories/evaluation-inputs.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import { policyVersions } from '../../store/repositories/evaluation-policies.js';
import {
  appendAttendance,
  appendSkpRatings,
  currentAttendance,
  currentSkpRatings,
} from '../../store/repositories/evaluation-records.js';
import { appendResults } from '../../store/repositories/talent-results.js';
import type { AppContext } from '../app-context.js';
import {
  actorId,
  type CallMeta,
  employeeResource,
  instansiResource,
  notFound,
  requirePeriod,
  throwIssues,
} from './evaluation-access.js';

export interface CorrectionInput {
  readonly nip: string;
  readonly kind: RecordKind;
  readonly skp?:
    | {
        readonly hasilKerja: Rating;
        readonly perilakuKerja: Rating;
        readonly evaluatorNip?: string | null | undefined;
      }
    | undefined;
  readonly attendance?:
    | { readonly workingDays: number; readonly unexcusedDays: number; readonly lateCount: number }
    | undefined;
  readonly evidence: Evidence;
  readonly reason: string;
}

/**
 * Corrects a person's SKP rating or attendance in a period, open or closed: a new version with the
 * reason, the actor and the time, next to the old one (never an edit in place). In a closed
 * period the person's result is recomputed under the period's own policy version and stored as a
 * new result revision, so the grid and the history show the correction and what it replaced.
 */
export async function correctEvaluationRecord(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
  input: CorrectionInput,
  meta: CallMeta,
): Promise<{ revision: number; result: EvaluationResult | null; policy: PolicyVersion | null }> {
  const period = await requirePeriod(ctx, principal, periodId);
  const nip = normalizeNip(input.nip);
  const person = (await employeesByNip(ctx.db, principal.instansiId, [nip])).get(nip);
  if (!person) {
    authorize(principal, 'evaluation.write', instansiResource(principal));
    throw notFound({ id: 'Pegawai', en: 'Employee' }, 'nip', input.nip);
  }
  authorize(principal, 'evaluation.write', employeeResource(principal.instansiId, person));
  const decision = decideWrite(period.status, 'CORRECTION', input.reason);
  if (!decision.ok) throw fieldError(decision.error);
  const part = input.kind === 'SKP' ? input.skp : input.attendance;
  if (!part) {
    throw new DomainError(
      'VALIDATION_FAILED',
      {
        id: `Koreksi ${input.kind} memerlukan data ${input.kind === 'SKP' ? 'skp' : 'attendance'}`,
        en: `A ${input.kind} correction needs the ${input.kind === 'SKP' ? 'skp' : 'attendance'} values`,
      },
      { field: input.kind === 'SKP' ? 'skp' : 'attendance', rule: 'REQUIRED' },
    );
  }
  if (input.attendance && input.kind === 'ATTENDANCE') {
    const issues = checkAttendance(input.attendance, period);
    if (issues.length > 0) throwIssues(issues.map((i) => ({ ...i, field: `attendance.${i.field}` })));
  }
  const actor = actorId(principal);
  const now = ctx.now().toISOString();
  const base = {
    periodId: period.id,
    employeeId: person.id,
    mode: 'CORRECTION' as const,
    source: 'FORM' as const,
    reason: decision.value.reason,
    recordedByUserId: actor,
    recordedAt: now,
  };
  return ctx.db.transaction().execute(async (trx) => {
    let revision: number;
    let before: unknown;
    if (input.kind === 'SKP' && input.skp) {
      const previous =
        (await currentSkpRatings(trx, principal.instansiId, period.id, [person.id]))[0] ?? null;
      before = previous;
      const { hasilKerja, perilakuKerja } = input.skp;
      [revision] = (await appendSkpRatings(trx, principal.instansiId, [
        {
          ...base,
          unitId: previous?.unitId ?? person.unitId,
          value: {
            hasilKerja,
            perilakuKerja,
            evaluatorNip: input.skp.evaluatorNip ? (normalizeNip(input.skp.evaluatorNip) as Nip) : null,
            evidence: input.evidence,
          },
          predikat: predikatOf(hasilKerja, perilakuKerja),
          rulesVersion: PREDIKAT_RULES_VERSION,
        },
      ])) as [number];
    } else {
      before = (await currentAttendance(trx, principal.instansiId, period.id, [person.id]))[0] ?? null;
      [revision] = (await appendAttendance(trx, principal.instansiId, [
        { ...base, value: { ...input.attendance!, evidence: input.evidence } },
      ])) as [number];
    }
    let result: EvaluationResult | null = null;
    let used: PolicyVersion | null = null;
    if (period.status === 'CLOSED') {
      const [inputs] = await loadPeriodInputs(trx, principal.instansiId, period, [person.id]);
      if (inputs) {
        const version = period.policyVersion ?? 0;
        const policy = (await policyVersions(trx, principal.instansiId, [version])).get(version)!;
        used = policy;
        result = evaluatePerson(inputs.inputs, period, policy.policy);
        await appendResults(trx, principal.instansiId, [
          {
            periodId: period.id,
            employeeId: person.id,
            unitId: inputs.unitId ?? inputs.currentUnitId,
            policyVersion: policy.version,
            result,
            reason: decision.value.reason,
            computedByUserId: actor,
            computedAt: now,
          },
        ]);
      }
    }
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actor,
      actorIp: meta.ip,
      action: 'evaluation.record.correct',
      entityType: 'evaluation_record',
      entityId: `${period.code}/${person.nip}/${input.kind}`,
      before,
      after: {
        revision,
        values: part,
        evidence: input.evidence,
        reason: decision.value.reason,
        ...(result ? { predikat: result.predikat, index: result.index, box: result.box } : {}),
      },
    });
    return { revision, result, policy: used };
  });
}
