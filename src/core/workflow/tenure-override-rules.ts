import type { TenureOverrideGround } from '../eligibility/tenure-override.js';
import type { FieldIssue } from '../errors.js';
import type { MoveType } from './move-types.js';
import type { ProposalState } from './proposal-states.js';

/**
 * What an exception to the 2-year minimum needs before it is recorded (DOMAIN.md 15.6): a ground that
 * fits the move, a written reason of bounded length, and the document (a PDF) that proves the ground.
 */

/** A written reason: long enough to say something, short enough for the SK file and the audit log. */
export const TENURE_OVERRIDE_REASON = { min: 10, max: 1000 } as const;

/** The largest document accepted (2 MiB): a scanned letter or decree, not an archive. */
export const TENURE_OVERRIDE_DOCUMENT_MAX_BYTES = 2 * 1024 * 1024;

/**
 * Overrides are recorded until the head of BKPSDM verifies, so the board decides on exactly what was
 * verified; a later change means returning the proposal.
 */
export const TENURE_OVERRIDE_STATES: readonly ProposalState[] = ['DRAFT', 'SUBMITTED', 'RETURNED'];

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"

const issue = (field: string, value: unknown, rule: string, id: string, en: string): FieldIssue => ({
  field,
  value,
  code: 'VALIDATION_FAILED',
  rule,
  message: { id, en },
});

const DOCUMENT_FIELD = 'document.contentBase64';

/**
 * Checks a document's size alone (the API checks it from the base64 length before decoding).
 * @example checkOverrideDocumentSize(3 * 1024 * 1024)?.rule // 'DOCUMENT_MAX_BYTES'
 */
export function checkOverrideDocumentSize(byteLength: number): FieldIssue | null {
  if (byteLength === 0) {
    return issue(
      DOCUMENT_FIELD,
      0,
      'DOCUMENT_REQUIRED',
      'Dokumen pendukung wajib dilampirkan',
      'A document is required',
    );
  }
  if (byteLength > TENURE_OVERRIDE_DOCUMENT_MAX_BYTES) {
    const mib = TENURE_OVERRIDE_DOCUMENT_MAX_BYTES / (1024 * 1024);
    return issue(
      DOCUMENT_FIELD,
      byteLength,
      'DOCUMENT_MAX_BYTES',
      `Dokumen ${byteLength} bita; paling besar ${mib} MiB`,
      `The document is ${byteLength} bytes; at most ${mib} MiB`,
    );
  }
  return null;
}

/**
 * Checks the attached document's bytes: present, at most the size limit, and a PDF (by its header).
 * @example checkOverrideDocument(new TextEncoder().encode('hello'))?.rule // 'DOCUMENT_PDF'
 */
export function checkOverrideDocument(bytes: Uint8Array): FieldIssue | null {
  const field = DOCUMENT_FIELD;
  const size = checkOverrideDocumentSize(bytes.length);
  if (size) return size;
  if (!PDF_MAGIC.every((b, i) => bytes[i] === b)) {
    return issue(field, null, 'DOCUMENT_PDF', 'Dokumen harus berkas PDF', 'The document must be a PDF file');
  }
  return null;
}

/**
 * A ground that names a kind of move must match the move: promotion only for a move up, own request
 * only for a move the PNS asked for (atas permintaan sendiri). The other grounds fit any move.
 * @example checkOverrideFitsMove('PROMOTION', { isPromotion: false, moveType: 'ANTAR_OPD' })?.rule // 'GROUND_FITS_MOVE'
 */
export function checkOverrideFitsMove(
  ground: TenureOverrideGround,
  move: { readonly isPromotion: boolean; readonly moveType: MoveType },
): FieldIssue | null {
  if (ground === 'PROMOTION' && !move.isPromotion) {
    return issue(
      'ground',
      ground,
      'GROUND_FITS_MOVE',
      'Dasar promosi hanya untuk mutasi ke jenjang yang lebih tinggi',
      'Promotion is a ground only for a move to a higher level',
    );
  }
  if (ground === 'OWN_REQUEST' && move.moveType !== 'ATAS_PERMINTAAN_SENDIRI') {
    return issue(
      'ground',
      ground,
      'GROUND_FITS_MOVE',
      'Dasar permintaan sendiri hanya untuk mutasi atas permintaan sendiri',
      'Own request is a ground only for a move the PNS asked for',
    );
  }
  return null;
}

/**
 * Why an override cannot be recorded or removed in this state, or null when it can.
 * @example overrideStageRefusal('VERIFIED')?.rule // 'OVERRIDE_BEFORE_VERIFICATION'
 */
export function overrideStageRefusal(state: ProposalState): FieldIssue | null {
  if (TENURE_OVERRIDE_STATES.includes(state)) return null;
  return {
    field: 'state',
    value: state,
    code: 'WORKFLOW_WRONG_STATE',
    rule: 'OVERRIDE_BEFORE_VERIFICATION',
    message: {
      id: `Pengecualian masa jabatan dicatat sebelum verifikasi (status ${state}); kembalikan usulan untuk mengubahnya`,
      en: `A tenure exception is recorded before verification (state ${state}); return the proposal to change it`,
    },
  };
}
