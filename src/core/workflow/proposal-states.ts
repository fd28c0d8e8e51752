import type { Role } from '../policies/roles.js';

/**
 * The life of a mutation proposal (usulan mutasi), Kota Sibolga's process (DOMAIN.md 1.3, 10):
 * BKPSDM drafts and submits, the head of BKPSDM verifies (eligibility re-checked), the review board
 * (TPK/Baperjakat) reviews, the PPK (Wali Kota) approves or rejects, the SK is issued (after its
 * pre-issue check), signed (recorded by the PPK or on his behalf) and announced,
 * objections may be raised for a configured number of days, and the moves take effect on the TMT.
 */
export const PROPOSAL_STATES = [
  'DRAFT',
  'SUBMITTED',
  'VERIFIED',
  'REVIEWED',
  'APPROVED',
  'REJECTED',
  'SK_ISSUED',
  'ANNOUNCED',
  'EFFECTIVE',
  'CLOSED',
  'RETURNED',
  'WITHDRAWN',
  'CANCELLED',
] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

/** States from which nothing happens any more. */
export const FINAL_STATES: readonly ProposalState[] = ['REJECTED', 'CLOSED', 'WITHDRAWN', 'CANCELLED'];

export const TRANSITIONS = [
  'submit',
  'withdraw',
  'return',
  'verify',
  'review',
  'approve',
  'reject',
  'issueSk',
  'signSk',
  'announce',
  'takeEffect',
  'close',
  'cancel',
] as const;
export type Transition = (typeof TRANSITIONS)[number];

export interface TransitionRule {
  readonly from: readonly ProposalState[];
  readonly to: ProposalState;
  /** Who may take it. */
  readonly roles: readonly Role[];
  /** A written reason is part of the record (returns, rejections, cancellations). */
  readonly reasonRequired: boolean;
  /** The actor must not be the proposal's author (nobody approves their own proposal). */
  readonly notByAuthor: boolean;
}

/**
 * The transition table. Returns go back one desk: the head of BKPSDM returns a submitted proposal,
 * the board a verified one, the PPK a reviewed one; the desk is checked in the guard.
 */
export const TRANSITION_RULES: Readonly<Record<Transition, TransitionRule>> = {
  submit: {
    from: ['DRAFT', 'RETURNED'],
    to: 'SUBMITTED',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  withdraw: {
    from: ['DRAFT', 'SUBMITTED', 'RETURNED'],
    to: 'WITHDRAWN',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: true,
    notByAuthor: false,
  },
  return: {
    from: ['SUBMITTED', 'VERIFIED', 'REVIEWED'],
    to: 'RETURNED',
    roles: ['BKPSDM_HEAD', 'REVIEW_BOARD', 'PPK'],
    reasonRequired: true,
    notByAuthor: true,
  },
  verify: {
    from: ['SUBMITTED'],
    to: 'VERIFIED',
    roles: ['BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: true,
  },
  review: {
    from: ['VERIFIED'],
    to: 'REVIEWED',
    roles: ['REVIEW_BOARD'],
    reasonRequired: false,
    notByAuthor: true,
  },
  approve: { from: ['REVIEWED'], to: 'APPROVED', roles: ['PPK'], reasonRequired: false, notByAuthor: true },
  reject: { from: ['REVIEWED'], to: 'REJECTED', roles: ['PPK'], reasonRequired: true, notByAuthor: true },
  issueSk: {
    from: ['APPROVED'],
    to: 'SK_ISSUED',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  // Records the signature on the issued SK; the state stays SK_ISSUED and the guard refuses a second
  // record. The PPK records it himself, or BKPSDM on his behalf.
  signSk: {
    from: ['SK_ISSUED'],
    to: 'SK_ISSUED',
    roles: ['PPK', 'BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  announce: {
    from: ['SK_ISSUED'],
    to: 'ANNOUNCED',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  takeEffect: {
    from: ['ANNOUNCED'],
    to: 'EFFECTIVE',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  close: {
    from: ['EFFECTIVE'],
    to: 'CLOSED',
    roles: ['BKPSDM_OPERATOR', 'BKPSDM_HEAD'],
    reasonRequired: false,
    notByAuthor: false,
  },
  cancel: {
    from: ['APPROVED', 'SK_ISSUED', 'ANNOUNCED'],
    to: 'CANCELLED',
    roles: ['BKPSDM_HEAD', 'PPK'],
    reasonRequired: true,
    notByAuthor: false,
  },
};

/** Which role returns a proposal from which state: only the desk that holds it. */
export const RETURN_DESK: Readonly<Partial<Record<ProposalState, Role>>> = {
  SUBMITTED: 'BKPSDM_HEAD',
  VERIFIED: 'REVIEW_BOARD',
  REVIEWED: 'PPK',
};
