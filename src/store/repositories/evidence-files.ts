import type { Kysely, Transaction } from 'kysely';
import type { EvidenceMediaType } from '../../core/appraisal/register-evidence.js';
import type { Database } from '../schema.js';

/** A kept evidence file without its bytes: what a list shows next to an entry. */
export interface EvidenceFileInfo {
  readonly sha256: string;
  readonly fileName: string;
  readonly mediaType: EvidenceMediaType;
  readonly bytes: number;
}

export interface NewEvidenceFile extends EvidenceFileInfo {
  readonly instansiId: number;
  readonly contentBase64: string;
  readonly uploadedByUserId: number | null;
}

/**
 * Keeps a file once per instansi and SHA-256: the first upload's name stays, a later upload of the
 * same bytes only refers to it. Returns whether the file was new.
 */
export async function keepEvidenceFile(trx: Transaction<Database>, file: NewEvidenceFile): Promise<boolean> {
  const existing = await trx
    .selectFrom('evidence_files')
    .select('id')
    .where('instansi_id', '=', file.instansiId)
    .where('sha256', '=', file.sha256)
    .executeTakeFirst();
  if (existing) return false;
  await trx
    .insertInto('evidence_files')
    .values({
      instansi_id: file.instansiId,
      sha256: file.sha256,
      file_name: file.fileName,
      media_type: file.mediaType,
      bytes: file.bytes,
      content_base64: file.contentBase64,
      uploaded_by_user_id: file.uploadedByUserId,
    })
    .execute();
  return true;
}

/** Name, type and size of kept files by SHA-256 (one query, whatever the number). */
export async function evidenceFileInfo(
  db: Kysely<Database>,
  instansiId: number,
  sha256s: readonly string[],
): Promise<Map<string, EvidenceFileInfo>> {
  const wanted = [...new Set(sha256s)];
  if (wanted.length === 0) return new Map();
  const rows = await db
    .selectFrom('evidence_files')
    .select(['sha256', 'file_name', 'media_type', 'bytes'])
    .where('instansi_id', '=', instansiId)
    .where('sha256', 'in', wanted)
    .execute();
  return new Map(
    rows.map((r) => [
      r.sha256,
      {
        sha256: r.sha256,
        fileName: r.file_name,
        mediaType: r.media_type as EvidenceMediaType,
        bytes: Number(r.bytes),
      },
    ]),
  );
}

/** A kept file with its bytes (base64), for download; null when the instansi has none such. */
export async function getEvidenceFile(
  db: Kysely<Database>,
  instansiId: number,
  sha256: string,
): Promise<(EvidenceFileInfo & { readonly contentBase64: string }) | null> {
  const r = await db
    .selectFrom('evidence_files')
    .select(['sha256', 'file_name', 'media_type', 'bytes', 'content_base64'])
    .where('instansi_id', '=', instansiId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return r
    ? {
        sha256: r.sha256,
        fileName: r.file_name,
        mediaType: r.media_type as EvidenceMediaType,
        bytes: Number(r.bytes),
        contentBase64: r.content_base64,
      }
    : null;
}

/**
 * Points entries at evidence without a new version: for the demo seed, which attaches its sample
 * files to entries it has just written in the same transaction.
 */
export async function setSeededEvidence(
  trx: Transaction<Database>,
  instansiId: number,
  target: { readonly innovationIds: readonly number[] } | { readonly programId: number },
  evidence: { readonly kind: string; readonly reference: string },
): Promise<void> {
  const values = { evidence_kind: evidence.kind, evidence_ref: evidence.reference };
  if ('programId' in target) {
    await trx
      .updateTable('program_participations')
      .set(values)
      .where('instansi_id', '=', instansiId)
      .where('program_id', '=', target.programId)
      .execute();
    return;
  }
  if (target.innovationIds.length === 0) return;
  await trx
    .updateTable('innovations')
    .set(values)
    .where('instansi_id', '=', instansiId)
    .where('id', 'in', [...target.innovationIds])
    .execute();
}
