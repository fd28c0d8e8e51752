import { normalizeNip } from '../../core/model/nip.js';
import { allowedActions, authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { listInnovations } from '../../store/repositories/evaluation-innovations.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import { listPersonParticipations } from '../../store/repositories/program-participants.js';
import type { AppContext } from '../app-context.js';
import { employeeResource, instansiResource, notFound } from './evaluation-access.js';
import { participantViews } from './list-programs.js';
import { registerEffects } from './register-effects.js';
import { evidenceViews } from './register-evidence.js';

/**
 * One person's innovations (with their role in each) and programme parts, each with how it moves
 * their index in the open periods: the profile's link into the registers. Whoever may read the
 * person's evaluation may read this, the employee themself included.
 */
export async function getPersonRegisters(ctx: AppContext, principal: Principal, nipInput: string) {
  const nip = normalizeNip(nipInput);
  const person = (await employeesByNip(ctx.db, principal.instansiId, [nip])).get(nip);
  if (!person) {
    // Note: someone who may not read evaluations at large learns nothing from 404 vs 403.
    authorize(principal, 'evaluation.read', instansiResource(principal));
    throw notFound({ id: 'Pegawai', en: 'Employee' }, 'nip', nipInput);
  }
  const resource = employeeResource(principal.instansiId, person);
  authorize(principal, 'evaluation.read', resource);
  const [innovations, participations] = await Promise.all([
    listInnovations(ctx.db, principal.instansiId, { memberId: person.id }),
    listPersonParticipations(ctx.db, principal.instansiId, person.id),
  ]);
  const shares = innovations.map((i) => {
    const role = i.members.find((m) => m.employeeId === person.id)!.role;
    return { innovation: i, role };
  });
  const [view, effects, parts] = await Promise.all([
    evidenceViews(
      ctx,
      principal.instansiId,
      innovations.map((i) => i.evidence),
    ),
    registerEffects(
      ctx,
      principal.instansiId,
      shares.map(({ innovation: i, role }) => ({
        key: i.id,
        employeeId: person.id,
        entry: {
          kind: 'INNOVATION' as const,
          share: {
            role,
            proposedOn: i.proposedOn,
            implementedOn: i.implementedOn,
            replicatedOn: i.replicatedOn,
            awardedOn: i.awardedOn,
          },
        },
      })),
    ),
    participantViews(ctx, principal.instansiId, participations),
  ]);
  return {
    employee: { id: person.id, nip: person.nip, name: person.name },
    innovations: shares.map(({ innovation: i, role }) => ({
      ...i,
      role,
      evidence: view(i.evidence),
      effects: effects.get(i.id) ?? [],
    })),
    participations: parts,
    actions: allowedActions(principal, resource, ['evaluation.write']),
  };
}
