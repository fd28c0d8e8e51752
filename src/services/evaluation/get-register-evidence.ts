import type { Evidence } from '../../core/appraisal/records.js';
import { attachmentSha256 } from '../../core/appraisal/register-evidence.js';
import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { employeesById } from '../../store/repositories/evaluation-people.js';
import { getParticipation } from '../../store/repositories/evaluation-programs.js';
import { getEvidenceFile } from '../../store/repositories/evidence-files.js';
import type { AppContext } from '../app-context.js';
import { employeeResource, instansiResource, notFound } from './evaluation-access.js';
import { loadInnovationFor } from './list-innovations.js';

export interface EvidenceDownload {
  readonly fileName: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

async function fileOf(ctx: AppContext, instansiId: number, evidence: Evidence): Promise<EvidenceDownload> {
  const sha = attachmentSha256(evidence.reference);
  const file = sha ? await getEvidenceFile(ctx.db, instansiId, sha) : null;
  if (!file) {
    throw new DomainError(
      'NOT_FOUND',
      { id: 'Bukti dukung ini bukan berkas yang diunggah', en: 'This evidence is not an uploaded file' },
      { field: 'evidence', value: evidence.reference, rule: 'EVIDENCE_NOT_A_FILE' },
    );
  }
  return {
    fileName: file.fileName,
    mediaType: file.mediaType,
    bytes: Buffer.from(file.contentBase64, 'base64'),
  };
}

/** The uploaded evidence of an innovation, for whoever may read the innovation. */
export async function innovationEvidence(ctx: AppContext, principal: Principal, id: number) {
  const innovation = await loadInnovationFor(ctx, principal, id);
  return fileOf(ctx, principal.instansiId, innovation.evidence);
}

/** The uploaded evidence of one programme part, for whoever may read that person's evaluation. */
export async function participationEvidence(
  ctx: AppContext,
  principal: Principal,
  programId: number,
  participationId: number,
) {
  const part = await getParticipation(ctx.db, principal.instansiId, programId, participationId);
  if (!part) {
    authorize(principal, 'evaluation.read', instansiResource(principal));
    throw notFound({ id: 'Keikutsertaan', en: 'Participation' }, 'participationId', participationId);
  }
  const person = (await employeesById(ctx.db, principal.instansiId, [part.employeeId])).get(part.employeeId);
  authorize(
    principal,
    'evaluation.read',
    employeeResource(principal.instansiId, { id: part.employeeId, unitId: person?.unitId ?? null }),
  );
  return fileOf(ctx, principal.instansiId, part.evidence);
}
