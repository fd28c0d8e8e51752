import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import { ROLES, type Role } from '../policies/roles.js';
import type { ProposalFacts } from './decide-transition.js';
import { PROPOSAL_STATES, type ProposalState, TRANSITION_RULES } from './proposal-states.js';
import { FORWARD_STEPS, STEP_DESK, waitingSteps } from './waiting-steps.js';

const d = (s: string) => s as LocalDate;
const AUTHOR = 1;
const actor = (role: Role, userId = 10 + ROLES.indexOf(role)) => ({ userId, role });
const facts = (state: ProposalState, over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  state,
  authorUserId: AUTHOR,
  tmt: d('2026-12-01'),
  announcedOn: null,
  blocked: [],
  boardDecisionComplete: true,
  electionUncoveredNips: [],
  pendingObjections: 0,
  decreeSignedOn: null,
  decreeFindings: [],
  ...over,
});
const ASOF = d('2026-11-01');

/** Who a proposal in each state waits on, as the process describes it (DOMAIN.md 1.3). */
const EXPECTED: Partial<Record<ProposalState, [Role, string]>> = {
  DRAFT: ['BKPSDM_OPERATOR', 'submit'],
  RETURNED: ['BKPSDM_OPERATOR', 'submit'],
  SUBMITTED: ['BKPSDM_HEAD', 'verify'],
  VERIFIED: ['REVIEW_BOARD', 'review'],
  REVIEWED: ['PPK', 'approve'],
  APPROVED: ['BKPSDM_OPERATOR', 'issueSk'],
  SK_ISSUED: ['PPK', 'signSk'],
  EFFECTIVE: ['BKPSDM_OPERATOR', 'close'],
};

describe('waitingSteps: whose desk a proposal sits on', () => {
  it('every desk is a role the transition table lets take the step', () => {
    for (const step of FORWARD_STEPS) expect(TRANSITION_RULES[step].roles).toContain(STEP_DESK[step]);
  });

  it('puts each state on exactly one desk, and final states on none', () => {
    for (const state of PROPOSAL_STATES) {
      const waiting = ROLES.map((role) => [role, waitingSteps(facts(state), actor(role), ASOF, 14)] as const)
        .filter(([, steps]) => steps.length > 0)
        .map(([role, steps]) => [role, steps.join(',')]);
      const expected = EXPECTED[state];
      expect(waiting, state).toEqual(expected ? [expected] : []);
    }
  });

  it('does not count withdraw, return, reject or cancel as waiting work', () => {
    // The operator may withdraw a submitted proposal and the head may cancel an approved one.
    expect(waitingSteps(facts('SUBMITTED'), actor('BKPSDM_OPERATOR'), ASOF, 14)).toEqual([]);
    expect(waitingSteps(facts('APPROVED'), actor('BKPSDM_HEAD'), ASOF, 14)).toEqual([]);
  });

  it('does not put a proposal on its author’s desk for a step barred to the author', () => {
    expect(waitingSteps(facts('SUBMITTED'), actor('BKPSDM_HEAD', AUTHOR), ASOF, 14)).toEqual([]);
  });

  it('keeps a proposal with blocked moves or missing board decisions on the desk that must resolve them', () => {
    const blocked = [
      { nip: '198609262015051001', rules: [{ code: 'R-HUKDIS', message: { id: 'x', en: 'x' } }] },
    ];
    expect(waitingSteps(facts('SUBMITTED', { blocked }), actor('BKPSDM_HEAD'), ASOF, 14)).toEqual(['verify']);
    expect(
      waitingSteps(facts('VERIFIED', { boardDecisionComplete: false }), actor('REVIEW_BOARD'), ASOF, 14),
    ).toEqual(['review']);
    expect(
      waitingSteps(facts('APPROVED', { electionUncoveredNips: ['1'] }), actor('BKPSDM_OPERATOR'), ASOF, 14),
    ).toEqual(['issueSk']);
  });

  it('puts an issued SK on the PPK’s desk to sign, then on the operator’s to announce', () => {
    const signed = facts('SK_ISSUED', { decreeSignedOn: d('2026-11-02') });
    expect(waitingSteps(signed, actor('PPK'), ASOF, 14)).toEqual([]);
    expect(waitingSteps(signed, actor('BKPSDM_OPERATOR'), ASOF, 14)).toEqual(['announce']);
    expect(waitingSteps(facts('SK_ISSUED'), actor('BKPSDM_OPERATOR'), ASOF, 14)).toEqual([]);
  });

  it('waits to take effect until the objection window has closed, no objection is open and the TMT is reached', () => {
    const announced = (over: Partial<ProposalFacts> = {}) =>
      facts('ANNOUNCED', { announcedOn: d('2026-11-10'), tmt: d('2026-12-01'), ...over });
    const op = actor('BKPSDM_OPERATOR');
    // Window: 14 days after 10 November, open through 24 November.
    expect(waitingSteps(announced(), op, d('2026-11-24'), 14)).toEqual([]);
    expect(waitingSteps(announced(), op, d('2026-11-25'), 14)).toEqual([]); // before the TMT
    expect(waitingSteps(announced(), op, d('2026-12-01'), 14)).toEqual(['takeEffect']);
    expect(waitingSteps(announced({ pendingObjections: 1 }), op, d('2026-12-01'), 14)).toEqual([]);
    expect(waitingSteps(announced({ tmt: d('2026-11-20') }), op, d('2026-11-25'), 14)).toEqual([
      'takeEffect',
    ]);
  });
});
