import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import { DomainError, type FieldIssue, fieldError } from '../../core/errors.js';
import type { Resource } from '../../core/policies/actions.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getPeriod } from '../../store/repositories/evaluation-periods.js';
import type { AppContext } from '../app-context.js';

/** Who asked, for the audit log: the address of an HTTP caller, `cli` for the command line. */
export interface CallMeta {
  readonly ip: string | null;
}

/**
 * The user id to record as actor. The command line without `--as` runs as the machine's operator
 * (user id 0, no account), recorded as no user, like the demo seed.
 */
export function actorId(principal: Principal): number | null {
  return principal.userId > 0 ? principal.userId : null;
}

export const instansiResource = (principal: Principal): Resource => ({
  type: 'instansi',
  instansiId: principal.instansiId,
});

export const employeeResource = (
  instansiId: number,
  person: { readonly id: number; readonly unitId: number | null },
): Resource => ({ type: 'employee', instansiId, employeeId: person.id, unitId: person.unitId });

export function notFound(what: { id: string; en: string }, field: string, value: unknown): DomainError {
  return new DomainError(
    'NOT_FOUND',
    { id: `${what.id} tidak ditemukan`, en: `${what.en} not found` },
    { field, value },
  );
}

/** The period, if the caller may read evaluations at all (404 only to those who may). */
export async function requirePeriod(
  ctx: AppContext,
  principal: Principal,
  periodId: number,
): Promise<EvaluationPeriod> {
  authorize(principal, 'evaluation.read', instansiResource(principal));
  const period = await getPeriod(ctx.db, principal.instansiId, periodId);
  if (!period) throw notFound({ id: 'Periode penilaian', en: 'Evaluation period' }, 'periodId', periodId);
  return period;
}

/** Throws the first issue as its DomainError, carrying all of them. */
export function throwIssues(issues: readonly FieldIssue[]): never {
  const [first] = issues;
  if (!first) throw new Error('throwIssues needs at least one issue');
  if (issues.length === 1) throw fieldError(first);
  throw new DomainError(first.code, first.message, {
    field: first.field,
    value: first.value,
    rule: first.rule,
    issues,
  });
}
