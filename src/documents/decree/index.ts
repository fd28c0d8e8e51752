/**
 * The decree documents of the mutation workflow (issue 7): SK, petikan and berita acara as PDFs.
 * Services build the inputs from their records, render, store the bytes and put `sha256(pdf)` in the
 * audit entry.
 */

export { sha256 } from '../pdf/sha256.js';
export {
  buildDecreeText,
  DECREE_SUBJECTS,
  type DecreeKind,
  type DecreeText,
  type DecreeTextOptions,
  decreeTitle,
  SIBOLGA_ISSUER,
  SIBOLGA_LETTERHEAD,
} from './build-decree-text.js';
export type {
  BoardCandidate,
  BoardDecision,
  BoardMember,
  BoardMinutesDocument,
  BoardRole,
  ConflictDeclaration,
  DecreeDocument,
  DecreeRow,
  Letterhead,
  MendagriApprovalRef,
  PaperSize,
  PetikanDocument,
  Signatory,
} from './decree-document.js';
export { DEFAULT_PAPER } from './decree-document.js';
export { formatLongDate } from './indonesian-date.js';
export { PETIKAN_FIRST_DECISION, petikanOf } from './petikan-of.js';
export { renderBoardMinutesPdf } from './render-board-minutes-pdf.js';
export { renderDecreePdf } from './render-decree-pdf.js';
export { renderPetikanPdf } from './render-petikan-pdf.js';
