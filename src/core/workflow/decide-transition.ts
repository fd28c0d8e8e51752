import { addDays, compareDates, type LocalDate } from '../model/local-date.js';
import { longDate } from '../model/long-date.js';
import type { Role } from '../policies/roles.js';
import type { DecreeFinding } from './decree-check.js';
import type { BlockedMove } from './proposal-model.js';
import { PROPOSAL_STATE_LABELS } from './proposal-state-labels.js';
import { type ProposalState, RETURN_DESK, TRANSITION_RULES, type Transition } from './proposal-states.js';

/** Stable codes for every refusal, so the API and the UI can say exactly why. */
export type TransitionRefusalCode =
  | 'WORKFLOW_WRONG_STATE'
  | 'WORKFLOW_WRONG_ROLE'
  | 'WORKFLOW_OWN_PROPOSAL'
  | 'WORKFLOW_REASON_REQUIRED'
  | 'WORKFLOW_ELIGIBILITY_BLOCKED'
  | 'WORKFLOW_BOARD_DECISION_MISSING'
  | 'WORKFLOW_ELECTION_WINDOW'
  | 'WORKFLOW_OBJECTION_WINDOW_OPEN'
  | 'WORKFLOW_OBJECTIONS_PENDING'
  | 'WORKFLOW_BEFORE_TMT'
  | 'WORKFLOW_DECREE_CHECK_FAILED'
  | 'WORKFLOW_SK_NOT_SIGNED'
  | 'WORKFLOW_ANNOUNCE_AFTER_TMT';

export interface TransitionRefusal {
  readonly code: TransitionRefusalCode;
  readonly message: { readonly id: string; readonly en: string };
  /** With WORKFLOW_ELIGIBILITY_BLOCKED: each person and the rules that block them. */
  readonly blocked?: readonly BlockedMove[];
  /** With WORKFLOW_DECREE_CHECK_FAILED: everything the pre-issue check found, each with its field. */
  readonly findings?: readonly DecreeFinding[];
}

/** What the guard needs to know about the proposal and the world at `asOf`. */
export interface ProposalFacts {
  readonly state: ProposalState;
  readonly authorUserId: number;
  /** TMT of the moves (effective date). */
  readonly tmt: LocalDate;
  /** Date of the announcement, once announced. */
  readonly announcedOn: LocalDate | null;
  /**
   * Eligibility judged on the TMT (DOMAIN.md 15.6) by the caller at verification, at the SK and when
   * the moves take effect: the moves a rule blocks (a recorded override lifts the 2-year minimum).
   */
  readonly blocked: readonly BlockedMove[];
  /** The review board recorded a decision for every candidate. */
  readonly boardDecisionComplete: boolean;
  /** In an election-period window (UU 10/2016 Pasal 71(2), 162(3)): NIPs no Mendagri approval covers. */
  readonly electionUncoveredNips: readonly string[];
  /** Objections raised and not yet decided. */
  readonly pendingObjections: number;
  /** The day the issued SK was signed (null: not signed, or no SK yet); announcing needs it. */
  readonly decreeSignedOn: LocalDate | null;
  /**
   * What the pre-issue check (`checkDecree`) found, computed by the caller when the SK is issued
   * (like `blocked`); the cheap facts leave it empty.
   */
  readonly decreeFindings: readonly DecreeFinding[];
}

export interface TransitionRequest {
  readonly transition: Transition;
  readonly actor: { readonly userId: number; readonly role: Role };
  readonly reason: string | null;
  readonly asOf: LocalDate;
  /** Days after the announcement during which objections may be raised (a setting). */
  readonly objectionWindowDays: number;
}

export type TransitionDecision =
  | { readonly ok: true; readonly to: ProposalState }
  | { readonly ok: false; readonly refusal: TransitionRefusal };

const refuse = (code: TransitionRefusalCode, id: string, en: string): TransitionDecision => ({
  ok: false,
  refusal: { code, message: { id, en } },
});

/**
 * Decides whether a transition may happen now, and to which state. Pure: the caller loads the facts,
 * applies the decision in one transaction with optimistic concurrency, and audits it.
 * @example decideTransition(facts, { transition: 'approve', actor: { userId: 9, role: 'PPK' }, reason: null, asOf, objectionWindowDays: 14 })
 */
export function decideTransition(facts: ProposalFacts, req: TransitionRequest): TransitionDecision {
  const rule = TRANSITION_RULES[req.transition];
  if (!rule.from.includes(facts.state)) {
    return refuse(
      'WORKFLOW_WRONG_STATE',
      `Usulan berstatus "${PROPOSAL_STATE_LABELS[facts.state].id}"; tindakan ini tidak dapat dilakukan pada tahap ini`,
      `The proposal is "${PROPOSAL_STATE_LABELS[facts.state].en}"; this step is not possible at this stage`,
    );
  }
  const desk = req.transition === 'return' ? RETURN_DESK[facts.state] : undefined;
  if (!rule.roles.includes(req.actor.role) || (desk !== undefined && desk !== req.actor.role)) {
    return refuse(
      'WORKFLOW_WRONG_ROLE',
      'Peran Anda tidak berwenang untuk tindakan ini pada tahap ini',
      `Your role may not ${req.transition} at this stage`,
    );
  }
  if (rule.notByAuthor && req.actor.userId === facts.authorUserId) {
    return refuse(
      'WORKFLOW_OWN_PROPOSAL',
      'Tidak seorang pun boleh memverifikasi, menilai, atau menyetujui usulannya sendiri',
      'Nobody may verify, review or approve their own proposal',
    );
  }
  if (rule.reasonRequired && (req.reason ?? '').trim().length < 5) {
    return refuse(
      'WORKFLOW_REASON_REQUIRED',
      'Alasan wajib ditulis (minimal 5 karakter)',
      'A written reason is required (at least 5 characters)',
    );
  }
  const guard = GUARDS[req.transition]?.(facts, req);
  return guard ?? { ok: true, to: rule.to };
}

type Guard = (facts: ProposalFacts, req: TransitionRequest) => TransitionDecision | null;

/** A person and their blocking rules in one language: `NIP 1986…: R-HUKDIS (Sedang menjalani …)`. */
const blockText = (b: BlockedMove, lang: 'id' | 'en') =>
  `NIP ${b.nip}: ${b.rules.map((r) => `${r.code} (${r.message[lang]})`).join(', ')}`;

/** Refuses while any move is blocked on the TMT, naming every person and rule. */
const eligibilityGuard: Guard = (f) => {
  if (f.blocked.length === 0) return null;
  return {
    ok: false,
    refusal: {
      code: 'WORKFLOW_ELIGIBILITY_BLOCKED',
      message: {
        id: `Syarat mutasi tidak terpenuhi pada TMT ${f.tmt}: ${f.blocked.map((b) => blockText(b, 'id')).join('; ')}`,
        en: `Eligibility rules block the move on the TMT ${f.tmt}: ${f.blocked.map((b) => blockText(b, 'en')).join('; ')}`,
      },
      blocked: f.blocked,
    },
  };
};

/** Refuses the SK while the pre-issue check finds anything, carrying every finding. */
const decreeCheckGuard: Guard = (f) => {
  if (f.decreeFindings.length === 0) return null;
  const list = (lang: 'id' | 'en') => f.decreeFindings.map((x) => x.message[lang]).join('; ');
  return {
    ok: false,
    refusal: {
      code: 'WORKFLOW_DECREE_CHECK_FAILED',
      message: {
        id: `SK belum dapat diterbitkan: ${list('id')}`,
        en: `The SK cannot be issued yet: ${list('en')}`,
      },
      findings: f.decreeFindings,
    },
  };
};

const GUARDS: Partial<Record<Transition, Guard>> = {
  verify: eligibilityGuard,
  review: (f) =>
    f.boardDecisionComplete
      ? null
      : refuse(
          'WORKFLOW_BOARD_DECISION_MISSING',
          'Keputusan TPK untuk setiap kandidat belum dicatat',
          'The review board has not recorded a decision for every candidate',
        ),
  // UU 10/2016 Pasal 71(2) and 162(3): no SK in the window without the Minister's written approval.
  issueSk: (f, req) =>
    eligibilityGuard(f, req) ??
    (f.electionUncoveredNips.length > 0
      ? refuse(
          'WORKFLOW_ELECTION_WINDOW',
          `Masa larangan penggantian pejabat (UU 10/2016 Pasal 71 ayat 2): perlu persetujuan tertulis Mendagri untuk NIP ${f.electionUncoveredNips.join(', ')}`,
          `Election-period ban (UU 10/2016 Pasal 71(2)): written Mendagri approval needed for NIP ${f.electionUncoveredNips.join(', ')}`,
        )
      : null) ??
    decreeCheckGuard(f, req),
  signSk: (f) =>
    f.decreeSignedOn
      ? refuse(
          'WORKFLOW_WRONG_STATE',
          `SK sudah ditandatangani pada ${longDate(f.decreeSignedOn, 'id')}`,
          `The SK was already signed on ${longDate(f.decreeSignedOn, 'en')}`,
        )
      : null,
  // Dates in order (checkDecree): signed SK <= announcement <= TMT.
  announce: (f, req) => {
    if (!f.decreeSignedOn) {
      return refuse(
        'WORKFLOW_SK_NOT_SIGNED',
        'SK belum ditandatangani; catat tanda tangan SK sebelum diumumkan',
        'The SK is not signed yet; record its signature before announcing it',
      );
    }
    return compareDates(req.asOf, f.tmt) > 0
      ? refuse(
          'WORKFLOW_ANNOUNCE_AFTER_TMT',
          `Pengumuman harus sebelum atau pada TMT (${longDate(f.tmt, 'id')}); TMT sudah lewat`,
          `The announcement must come on or before the TMT (${longDate(f.tmt, 'en')}), which has passed`,
        )
      : null;
  },
  takeEffect: (f, req) => {
    const windowEnd = f.announcedOn ? addDays(f.announcedOn, req.objectionWindowDays) : null;
    if (!windowEnd || compareDates(req.asOf, windowEnd) <= 0) {
      return refuse(
        'WORKFLOW_OBJECTION_WINDOW_OPEN',
        windowEnd
          ? `Masa sanggah masih berjalan sampai ${longDate(windowEnd, 'id')}`
          : 'Usulan belum diumumkan; masa sanggah belum dimulai',
        windowEnd
          ? `The objection window is open until ${longDate(windowEnd, 'en')}`
          : 'The proposal is not announced; the objection window has not started',
      );
    }
    if (f.pendingObjections > 0) {
      return refuse(
        'WORKFLOW_OBJECTIONS_PENDING',
        `${f.pendingObjections} sanggahan belum diputus`,
        `${f.pendingObjections} objections are not decided yet`,
      );
    }
    if (compareDates(req.asOf, f.tmt) < 0) {
      return refuse(
        'WORKFLOW_BEFORE_TMT',
        `Mutasi baru dapat diberlakukan pada TMT ${longDate(f.tmt, 'id')}`,
        `The moves take effect on their TMT, ${longDate(f.tmt, 'en')}`,
      );
    }
    // A penalty imposed or a status changed after the SK still stops the move (DOMAIN.md 15.6).
    return eligibilityGuard(f, req);
  },
};

/** A step at the actor's desk that a guard refuses now, with the refusal to show beside its button. */
export interface BlockedTransition {
  readonly transition: Transition;
  readonly code: TransitionRefusalCode;
  readonly message: { readonly id: string; readonly en: string };
}

const outsideDesk = (code: TransitionRefusalCode) =>
  code === 'WORKFLOW_WRONG_STATE' || code === 'WORKFLOW_WRONG_ROLE' || code === 'WORKFLOW_OWN_PROPOSAL';

/**
 * The steps at the actor's desk, split into those allowed now and those a guard refuses (the
 * objection window still open, the TMT not reached, a board decision missing...). Screens offer the
 * allowed ones as buttons and show the blocked ones disabled with their reason, so nobody is offered
 * an action that will fail.
 * @example transitionOffers(announced, { userId: 1, role: 'BKPSDM_OPERATOR' }, asOf, 14)
 * // { allowed: ['cancel'], blocked: [{ transition: 'takeEffect', code: 'WORKFLOW_OBJECTION_WINDOW_OPEN', ... }] }
 */
export function transitionOffers(
  facts: ProposalFacts,
  actor: TransitionRequest['actor'],
  asOf: LocalDate,
  objectionWindowDays: number,
): { allowed: Transition[]; blocked: BlockedTransition[] } {
  const allowed: Transition[] = [];
  const blocked: BlockedTransition[] = [];
  for (const transition of Object.keys(TRANSITION_RULES) as Transition[]) {
    const d = decideTransition(facts, {
      transition,
      actor,
      reason: 'alasan tersedia',
      asOf,
      objectionWindowDays,
    });
    if (d.ok) allowed.push(transition);
    else if (!outsideDesk(d.refusal.code))
      blocked.push({ transition, code: d.refusal.code, message: d.refusal.message });
  }
  return { allowed, blocked };
}

/**
 * The steps at the actor's desk, allowed now or waiting for a guard: what "waits for me" means in
 * the inbox (a verified proposal waits for the board while its decisions are being recorded).
 */
export function availableTransitions(
  facts: ProposalFacts,
  actor: TransitionRequest['actor'],
  asOf: LocalDate,
  objectionWindowDays: number,
): Transition[] {
  const { allowed, blocked } = transitionOffers(facts, actor, asOf, objectionWindowDays);
  return [...allowed, ...blocked.map((b) => b.transition)];
}
