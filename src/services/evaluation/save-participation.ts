import type { ParticipationValue } from '../../core/appraisal/records.js';
import { checkParticipation } from '../../core/appraisal/register-rules.js';
import { DomainError } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import {
  deleteParticipation,
  getParticipation,
  getProgram,
  insertParticipation,
  updateParticipation,
} from '../../store/repositories/evaluation-programs.js';
import type { AppContext } from '../app-context.js';
import {
  actorId,
  type CallMeta,
  employeeResource,
  instansiResource,
  notFound,
  throwIssues,
} from './evaluation-access.js';
import { getProgramDetail } from './list-programs.js';
import { type EvidenceInput, keepPreparedFile, prepareEvidence } from './register-evidence.js';

export interface ParticipationBody extends ParticipationValue {
  readonly nip: string;
  readonly evidence: EvidenceInput;
}

/** Loads the programme and the person, checks the dates fit the programme, authorizes the person. */
async function prepare(ctx: AppContext, principal: Principal, programId: number, body: ParticipationBody) {
  authorize(principal, 'evaluation.read', instansiResource(principal));
  const program = await getProgram(ctx.db, principal.instansiId, programId);
  if (!program) throw notFound({ id: 'Program', en: 'Programme' }, 'programId', programId);
  const nip = normalizeNip(body.nip);
  const person = (await employeesByNip(ctx.db, principal.instansiId, [nip])).get(nip);
  if (!person) throw notFound({ id: 'Pegawai', en: 'Employee' }, 'nip', body.nip);
  authorize(principal, 'evaluation.write', employeeResource(principal.instansiId, person));
  const issues = checkParticipation(body, program);
  if (issues.length > 0) throwIssues(issues);
  const prepared = await prepareEvidence(ctx, principal, body.evidence);
  const { nip: _nip, evidence: _evidence, ...value } = body;
  return {
    program,
    person,
    prepared,
    input: { ...value, evidence: prepared.evidence, employeeId: person.id },
    audited: {
      ...value,
      nip: person.nip,
      evidence: { ...prepared.evidence, fileName: prepared.file?.fileName ?? null },
    },
  };
}

/** Records a person's part in a programme (role, span, hours, outcome, evidence). */
export async function addParticipant(
  ctx: AppContext,
  principal: Principal,
  programId: number,
  body: ParticipationBody,
  meta: CallMeta,
) {
  const { program, prepared, input, audited } = await prepare(ctx, principal, programId, body);
  await ctx.db.transaction().execute(async (trx) => {
    await keepPreparedFile(trx, principal.instansiId, prepared);
    const id = await insertParticipation(trx, principal.instansiId, program.id, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.participation.create',
      entityType: 'program_participation',
      entityId: `${program.code}/${id}`,
      after: audited,
    });
  });
  return getProgramDetail(ctx, principal, programId);
}

/** Loads a participation and authorizes the caller for its person (as it is before a change). */
async function existing(ctx: AppContext, principal: Principal, programId: number, participationId: number) {
  const before = await getParticipation(ctx.db, principal.instansiId, programId, participationId);
  if (!before)
    throw notFound({ id: 'Keikutsertaan', en: 'Participation' }, 'participationId', participationId);
  const person = (await employeesByNip(ctx.db, principal.instansiId, [before.nip])).get(before.nip);
  authorize(
    principal,
    'evaluation.write',
    employeeResource(principal.instansiId, { id: before.employeeId, unitId: person?.unitId ?? null }),
  );
  return before;
}

/** Changes a participation; `version` guards against lost updates. */
export async function changeParticipant(
  ctx: AppContext,
  principal: Principal,
  programId: number,
  participationId: number,
  body: ParticipationBody & { readonly version: number },
  meta: CallMeta,
) {
  const before = await existing(ctx, principal, programId, participationId);
  const { program, prepared, input, audited } = await prepare(ctx, principal, programId, body);
  await ctx.db.transaction().execute(async (trx) => {
    await keepPreparedFile(trx, principal.instansiId, prepared);
    await updateParticipation(trx, participationId, body.version, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.participation.update',
      entityType: 'program_participation',
      entityId: `${program.code}/${participationId}`,
      before,
      after: { ...audited, version: body.version },
    });
  });
  return getProgramDetail(ctx, principal, programId);
}

/** Removes a participation (closed periods keep the results it earned). */
export async function removeParticipant(
  ctx: AppContext,
  principal: Principal,
  programId: number,
  participationId: number,
  version: number,
  meta: CallMeta,
) {
  const before = await existing(ctx, principal, programId, participationId);
  if (before.version !== version) {
    throw new DomainError(
      'VERSION_CONFLICT',
      {
        id: `Keikutsertaan telah diubah (versi ${before.version}, bukan ${version}); muat ulang lalu ulangi`,
        en: `The participation was changed (version ${before.version}, not ${version}); reload and retry`,
      },
      { field: 'version', value: version, rule: 'OPTIMISTIC_LOCK' },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await deleteParticipation(trx, principal.instansiId, participationId);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.participation.delete',
      entityType: 'program_participation',
      entityId: `${programId}/${participationId}`,
      before,
    });
  });
  return getProgramDetail(ctx, principal, programId);
}
