import { type EvaluationResult, evaluatePerson } from '../../core/appraisal/evaluate-person.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { PolicyVersion } from '../../core/appraisal/policy.js';
import type { Nip } from '../../core/model/nip.js';
import { loadPeriodInputs } from '../../store/repositories/evaluation-inputs.js';
import { employeesById } from '../../store/repositories/evaluation-people.js';
import { currentPolicy, policyVersions } from '../../store/repositories/evaluation-policies.js';
import { currentResults } from '../../store/repositories/talent-results.js';
import type { AppContext } from '../app-context.js';

export interface PersonResult {
  readonly employeeId: number;
  readonly nip: Nip;
  readonly name: string;
  /** The unit the person was evaluated in (the post's unit at the time), else the current one. */
  readonly unitId: number | null;
  readonly currentUnitId: number | null;
  readonly result: EvaluationResult;
  /** Stored revision of a closed period's result; null when computed live for an open period. */
  readonly revision: number | null;
}

export interface PeriodResults {
  readonly period: EvaluationPeriod;
  readonly policy: PolicyVersion;
  /** True for an open period: results are computed now, under the policy in force. */
  readonly live: boolean;
  readonly people: readonly PersonResult[];
}

/**
 * The evaluation of everyone rated in a period (or some people): what a closed period stored, under
 * the policy it was closed with; for an open period, computed now from the records under the
 * current policy.
 */
export async function periodResults(
  ctx: Pick<AppContext, 'db'>,
  instansiId: number,
  period: EvaluationPeriod,
  employeeIds?: readonly number[],
): Promise<PeriodResults> {
  if (period.status === 'CLOSED') {
    const version = period.policyVersion ?? 0;
    const [stored, policies] = await Promise.all([
      currentResults(ctx.db, instansiId, period.id, employeeIds),
      policyVersions(ctx.db, instansiId, [version]),
    ]);
    const people = await employeesById(
      ctx.db,
      instansiId,
      stored.map((s) => s.employeeId),
    );
    return {
      period,
      policy: policies.get(version) ?? policies.get(0)!,
      live: false,
      people: stored.map((s) => {
        const person = people.get(s.employeeId);
        return {
          employeeId: s.employeeId,
          nip: (person?.nip ?? '') as Nip,
          name: person?.name ?? '',
          unitId: s.unitId ?? person?.unitId ?? null,
          currentUnitId: person?.unitId ?? null,
          result: s.result,
          revision: s.revision,
        };
      }),
    };
  }
  const [policy, inputs] = await Promise.all([
    currentPolicy(ctx.db, instansiId),
    loadPeriodInputs(ctx.db, instansiId, period, employeeIds),
  ]);
  return {
    period,
    policy,
    live: true,
    people: inputs.map((p) => ({
      employeeId: p.employeeId,
      nip: p.nip,
      name: p.name,
      unitId: p.unitId ?? p.currentUnitId,
      currentUnitId: p.currentUnitId,
      result: evaluatePerson(p.inputs, period, policy.policy),
      revision: null,
    })),
  };
}
