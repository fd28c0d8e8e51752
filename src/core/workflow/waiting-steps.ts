import type { LocalDate } from '../model/local-date.js';
import type { Role } from '../policies/roles.js';
import {
  decideTransition,
  type ProposalFacts,
  type TransitionRefusalCode,
  type TransitionRequest,
} from './decide-transition.js';
import { TRANSITION_RULES, type Transition } from './proposal-states.js';

/**
 * The steps that carry a proposal along its path, each with the desk it waits on (Kota Sibolga's
 * process, DOMAIN.md 1.3): the BKPSDM operator drafts, submits and executes, the head of BKPSDM
 * verifies, the review board reviews, the PPK approves and signs the SK. The other transitions (withdraw, return,
 * reject, cancel) are ways out that the same desks may take; they never make a proposal wait on
 * anyone. The head of BKPSDM may also take the operator's steps, but they wait on the operator.
 */
export const FORWARD_STEPS = [
  'submit',
  'verify',
  'review',
  'approve',
  'issueSk',
  'signSk',
  'announce',
  'takeEffect',
  'close',
] as const satisfies readonly Transition[];
export type ForwardStep = (typeof FORWARD_STEPS)[number];

export const STEP_DESK: Readonly<Record<ForwardStep, Role>> = {
  submit: 'BKPSDM_OPERATOR',
  verify: 'BKPSDM_HEAD',
  review: 'REVIEW_BOARD',
  approve: 'PPK',
  issueSk: 'BKPSDM_OPERATOR',
  // The PPK signs the SK he decided; BKPSDM may record it on his behalf, but it waits on him.
  signSk: 'PPK',
  announce: 'BKPSDM_OPERATOR',
  takeEffect: 'BKPSDM_OPERATOR',
  close: 'BKPSDM_OPERATOR',
};

/**
 * Refusals meaning the step waits on the calendar or on someone else (the objection window, the
 * TMT, objections the head of BKPSDM or the PPK must decide, the PPK's signature on the SK), so it
 * is not yet the desk's work.
 * Other refusals (a blocked move, a missing board decision, an election-window approval) are work
 * the desk must resolve, so the proposal still waits on it.
 */
const NOT_YET: readonly TransitionRefusalCode[] = [
  'WORKFLOW_WRONG_STATE',
  'WORKFLOW_WRONG_ROLE',
  'WORKFLOW_OWN_PROPOSAL',
  'WORKFLOW_OBJECTION_WINDOW_OPEN',
  'WORKFLOW_OBJECTIONS_PENDING',
  'WORKFLOW_BEFORE_TMT',
  'WORKFLOW_SK_NOT_SIGNED',
];

/**
 * The forward steps of a proposal that wait on the actor now: their role is the step's desk, the
 * transition table lets them take it from this state (not on their own proposal where that is
 * barred), and nothing but their own action stands in the way. This is each role's inbox and the
 * dashboard's pending work.
 * @example waitingSteps({ ...facts, state: 'SUBMITTED' }, { userId: 2, role: 'BKPSDM_HEAD' }, '2026-12-08', 14) // ['verify']
 */
export function waitingSteps(
  facts: ProposalFacts,
  actor: TransitionRequest['actor'],
  asOf: LocalDate,
  objectionWindowDays: number,
): ForwardStep[] {
  return FORWARD_STEPS.filter((step) => {
    if (STEP_DESK[step] !== actor.role || !TRANSITION_RULES[step].from.includes(facts.state)) return false;
    const d = decideTransition(facts, { transition: step, actor, reason: null, asOf, objectionWindowDays });
    return d.ok || !NOT_YET.includes(d.refusal.code);
  });
}
