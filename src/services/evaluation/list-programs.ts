import type { Action } from '../../core/policies/actions.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { employeeIdsOfUnits } from '../../store/repositories/evaluation-people.js';
import {
  getProgram,
  listParticipations,
  listPrograms,
} from '../../store/repositories/evaluation-programs.js';
import type { AppContext } from '../app-context.js';
import { instansiResource, notFound } from './evaluation-access.js';

const PROGRAM_ACTIONS: readonly Action[] = ['evaluation.period.manage', 'evaluation.write'];

/** The register of government programmes (city-wide, visible to every evaluation reader). */
export async function listProgramRegister(ctx: AppContext, principal: Principal) {
  const instansi = instansiResource(principal);
  authorize(principal, 'evaluation.read', instansi);
  return {
    items: await listPrograms(ctx.db, principal.instansiId),
    actions: allowedActions(principal, instansi, PROGRAM_ACTIONS),
  };
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
  return {
    program,
    participants: await listParticipations(ctx.db, principal.instansiId, id, scope),
    actions: allowedActions(principal, instansi, PROGRAM_ACTIONS),
  };
}
