import { innovationCountsIn } from '../../core/appraisal/entry-effect.js';
import type { EvaluationPeriod } from '../../core/appraisal/period.js';
import type { InnovationStatus } from '../../core/appraisal/records.js';
import type { Innovation } from '../../core/appraisal/stored-records.js';
import { normalizeNip } from '../../core/model/nip.js';
import type { Action, Resource } from '../../core/policies/actions.js';
import { allowedActions, authorize, can } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { getInnovation, listInnovations } from '../../store/repositories/evaluation-innovations.js';
import { employeesById, employeesByNip } from '../../store/repositories/evaluation-people.js';
import { getPeriod } from '../../store/repositories/evaluation-periods.js';
import { currentPolicy, policyVersions } from '../../store/repositories/evaluation-policies.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { employeeResource, instansiResource, notFound } from './evaluation-access.js';
import { registerEffects } from './register-effects.js';
import { evidenceViews } from './register-evidence.js';

const REGISTER_ACTIONS: readonly Action[] = ['evaluation.write'];

export interface InnovationQuery {
  readonly unitId?: number | undefined;
  readonly status?: InnovationStatus | undefined;
  readonly q?: string | undefined;
  readonly periodId?: number | undefined;
  readonly nip?: string | undefined;
}

/** The policy a period is judged under: the one it was closed with, or the one in force. */
async function policyOf(ctx: AppContext, instansiId: number, period: EvaluationPeriod) {
  if (period.status === 'OPEN') return (await currentPolicy(ctx.db, instansiId)).policy;
  const version = period.policyVersion ?? 0;
  const versions = await policyVersions(ctx.db, instansiId, [version]);
  return (versions.get(version) ?? versions.get(0)!).policy;
}

/** Units the caller may register innovations for: null is every unit of the instansi. */
export function writableUnits(principal: Principal): number[] | null {
  if (!can(principal, 'evaluation.write', instansiResource(principal))) return [];
  // Note: an OPD head writes for the units of their scope only (the session holds the subtree).
  return principal.role === 'OPD_HEAD' ? [...principal.unitIds] : null;
}

/**
 * The innovation register: by unit, stage, title, the period it earns credit in (the core's
 * credit window) or one person. An OPD head sees the innovations of their own units; anyone who
 * may read a person (the employee themself included) sees that person's innovations.
 */
export async function listInnovationRegister(ctx: AppContext, principal: Principal, query: InnovationQuery) {
  const instansi = instansiResource(principal);
  let memberId: number | undefined;
  if (query.nip) {
    const nip = normalizeNip(query.nip);
    const person = (await employeesByNip(ctx.db, principal.instansiId, [nip])).get(nip);
    if (!person) {
      authorize(principal, 'evaluation.read', instansi);
      throw notFound({ id: 'Pegawai', en: 'Employee' }, 'nip', query.nip);
    }
    // Note: a person's innovations are part of their evaluation; whoever may read it sees them all.
    authorize(principal, 'evaluation.read', employeeResource(principal.instansiId, person));
    memberId = person.id;
  } else {
    authorize(principal, 'evaluation.read', instansi);
  }
  let unitIds: number[] | undefined = query.unitId
    ? await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId)
    : undefined;
  if (principal.role === 'OPD_HEAD' && memberId === undefined) {
    const scope = new Set(principal.unitIds);
    unitIds = (unitIds ?? principal.unitIds).filter((id) => scope.has(id));
  }
  let items = await listInnovations(ctx.db, principal.instansiId, {
    ...(unitIds ? { unitIds } : {}),
    ...(query.status ? { status: query.status } : {}),
    ...(query.q ? { q: query.q } : {}),
    ...(memberId !== undefined ? { memberId } : {}),
  });
  if (query.periodId !== undefined) {
    const period = await getPeriod(ctx.db, principal.instansiId, query.periodId);
    if (!period)
      throw notFound({ id: 'Periode penilaian', en: 'Evaluation period' }, 'periodId', query.periodId);
    const policy = await policyOf(ctx, principal.instansiId, period);
    items = items.filter((i) => innovationCountsIn(i, period, policy));
  }
  const view = await evidenceViews(
    ctx,
    principal.instansiId,
    items.map((i) => i.evidence),
  );
  return {
    items: items.map((i) => ({ ...i, evidence: view(i.evidence) })),
    writableUnitIds: writableUnits(principal),
    actions: allowedActions(principal, instansi, REGISTER_ACTIONS),
  };
}

const unitOf = (instansiId: number, unitId: number): Resource => ({ type: 'unit', instansiId, unitId });

/**
 * One innovation, if the caller may read its unit or one of its members (an employee reads the
 * innovations they are in); 404 before any refusal to those who may read evaluations at all.
 */
export async function loadInnovationFor(
  ctx: AppContext,
  principal: Principal,
  id: number,
): Promise<Innovation> {
  const innovation = await getInnovation(ctx.db, principal.instansiId, id);
  if (!innovation) {
    authorize(principal, 'evaluation.read', instansiResource(principal));
    throw notFound({ id: 'Inovasi', en: 'Innovation' }, 'id', id);
  }
  const unit = unitOf(principal.instansiId, innovation.unitId);
  if (can(principal, 'evaluation.read', unit)) return innovation;
  const people = await employeesById(
    ctx.db,
    principal.instansiId,
    innovation.members.map((m) => m.employeeId),
  );
  // Note: a member's share is part of their own evaluation, readable by whoever may read it.
  const readable = [...people.values()].some((p) =>
    can(principal, 'evaluation.read', employeeResource(principal.instansiId, p)),
  );
  if (!readable) authorize(principal, 'evaluation.read', unit);
  return innovation;
}

/** One innovation with its team, evidence file, actions and each member's index effect. */
export async function getInnovationEntry(ctx: AppContext, principal: Principal, id: number) {
  const innovation = await loadInnovationFor(ctx, principal, id);
  const unit = unitOf(principal.instansiId, innovation.unitId);
  const [view, effects] = await Promise.all([
    evidenceViews(ctx, principal.instansiId, [innovation.evidence]),
    registerEffects(
      ctx,
      principal.instansiId,
      innovation.members.map((m) => ({
        key: m.employeeId,
        employeeId: m.employeeId,
        entry: {
          kind: 'INNOVATION' as const,
          share: {
            role: m.role,
            proposedOn: innovation.proposedOn,
            implementedOn: innovation.implementedOn,
            replicatedOn: innovation.replicatedOn,
            awardedOn: innovation.awardedOn,
          },
        },
      })),
    ),
  ]);
  return {
    ...innovation,
    evidence: view(innovation.evidence),
    effects: innovation.members.map((m) => ({
      employeeId: m.employeeId,
      nip: m.nip,
      name: m.name,
      periods: effects.get(m.employeeId) ?? [],
    })),
    actions: allowedActions(principal, unit, REGISTER_ACTIONS),
  };
}
