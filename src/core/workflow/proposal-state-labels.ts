import type { ProposalState } from './proposal-states.js';

/**
 * The states as BKPSDM names them, for messages the server writes (a refusal names the state the
 * proposal is in, never `APPROVED`). The web's dictionaries carry the same words for its tags.
 */
export const PROPOSAL_STATE_LABELS: Readonly<Record<ProposalState, { id: string; en: string }>> = {
  DRAFT: { id: 'Draf', en: 'Draft' },
  SUBMITTED: { id: 'Diajukan', en: 'Submitted' },
  VERIFIED: { id: 'Terverifikasi', en: 'Verified' },
  REVIEWED: { id: 'Dinilai TPK', en: 'Reviewed by the board' },
  APPROVED: { id: 'Disetujui PPK', en: 'Approved by the PPK' },
  REJECTED: { id: 'Ditolak PPK', en: 'Rejected by the PPK' },
  SK_ISSUED: { id: 'SK terbit', en: 'SK issued' },
  ANNOUNCED: { id: 'Diumumkan', en: 'Announced' },
  EFFECTIVE: { id: 'Berlaku', en: 'Effective' },
  CLOSED: { id: 'Selesai', en: 'Closed' },
  RETURNED: { id: 'Dikembalikan', en: 'Returned' },
  WITHDRAWN: { id: 'Ditarik', en: 'Withdrawn' },
  CANCELLED: { id: 'Dibatalkan', en: 'Cancelled' },
};
