import { overlapsPeriod } from '../../core/appraisal/entry-effect.js';
import type { Participation } from '../../core/appraisal/stored-records.js';
import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { employeeIdsOfUnits } from '../../store/repositories/evaluation-people.js';
import { getPeriod } from '../../store/repositories/evaluation-periods.js';
import {
  getProgram,
  listParticipations,
  listPrograms,
} from '../../store/repositories/evaluation-programs.js';
import { programIdsWithStaffOf } from '../../store/repositories/program-participants.js';
import { unitSubtreeIds } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, notFound } from './evaluation-access.js';
import { registerEffects } from './register-effects.js';
import { evidenceViews } from './register-evidence.js';

const PROGRAM_ACTIONS: readonly Action[] = ['evaluation.period.manage', 'evaluation.write'];

export interface ProgramQuery {
  readonly q?: string | undefined;
  readonly periodId?: number | undefined;
  readonly unitId?: number | undefined;
}

/**
 * The register of government programmes (city-wide, visible to every evaluation reader): by name
 * or code, by the period their span overlaps, or by a unit that leads them or has staff in them.
 */
export async function listProgramRegister(ctx: AppContext, principal: Principal, query: ProgramQuery = {}) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  let items = await listPrograms(ctx.db, principal.instansiId);
  const q = query.q?.toLowerCase();
  if (q) items = items.filter((p) => p.name.toLowerCase().includes(q) || p.code.toLowerCase().includes(q));
  if (query.periodId !== undefined) {
    const period = await getPeriod(ctx.db, principal.instansiId, query.periodId);
    if (!period)
      throw notFound({ id: 'Periode penilaian', en: 'Evaluation period' }, 'periodId', query.periodId);
    items = items.filter((p) => overlapsPeriod(p, period));
  }
  if (query.unitId !== undefined) {
    const units = await unitSubtreeIds(ctx.db, principal.instansiId, query.unitId);
    const staffed = await programIdsWithStaffOf(ctx.db, principal.instansiId, units);
    items = items.filter((p) => staffed.has(p.id) || (p.leadUnitId !== null && units.includes(p.leadUnitId)));
  }
  return { items, actions: allowedActions(principal, instansi, PROGRAM_ACTIONS) };
}

/** Participations with their evidence file and their index effect on each open period. */
export async function participantViews<T extends Participation>(
  ctx: AppContext,
  instansiId: number,
  participations: readonly T[],
) {
  const [view, effects] = await Promise.all([
    evidenceViews(
      ctx,
      instansiId,
      participations.map((p) => p.evidence),
    ),
    registerEffects(
      ctx,
      instansiId,
      participations.map((p) => ({
        key: p.id,
        employeeId: p.employeeId,
        entry: {
          kind: 'PROGRAM' as const,
          participation: {
            role: p.role,
            outcome: p.outcome,
            hours: p.hours,
            startDate: p.startDate,
            endDate: p.endDate,
          },
        },
      })),
    ),
  ]);
  return participations.map((p) => ({ ...p, evidence: view(p.evidence), effects: effects.get(p.id) ?? [] }));
}

/** A programme with its participants; an OPD head sees only the participants from their units. */
export async function getProgramDetail(ctx: AppContext, principal: Principal, id: number) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  const program = await getProgram(ctx.db, principal.instansiId, id);
  if (!program) throw notFound({ id: 'Program', en: 'Programme' }, 'id', id);
  const scope =
    principal.role === 'OPD_HEAD'
      ? await employeeIdsOfUnits(ctx.db, principal.instansiId, principal.unitIds)
      : undefined;
  const participants = await listParticipations(ctx.db, principal.instansiId, id, scope);
  return {
    program,
    participants: await participantViews(ctx, principal.instansiId, participants),
    actions: allowedActions(principal, instansi, PROGRAM_ACTIONS),
  };
}
