import type { EvaluationResult } from '../../core/appraisal/evaluate-person.js';
import { explainIndex, explainPotential } from '../../core/appraisal/explain.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { PolicyVersion } from '../../core/appraisal/policy.js';
import type { AttendanceRecord, SkpRating, StoredResult } from '../../core/appraisal/stored-records.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import { listPeriods } from '../../store/repositories/evaluation-periods.js';
import { policyVersions } from '../../store/repositories/evaluation-policies.js';
import { recordHistory } from '../../store/repositories/evaluation-records.js';
import { resultHistory } from '../../store/repositories/talent-results.js';
import type { AppContext } from '../app-context.js';
import { employeeResource, instansiResource, notFound } from './evaluation-access.js';
import { periodResults } from './period-results.js';

export interface PeriodEvaluation {
  readonly period: EvaluationPeriod;
  /** The current result with its breakdown, or null when the person was not rated. */
  readonly current: {
    readonly live: boolean;
    readonly revision: number | null;
    readonly policy: PolicyVersion;
    readonly result: EvaluationResult;
    readonly index: ReturnType<typeof explainIndex>;
    readonly potential: ReturnType<typeof explainPotential>;
  } | null;
  /** Every version of the records and of the stored result, oldest first. */
  readonly skp: readonly SkpRating[];
  readonly attendance: readonly AttendanceRecord[];
  readonly results: readonly StoredResult[];
}

const ACTIONS: readonly Action[] = ['evaluation.write'];

/**
 * One person's evaluations over all periods: the statutory predikat and, apart from it, the local
 * index with its breakdown, potential, the 9-box and every version of every record (corrections
 * with their reasons), plus the trajectory across periods. The employee may read their own.
 */
export async function getEmployeeEvaluations(ctx: AppContext, principal: Principal, nipInput: string) {
  const nip = normalizeNip(nipInput);
  const person = (await employeesByNip(ctx.db, principal.instansiId, [nip])).get(nip);
  if (!person) {
    // Note: someone who may not read evaluations at large learns nothing from 404 vs 403.
    authorize(principal, 'evaluation.read', instansiResource(principal));
    throw notFound({ id: 'Pegawai', en: 'Employee' }, 'nip', nipInput);
  }
  const resource = employeeResource(principal.instansiId, person);
  authorize(principal, 'evaluation.read', resource);
  const [periods, records, stored] = await Promise.all([
    listPeriods(ctx.db, principal.instansiId),
    recordHistory(ctx.db, principal.instansiId, person.id),
    resultHistory(ctx.db, principal.instansiId, person.id),
  ]);
  const policies = await policyVersions(
    ctx.db,
    principal.instansiId,
    stored.map((s) => s.policyVersion),
  );
  const evaluations: PeriodEvaluation[] = [];
  for (const period of periods) {
    const skp = records.skp.filter((r) => r.periodId === period.id);
    const attendance = records.attendance.filter((r) => r.periodId === period.id);
    const results = stored.filter((r) => r.periodId === period.id);
    if (skp.length === 0 && attendance.length === 0) continue;
    let current: PeriodEvaluation['current'] = null;
    const latest = results.at(-1);
    if (period.status === 'CLOSED' && latest) {
      const policy = policies.get(latest.policyVersion) ?? policies.get(0)!;
      current = explained(false, latest.revision, policy, latest.result);
    } else if (period.status === 'OPEN' && skp.length > 0) {
      const live = await periodResults(ctx, principal.instansiId, period, [person.id]);
      const mine = live.people[0];
      if (mine) current = explained(true, null, live.policy, mine.result);
    }
    evaluations.push({ period, current, skp, attendance, results });
  }
  const trajectory = evaluations
    .filter((e) => e.current)
    .map((e) => ({
      periodId: e.period.id,
      code: e.period.code,
      kind: e.period.kind,
      endDate: e.period.endDate,
      predikat: e.current!.result.predikat,
      index: e.current!.result.index,
      potentialLevel: e.current!.result.potential.level,
      box: e.current!.result.box,
    }))
    .sort((a, b) => (a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : a.code.localeCompare(b.code)));
  return { employee: person, evaluations, trajectory, actions: allowedActions(principal, resource, ACTIONS) };
}

function explained(live: boolean, revision: number | null, policy: PolicyVersion, result: EvaluationResult) {
  return {
    live,
    revision,
    policy,
    result,
    index: explainIndex(result, policy.policy),
    potential: explainPotential(result, policy.policy),
  };
}
