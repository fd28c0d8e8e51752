import type { FieldIssue } from '../errors.js';
import type { EvidenceKind } from './records.js';

/**
 * What counts as evidence (*bukti dukung*, DOMAIN.md 5.5) of an innovation or of a part in a
 * government programme: a document's number (an SK, a piagam), a link to where it is published
 * (the innovation database, a news page), or a file kept by Penata: a PDF or a photo of at most
 * {@link EVIDENCE_FILE_MAX_BYTES}. A kept file is referred to as `att:` and its SHA-256, so the same
 * file uploaded for forty participants is stored once.
 */

/** The largest file accepted (2 MiB): a scanned letter, a certificate or a photo, not an archive. */
export const EVIDENCE_FILE_MAX_BYTES = 2 * 1024 * 1024;

export const EVIDENCE_MEDIA_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export type EvidenceMediaType = (typeof EVIDENCE_MEDIA_TYPES)[number];

/** Bounds of a document reference and of a link, in characters. */
export const EVIDENCE_REFERENCE = { min: 3, max: 200 } as const;
export const EVIDENCE_LINK_MAX = 500;

const ATTACHMENT = /^att:[0-9a-f]{64}$/;

const MAGIC: readonly (readonly [EvidenceMediaType, readonly number[]])[] = [
  ['application/pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // "%PDF-"
  ['image/png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['image/jpeg', [0xff, 0xd8, 0xff]],
];

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

/**
 * The media type a file's first bytes announce, or null when it is none of the accepted ones (the
 * file name's extension is not trusted).
 * @example evidenceMediaType(new TextEncoder().encode('%PDF-1.7')) // 'application/pdf'
 */
export function evidenceMediaType(bytes: Uint8Array): EvidenceMediaType | null {
  for (const [type, magic] of MAGIC) if (magic.every((b, i) => bytes[i] === b)) return type;
  return null;
}

/**
 * Checks a file's size alone: the API checks it from the base64 length before decoding anything.
 * @example checkEvidenceFileSize(3 * 1024 * 1024, 'evidence.file.contentBase64')?.rule // 'EVIDENCE_MAX_BYTES'
 */
export function checkEvidenceFileSize(byteLength: number, field: string): FieldIssue | null {
  if (byteLength === 0) {
    return issue(field, 0, 'EVIDENCE_FILE_EMPTY', 'Berkas bukti dukung kosong', 'The evidence file is empty');
  }
  if (byteLength > EVIDENCE_FILE_MAX_BYTES) {
    const mib = EVIDENCE_FILE_MAX_BYTES / (1024 * 1024);
    return issue(
      field,
      byteLength,
      'EVIDENCE_MAX_BYTES',
      `Berkas bukti dukung ${byteLength} bita; paling besar ${mib} MiB`,
      `The evidence file is ${byteLength} bytes; at most ${mib} MiB`,
    );
  }
  return null;
}

/**
 * Checks an uploaded file: not empty, within the size limit, and a PDF, PNG or JPEG by its bytes.
 * @example checkEvidenceFile(new TextEncoder().encode('hello'), 'evidence.file.contentBase64')?.rule
 *   // 'EVIDENCE_FILE_TYPE'
 */
export function checkEvidenceFile(bytes: Uint8Array, field: string): FieldIssue | null {
  const size = checkEvidenceFileSize(bytes.length, field);
  if (size) return size;
  if (evidenceMediaType(bytes) === null) {
    return issue(
      field,
      null,
      'EVIDENCE_FILE_TYPE',
      'Bukti dukung harus berkas PDF, PNG atau JPEG',
      'The evidence must be a PDF, PNG or JPEG file',
    );
  }
  return null;
}

/**
 * Checks a reference for its kind: a document number of 3-200 characters, an http(s) link of at
 * most 500 characters, or a kept file's `att:` reference. `field` names the reference in the request.
 * @example checkEvidenceReference('LINK', 'ftp://x', 'evidence.reference')?.rule // 'EVIDENCE_LINK'
 */
export function checkEvidenceReference(
  kind: EvidenceKind,
  reference: string,
  field: string,
): FieldIssue | null {
  const text = reference.trim();
  if (kind === 'ATTACHMENT') {
    return ATTACHMENT.test(text)
      ? null
      : issue(
          field,
          reference,
          'EVIDENCE_ATTACHMENT',
          'Lampiran bukti dukung tidak dikenal; unggah berkasnya',
          'Unknown evidence attachment; upload the file',
        );
  }
  if (kind === 'LINK') {
    let url: URL | null = null;
    try {
      url = new URL(text);
    } catch {
      url = null;
    }
    const ok = url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
    return ok && text.length <= EVIDENCE_LINK_MAX
      ? null
      : issue(
          field,
          reference,
          'EVIDENCE_LINK',
          `Tautan bukti dukung harus alamat http:// atau https:// (paling panjang ${EVIDENCE_LINK_MAX} karakter)`,
          `The evidence link must be an http:// or https:// address (at most ${EVIDENCE_LINK_MAX} characters)`,
        );
  }
  return text.length >= EVIDENCE_REFERENCE.min && text.length <= EVIDENCE_REFERENCE.max
    ? null
    : issue(
        field,
        reference,
        'EVIDENCE_REFERENCE_LENGTH',
        `Nomor/nama dokumen bukti dukung ${EVIDENCE_REFERENCE.min}-${EVIDENCE_REFERENCE.max} karakter`,
        `The evidence document reference needs ${EVIDENCE_REFERENCE.min}-${EVIDENCE_REFERENCE.max} characters`,
      );
}

/**
 * The reference of a kept file, from its SHA-256 (hex).
 * @example attachmentReference('ab'.repeat(32)) // 'att:abab...'
 */
export const attachmentReference = (sha256: string): string => `att:${sha256}`;

/** The SHA-256 of a kept file's reference, or null when the reference is not one. */
export function attachmentSha256(reference: string): string | null {
  return ATTACHMENT.test(reference) ? reference.slice(4) : null;
}
