import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Evidence, EvidenceKind } from '../../core/appraisal/records.js';
import {
  attachmentReference,
  attachmentSha256,
  checkEvidenceFile,
  checkEvidenceReference,
  evidenceMediaType,
} from '../../core/appraisal/register-evidence.js';
import { fieldError } from '../../core/errors.js';
import type { Principal } from '../../core/policies/roles.js';
import {
  type EvidenceFileInfo,
  evidenceFileInfo,
  keepEvidenceFile,
  type NewEvidenceFile,
} from '../../store/repositories/evidence-files.js';
import type { Database } from '../../store/schema.js';
import type { AppContext } from '../app-context.js';
import { actorId } from './evaluation-access.js';

/** Evidence as a caller sends it (see `registerEvidenceInput` in the contract). */
export interface EvidenceInput {
  readonly kind: EvidenceKind;
  readonly reference?: string | undefined;
  readonly file?: { readonly fileName: string; readonly contentBase64: string } | undefined;
}

/** Evidence ready to store: the reference, and the file to keep with it (an upload). */
export interface PreparedEvidence {
  readonly evidence: Evidence;
  readonly file: Omit<NewEvidenceFile, 'instansiId'> | null;
}

/**
 * Checks evidence with the core's rules and turns an upload into a kept file referred to by its
 * SHA-256. `field` is where the evidence sits in the request (`evidence`), so errors name
 * `evidence.reference` or `evidence.file.contentBase64`. A reference to a kept file must name one
 * of the caller's instansi.
 */
export async function prepareEvidence(
  ctx: AppContext,
  principal: Principal,
  input: EvidenceInput,
  field = 'evidence',
): Promise<PreparedEvidence> {
  if (input.kind === 'ATTACHMENT' && input.file) {
    const bytes = new Uint8Array(Buffer.from(input.file.contentBase64, 'base64'));
    const bad = checkEvidenceFile(bytes, `${field}.file.contentBase64`);
    if (bad) throw fieldError(bad);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    return {
      evidence: { kind: 'ATTACHMENT', reference: attachmentReference(sha256) },
      file: {
        sha256,
        fileName: input.file.fileName.trim().replace(/[\\/]/g, '_').slice(0, 200),
        mediaType: evidenceMediaType(bytes)!,
        bytes: bytes.length,
        contentBase64: Buffer.from(bytes).toString('base64'),
        uploadedByUserId: actorId(principal),
      },
    };
  }
  const reference = (input.reference ?? '').trim();
  const bad = checkEvidenceReference(input.kind, reference, `${field}.reference`);
  if (bad) throw fieldError(bad);
  const sha = attachmentSha256(reference);
  if (sha !== null && !(await evidenceFileInfo(ctx.db, principal.instansiId, [sha])).has(sha)) {
    throw fieldError({
      field: `${field}.reference`,
      value: reference,
      code: 'VALIDATION_FAILED',
      rule: 'EVIDENCE_ATTACHMENT',
      message: {
        id: 'Lampiran bukti dukung tidak ditemukan; unggah berkasnya',
        en: 'The evidence attachment was not found; upload the file',
      },
    });
  }
  return { evidence: { kind: input.kind, reference }, file: null };
}

/** Keeps an uploaded file in the entry's transaction (once per instansi and SHA-256). */
export async function keepPreparedFile(
  trx: Transaction<Database>,
  instansiId: number,
  prepared: PreparedEvidence,
): Promise<void> {
  if (prepared.file) await keepEvidenceFile(trx, { ...prepared.file, instansiId });
}

/** Evidence as responses show it: the kept file's name, type and size next to the reference. */
export interface EvidenceView extends Evidence {
  readonly file: Omit<EvidenceFileInfo, 'sha256'> | null;
}

/** A lookup from evidence to its view, loading the kept files' facts in one query. */
export async function evidenceViews(
  ctx: AppContext,
  instansiId: number,
  evidence: readonly Evidence[],
): Promise<(e: Evidence) => EvidenceView> {
  const shas = evidence.map((e) => attachmentSha256(e.reference)).filter((s): s is string => s !== null);
  const files = await evidenceFileInfo(ctx.db, instansiId, shas);
  return (e) => {
    const sha = attachmentSha256(e.reference);
    const info = sha ? files.get(sha) : undefined;
    return {
      kind: e.kind,
      reference: e.reference,
      file: info ? { fileName: info.fileName, mediaType: info.mediaType, bytes: info.bytes } : null,
    };
  };
}
