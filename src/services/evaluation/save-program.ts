import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  getProgram,
  getProgramByCode,
  insertProgram,
  type ProgramInput,
  updateProgram,
} from '../../store/repositories/evaluation-programs.js';
import { getUnit } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, instansiResource, notFound } from './evaluation-access.js';
import { getProgramDetail } from './list-programs.js';

async function check(ctx: AppContext, principal: Principal, input: ProgramInput, id: number | null) {
  if (input.endDate !== null && input.endDate < input.startDate) {
    throw new DomainError(
      'VALIDATION_FAILED',
      { id: 'Tanggal selesai program sebelum tanggal mulai', en: 'The programme ends before it starts' },
      { field: 'endDate', value: input.endDate, rule: 'DATE_ORDER' },
    );
  }
  if (input.leadUnitId !== null && !(await getUnit(ctx.db, principal.instansiId, input.leadUnitId))) {
    throw notFound({ id: 'Unit kerja', en: 'Unit' }, 'leadUnitId', input.leadUnitId);
  }
  const same = await getProgramByCode(ctx.db, principal.instansiId, input.code);
  if (same && same.id !== id) {
    throw new DomainError(
      'CONFLICT',
      { id: `Kode program ${input.code} sudah dipakai`, en: `Programme code ${input.code} is taken` },
      { field: 'code', value: input.code, rule: 'PROGRAM_CODE_UNIQUE' },
    );
  }
}

/** Adds a government programme to the register (BKPSDM). */
export async function createProgram(
  ctx: AppContext,
  principal: Principal,
  input: ProgramInput,
  meta: CallMeta,
) {
  authorize(principal, 'evaluation.period.manage', instansiResource(principal));
  await check(ctx, principal, input, null);
  const id = await ctx.db.transaction().execute(async (trx) => {
    const newId = await insertProgram(trx, principal.instansiId, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.program.create',
      entityType: 'government_program',
      entityId: input.code,
      after: input,
    });
    return newId;
  });
  return getProgramDetail(ctx, principal, id);
}

/** Changes a programme; `version` guards against lost updates. */
export async function updateProgramEntry(
  ctx: AppContext,
  principal: Principal,
  id: number,
  input: ProgramInput & { readonly version: number },
  meta: CallMeta,
) {
  authorize(principal, 'evaluation.period.manage', instansiResource(principal));
  const before = await getProgram(ctx.db, principal.instansiId, id);
  if (!before) throw notFound({ id: 'Program', en: 'Programme' }, 'id', id);
  await check(ctx, principal, input, id);
  await ctx.db.transaction().execute(async (trx) => {
    const { version, ...changes } = input;
    await updateProgram(trx, id, version, changes);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.program.update',
      entityType: 'government_program',
      entityId: before.code,
      before,
      after: changes,
    });
  });
  return getProgramDetail(ctx, principal, id);
}
