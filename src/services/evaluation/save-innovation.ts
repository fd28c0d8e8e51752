import type { InnovationDates, InnovationRole, InnovationStatus } from '../../core/appraisal/records.js';
import { checkInnovationDates } from '../../core/appraisal/records.js';
import { checkInnovationTeam } from '../../core/appraisal/register-rules.js';
import { DomainError, type FieldIssue } from '../../core/errors.js';
import { normalizeNip } from '../../core/model/nip.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { appendAudit } from '../../store/repositories/audit.js';
import {
  deleteInnovation,
  getInnovation,
  type InnovationInput,
  insertInnovation,
  updateInnovation,
} from '../../store/repositories/evaluation-innovations.js';
import { employeesByNip } from '../../store/repositories/evaluation-people.js';
import { getUnit } from '../../store/repositories/units.js';
import type { AppContext } from '../app-context.js';
import { actorId, type CallMeta, notFound, throwIssues } from './evaluation-access.js';
import { getInnovationEntry, loadInnovationFor } from './list-innovations.js';
import {
  type EvidenceInput,
  keepPreparedFile,
  type PreparedEvidence,
  prepareEvidence,
} from './register-evidence.js';

export interface InnovationBody extends InnovationDates {
  readonly unitId: number;
  readonly title: string;
  readonly description: string;
  readonly status: InnovationStatus;
  readonly evidence: EvidenceInput;
  readonly members: readonly { readonly nip: string; readonly role: InnovationRole }[];
}

const unitResource = (instansiId: number, unitId: number) => ({ type: 'unit', instansiId, unitId }) as const;

/**
 * Checks the dates against the stage and the team with the core's rules, resolves the team's NIPs
 * and the evidence (an upload becomes a kept file); every problem is reported at once.
 */
async function toInput(
  ctx: AppContext,
  principal: Principal,
  body: InnovationBody,
): Promise<{ input: InnovationInput; evidence: PreparedEvidence }> {
  if (!(await getUnit(ctx.db, principal.instansiId, body.unitId))) {
    throw notFound({ id: 'Unit kerja', en: 'Unit' }, 'unitId', body.unitId);
  }
  const nips = body.members.map((m) => normalizeNip(m.nip));
  const issues: FieldIssue[] = [
    ...checkInnovationDates(body.status, body),
    ...checkInnovationTeam(body.members.map((m, i) => ({ nip: nips[i]!, role: m.role }))),
  ];
  const people = await employeesByNip(ctx.db, principal.instansiId, nips);
  nips.forEach((nip, i) => {
    if (!people.has(nip))
      issues.push({
        field: `members.${i}.nip`,
        value: nip,
        code: 'VALIDATION_FAILED',
        rule: 'NIP_UNKNOWN',
        message: { id: `NIP ${nip} tidak terdaftar`, en: `NIP ${nip} is not registered` },
      });
  });
  if (issues.length > 0) throwIssues(issues);
  const evidence = await prepareEvidence(ctx, principal, body.evidence);
  return {
    input: {
      ...body,
      evidence: evidence.evidence,
      members: body.members.map((m, i) => ({ employeeId: people.get(nips[i]!)!.id, role: m.role })),
    },
    evidence,
  };
}

/** What the audit log keeps of a body: the evidence by reference, never a file's bytes. */
const audited = (body: InnovationBody, evidence: PreparedEvidence) => ({
  ...body,
  evidence: { ...evidence.evidence, fileName: evidence.file?.fileName ?? null },
});

/** Registers an innovation of a unit (BKPSDM, or the OPD head for their own units). */
export async function createInnovation(
  ctx: AppContext,
  principal: Principal,
  body: InnovationBody,
  meta: CallMeta,
) {
  authorize(principal, 'evaluation.write', unitResource(principal.instansiId, body.unitId));
  const { input, evidence } = await toInput(ctx, principal, body);
  const id = await ctx.db.transaction().execute(async (trx) => {
    await keepPreparedFile(trx, principal.instansiId, evidence);
    const newId = await insertInnovation(trx, principal.instansiId, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.innovation.create',
      entityType: 'innovation',
      entityId: newId,
      after: audited(body, evidence),
    });
    return newId;
  });
  return getInnovationEntry(ctx, principal, id);
}

/** Replaces an innovation and its team; `version` guards against lost updates. */
export async function updateInnovationEntry(
  ctx: AppContext,
  principal: Principal,
  id: number,
  body: InnovationBody & { readonly version: number },
  meta: CallMeta,
) {
  const before = await loadInnovationFor(ctx, principal, id);
  authorize(principal, 'evaluation.write', unitResource(principal.instansiId, before.unitId));
  authorize(principal, 'evaluation.write', unitResource(principal.instansiId, body.unitId));
  const { input, evidence } = await toInput(ctx, principal, body);
  await ctx.db.transaction().execute(async (trx) => {
    await keepPreparedFile(trx, principal.instansiId, evidence);
    await updateInnovation(trx, principal.instansiId, id, body.version, input);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.innovation.update',
      entityType: 'innovation',
      entityId: id,
      before,
      after: audited(body, evidence),
    });
  });
  return getInnovationEntry(ctx, principal, id);
}

/** Removes an innovation from the register (closed periods keep the results it earned). */
export async function deleteInnovationEntry(
  ctx: AppContext,
  principal: Principal,
  id: number,
  version: number,
  meta: CallMeta,
): Promise<void> {
  const before = await loadInnovationFor(ctx, principal, id);
  authorize(principal, 'evaluation.write', unitResource(principal.instansiId, before.unitId));
  if (before.version !== version) {
    throw new DomainError(
      'VERSION_CONFLICT',
      {
        id: `Inovasi telah diubah (versi ${before.version}, bukan ${version}); muat ulang lalu ulangi`,
        en: `The innovation was changed (version ${before.version}, not ${version}); reload and retry`,
      },
      { field: 'version', value: version, rule: 'OPTIMISTIC_LOCK' },
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await getInnovation(trx, principal.instansiId, id)))
      throw notFound({ id: 'Inovasi', en: 'Innovation' }, 'id', id);
    await deleteInnovation(trx, principal.instansiId, id);
    await appendAudit(trx, {
      instansiId: principal.instansiId,
      actorUserId: actorId(principal),
      actorIp: meta.ip,
      action: 'evaluation.innovation.delete',
      entityType: 'innovation',
      entityId: id,
      before,
    });
  });
}
