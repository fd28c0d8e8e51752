import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LocalDate } from '../model/local-date.js';
import type { Role } from '../policies/roles.js';
import {
  availableTransitions,
  decideTransition,
  type ProposalFacts,
  type TransitionRequest,
  transitionOffers,
} from './decide-transition.js';
import type { DecreeFinding } from './decree-check.js';
import { FINAL_STATES, PROPOSAL_STATES, TRANSITIONS, type Transition } from './proposal-states.js';

const d = (s: string) => s as LocalDate;
const AUTHOR = 1;
const actors: Record<Role, { userId: number; role: Role }> = {
  BKPSDM_OPERATOR: { userId: AUTHOR, role: 'BKPSDM_OPERATOR' },
  BKPSDM_HEAD: { userId: 2, role: 'BKPSDM_HEAD' },
  REVIEW_BOARD: { userId: 3, role: 'REVIEW_BOARD' },
  PPK: { userId: 4, role: 'PPK' },
  OPD_HEAD: { userId: 5, role: 'OPD_HEAD' },
  EMPLOYEE: { userId: 6, role: 'EMPLOYEE' },
  AUDITOR: { userId: 7, role: 'AUDITOR' },
};

const facts = (over: Partial<ProposalFacts> = {}): ProposalFacts => ({
  state: 'DRAFT',
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

const HUKDIS_BLOCK = {
  nip: '198609262015051001',
  rules: [
    {
      code: 'R-HUKDIS',
      message: { id: 'Sedang menjalani hukuman disiplin', en: 'Serving a disciplinary penalty' },
    },
  ],
};

const SIGNATORY_MISSING: DecreeFinding = {
  code: 'DECREE_SIGNATORY_MISSING',
  field: 'skSignatory',
  message: { id: 'Penandatangan SK belum diatur', en: 'The SK signatory is not set' },
};

const req = (
  transition: Transition,
  role: Role,
  over: Partial<TransitionRequest> = {},
): TransitionRequest => ({
  transition,
  actor: actors[role],
  reason: null,
  asOf: d('2026-11-01'),
  objectionWindowDays: 14,
  ...over,
});

describe('decideTransition: eligibility on the TMT, re-checked at the SK and when the moves take effect', () => {
  it('refuses verification, the SK and taking effect while a move is blocked, naming the NIP, rule and message', () => {
    const cases: [Transition, Role, Partial<ProposalFacts>, Partial<TransitionRequest>][] = [
      ['verify', 'BKPSDM_HEAD', { state: 'SUBMITTED' }, {}],
      ['issueSk', 'BKPSDM_OPERATOR', { state: 'APPROVED' }, {}],
      [
        'takeEffect',
        'BKPSDM_OPERATOR',
        { state: 'ANNOUNCED', announcedOn: d('2026-11-10') },
        { asOf: d('2026-12-01') },
      ],
    ];
    for (const [t, role, f, r] of cases) {
      expect(decideTransition(facts({ ...f }), req(t, role, r)), t).toMatchObject({ ok: true });
      const refused = decideTransition(facts({ ...f, blocked: [HUKDIS_BLOCK] }), req(t, role, r));
      expect(refused.ok, t).toBe(false);
      if (refused.ok) continue;
      expect(refused.refusal.code).toBe('WORKFLOW_ELIGIBILITY_BLOCKED');
      expect(refused.refusal.blocked).toEqual([HUKDIS_BLOCK]);
      for (const text of [refused.refusal.message.id, refused.refusal.message.en]) {
        expect(text).toContain('198609262015051001');
        expect(text).toContain('R-HUKDIS');
        expect(text).toContain('2026-12-01');
      }
      expect(refused.refusal.message.id).toContain('Sedang menjalani hukuman disiplin');
      expect(refused.refusal.message.en).toContain('Serving a disciplinary penalty');
    }
  });

  it('checks eligibility at the SK before the election-period ban', () => {
    const r = decideTransition(
      facts({ state: 'APPROVED', blocked: [HUKDIS_BLOCK], electionUncoveredNips: ['198609262015051001'] }),
      req('issueSk', 'BKPSDM_OPERATOR'),
    );
    expect(r).toMatchObject({ ok: false, refusal: { code: 'WORKFLOW_ELIGIBILITY_BLOCKED' } });
  });

  it('still says the objection window is open before it says anything about eligibility', () => {
    const r = decideTransition(
      facts({ state: 'ANNOUNCED', announcedOn: d('2026-11-20'), blocked: [HUKDIS_BLOCK] }),
      req('takeEffect', 'BKPSDM_OPERATOR', { asOf: d('2026-12-04') }),
    );
    expect(r).toMatchObject({ ok: false, refusal: { code: 'WORKFLOW_OBJECTION_WINDOW_OPEN' } });
  });
});

describe('decideTransition', () => {
  it('walks the whole way from draft to closed', () => {
    const steps: [Transition, Role, Partial<ProposalFacts>, Partial<TransitionRequest>][] = [
      ['submit', 'BKPSDM_OPERATOR', {}, {}],
      ['verify', 'BKPSDM_HEAD', {}, {}],
      ['review', 'REVIEW_BOARD', {}, {}],
      ['approve', 'PPK', {}, {}],
      ['issueSk', 'BKPSDM_OPERATOR', {}, {}],
      ['signSk', 'PPK', {}, {}],
      ['announce', 'BKPSDM_OPERATOR', { decreeSignedOn: d('2026-11-01') }, {}],
      ['takeEffect', 'BKPSDM_OPERATOR', { announcedOn: d('2026-11-10') }, { asOf: d('2026-12-01') }],
      ['close', 'BKPSDM_HEAD', {}, {}],
    ];
    let state = facts().state;
    for (const [t, role, f, r] of steps) {
      const decision = decideTransition(facts({ state, ...f }), req(t, role, r));
      expect(decision, `${t} from ${state}`).toMatchObject({ ok: true });
      if (decision.ok) state = decision.to;
    }
    expect(state).toBe('CLOSED');
  });

  it.each([
    ['approve', 'PPK', { state: 'SUBMITTED' }, {}, 'WORKFLOW_WRONG_STATE'],
    ['approve', 'BKPSDM_HEAD', { state: 'REVIEWED' }, {}, 'WORKFLOW_WRONG_ROLE'],
    ['verify', 'AUDITOR', { state: 'SUBMITTED' }, {}, 'WORKFLOW_WRONG_ROLE'],
    ['approve', 'PPK', { state: 'REVIEWED', authorUserId: 4 }, {}, 'WORKFLOW_OWN_PROPOSAL'],
    ['verify', 'BKPSDM_HEAD', { state: 'SUBMITTED', authorUserId: 2 }, {}, 'WORKFLOW_OWN_PROPOSAL'],
    ['reject', 'PPK', { state: 'REVIEWED' }, { reason: '' }, 'WORKFLOW_REASON_REQUIRED'],
    ['return', 'REVIEW_BOARD', { state: 'SUBMITTED' }, { reason: 'berkas kurang' }, 'WORKFLOW_WRONG_ROLE'],
    [
      'verify',
      'BKPSDM_HEAD',
      { state: 'SUBMITTED', blocked: [HUKDIS_BLOCK] },
      {},
      'WORKFLOW_ELIGIBILITY_BLOCKED',
    ],
    [
      'review',
      'REVIEW_BOARD',
      { state: 'VERIFIED', boardDecisionComplete: false },
      {},
      'WORKFLOW_BOARD_DECISION_MISSING',
    ],
    [
      'issueSk',
      'BKPSDM_OPERATOR',
      { state: 'APPROVED', electionUncoveredNips: ['198609262015051001'] },
      {},
      'WORKFLOW_ELECTION_WINDOW',
    ],
    [
      'issueSk',
      'BKPSDM_OPERATOR',
      { state: 'APPROVED', decreeFindings: [SIGNATORY_MISSING] },
      {},
      'WORKFLOW_DECREE_CHECK_FAILED',
    ],
    ['signSk', 'PPK', { state: 'SK_ISSUED', decreeSignedOn: d('2026-10-30') }, {}, 'WORKFLOW_WRONG_STATE'],
    ['signSk', 'REVIEW_BOARD', { state: 'SK_ISSUED' }, {}, 'WORKFLOW_WRONG_ROLE'],
    ['announce', 'BKPSDM_OPERATOR', { state: 'SK_ISSUED' }, {}, 'WORKFLOW_SK_NOT_SIGNED'],
    [
      'announce',
      'BKPSDM_OPERATOR',
      { state: 'SK_ISSUED', decreeSignedOn: d('2026-10-30'), tmt: d('2026-10-31') },
      {},
      'WORKFLOW_ANNOUNCE_AFTER_TMT',
    ],
    [
      'takeEffect',
      'BKPSDM_OPERATOR',
      { state: 'ANNOUNCED', announcedOn: d('2026-11-20') },
      { asOf: d('2026-12-04') },
      'WORKFLOW_OBJECTION_WINDOW_OPEN',
    ],
    [
      'takeEffect',
      'BKPSDM_OPERATOR',
      { state: 'ANNOUNCED', announcedOn: d('2026-11-01'), pendingObjections: 1 },
      { asOf: d('2026-12-04') },
      'WORKFLOW_OBJECTIONS_PENDING',
    ],
    [
      'takeEffect',
      'BKPSDM_OPERATOR',
      { state: 'ANNOUNCED', announcedOn: d('2026-10-01'), tmt: d('2027-01-01') },
      { asOf: d('2026-12-04') },
      'WORKFLOW_BEFORE_TMT',
    ],
  ] as const)('%s by %s from %o is refused with its own code', (t, role, f, r, code) => {
    const decision = decideTransition(facts(f), req(t, role, r));
    expect(decision).toMatchObject({ ok: false, refusal: { code } });
    if (!decision.ok) {
      expect(decision.refusal.message.id.length).toBeGreaterThan(10);
      expect(decision.refusal.message.en.length).toBeGreaterThan(10);
    }
  });

  it('opens the objection window for exactly the configured days after the announcement', () => {
    const f = facts({ state: 'ANNOUNCED', announcedOn: d('2026-11-01'), tmt: d('2026-11-01') });
    expect(
      decideTransition(f, req('takeEffect', 'BKPSDM_OPERATOR', { asOf: d('2026-11-15') })),
    ).toMatchObject({ ok: false });
    expect(
      decideTransition(f, req('takeEffect', 'BKPSDM_OPERATOR', { asOf: d('2026-11-16') })),
    ).toMatchObject({ ok: true, to: 'EFFECTIVE' });
  });

  it('property: final states allow nothing; every allowed step lands in a known state', () => {
    const roles = Object.keys(actors) as Role[];
    fc.assert(
      fc.property(
        fc.constantFrom(...PROPOSAL_STATES),
        fc.constantFrom(...TRANSITIONS),
        fc.constantFrom(...roles),
        (state, t, role) => {
          const decision = decideTransition(
            facts({ state, announcedOn: d('2026-01-01') }),
            req(t, role, { reason: 'alasan yang cukup', asOf: d('2026-12-31') }),
          );
          if (FINAL_STATES.includes(state)) expect(decision.ok).toBe(false);
          if (decision.ok) expect(PROPOSAL_STATES).toContain(decision.to);
        },
      ),
    );
  });

  it('offers the PPK approve and reject on a reviewed proposal, and the author nothing there', () => {
    const f = facts({ state: 'REVIEWED' });
    expect(availableTransitions(f, actors.PPK, d('2026-11-01'), 14).sort()).toEqual([
      'approve',
      'reject',
      'return',
    ]);
    expect(availableTransitions(f, actors.BKPSDM_OPERATOR, d('2026-11-01'), 14)).toEqual([]);
  });
});

describe('decideTransition: the SK is checked, then signed, then announced', () => {
  it('refuses the SK with every finding of the check, after eligibility and the election window', () => {
    const dateFinding: DecreeFinding = {
      code: 'DECREE_DATE_BEFORE_MINUTES',
      field: 'date',
      message: { id: 'Tanggal SK sebelum berita acara', en: 'SK date before the minutes' },
    };
    const refused = decideTransition(
      facts({ state: 'APPROVED', decreeFindings: [SIGNATORY_MISSING, dateFinding] }),
      req('issueSk', 'BKPSDM_OPERATOR'),
    );
    expect(refused).toMatchObject({ ok: false, refusal: { findings: [SIGNATORY_MISSING, dateFinding] } });
    if (!refused.ok) {
      expect(refused.refusal.message.id).toContain('Penandatangan SK belum diatur');
      expect(refused.refusal.message.id).toContain('Tanggal SK sebelum berita acara');
    }
    const election = decideTransition(
      facts({ state: 'APPROVED', decreeFindings: [SIGNATORY_MISSING], electionUncoveredNips: ['1'] }),
      req('issueSk', 'BKPSDM_OPERATOR'),
    );
    expect(election).toMatchObject({ ok: false, refusal: { code: 'WORKFLOW_ELECTION_WINDOW' } });
  });

  it('lets the PPK or BKPSDM record the signature once, and announces only a signed SK up to the TMT', () => {
    const issued = facts({ state: 'SK_ISSUED', tmt: d('2026-12-01') });
    for (const role of ['PPK', 'BKPSDM_OPERATOR', 'BKPSDM_HEAD'] as const)
      expect(decideTransition(issued, req('signSk', role)), role).toEqual({ ok: true, to: 'SK_ISSUED' });
    const signed = { ...issued, decreeSignedOn: d('2026-11-01') };
    expect(availableTransitions(issued, actors.PPK, d('2026-11-01'), 14)).toContain('signSk');
    expect(availableTransitions(signed, actors.PPK, d('2026-11-01'), 14)).not.toContain('signSk');
    const onTmt = req('announce', 'BKPSDM_OPERATOR', { asOf: d('2026-12-01') });
    expect(decideTransition(signed, onTmt)).toEqual({ ok: true, to: 'ANNOUNCED' });
    expect(
      decideTransition(signed, req('announce', 'BKPSDM_OPERATOR', { asOf: d('2026-12-02') })),
    ).toMatchObject({ ok: false, refusal: { code: 'WORKFLOW_ANNOUNCE_AFTER_TMT' } });
  });
});

describe('transitionOffers', () => {
  it('offers take-effect only once the objection window has closed, with the reason before', () => {
    const f = facts({ state: 'ANNOUNCED', announcedOn: d('2026-12-01'), tmt: d('2027-01-01') });
    const during = transitionOffers(f, actors.BKPSDM_OPERATOR, d('2026-12-10'), 14);
    expect(during.allowed).not.toContain('takeEffect');
    expect(during.blocked).toContainEqual(
      expect.objectContaining({ transition: 'takeEffect', code: 'WORKFLOW_OBJECTION_WINDOW_OPEN' }),
    );
    const beforeTmt = transitionOffers(f, actors.BKPSDM_OPERATOR, d('2026-12-20'), 14);
    expect(beforeTmt.blocked.find((b) => b.transition === 'takeEffect')?.code).toBe('WORKFLOW_BEFORE_TMT');
    const due = transitionOffers(f, actors.BKPSDM_OPERATOR, d('2027-01-01'), 14);
    expect(due.allowed).toContain('takeEffect');
    expect(due.blocked.map((b) => b.transition)).not.toContain('takeEffect');
    // Steps of other desks are neither offered nor listed as blocked: the PPK may only cancel.
    expect(transitionOffers(f, actors.PPK, d('2027-01-01'), 14)).toEqual({
      allowed: ['cancel'],
      blocked: [],
    });
  });
});
