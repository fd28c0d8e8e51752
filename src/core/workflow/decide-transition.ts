import { addDays, compareDates, type LocalDate } from '../model/local-date.js';
import type { Role } from '../policies/roles.js';
import type { BlockedMove } from './proposal-model.js';
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
  | 'WORKFLOW_BEFORE_TMT';

export interface TransitionRefusal {
  readonly code: TransitionRefusalCode;
  readonly message: { readonly id: string; readonly en: string };
  /** With WORKFLOW_ELIGIBILITY_BLOCKED: each person and the rules that block them. */
  readonly blocked?: readonly BlockedMove[];
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
      `Usulan berstatus ${facts.state}; tindakan ini tidak dapat dilakukan`,
      `Proposal is ${facts.state}; ${req.transition} is not possible`,
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
      : null),
  takeEffect: (f, req) => {
    const windowEnd = f.announcedOn ? addDays(f.announcedOn, req.objectionWindowDays) : null;
    if (!windowEnd || compareDates(req.asOf, windowEnd) <= 0) {
      return refuse(
        'WORKFLOW_OBJECTION_WINDOW_OPEN',
        `Masa sanggah masih berjalan sampai ${windowEnd ?? '-'}`,
        `The objection window is open until ${windowEnd ?? '-'}`,
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
      return refuse('WORKFLOW_BEFORE_TMT', `TMT mutasi adalah ${f.tmt}`, `The moves take effect on ${f.tmt}`);
    }
    // A penalty imposed or a status changed after the SK still stops the move (DOMAIN.md 15.6).
    return eligibilityGuard(f, req);
  },
};

/** Transitions the actor could take now: the UI shows only these buttons. */
export function availableTransitions(
  facts: ProposalFacts,
  actor: TransitionRequest['actor'],
  asOf: LocalDate,
  objectionWindowDays: number,
): Transition[] {
  return (Object.keys(TRANSITION_RULES) as Transition[]).filter((t) => {
    const d = decideTransition(facts, {
      transition: t,
      actor,
      reason: 'alasan tersedia',
      asOf,
      objectionWindowDays,
    });
    return (
      d.ok ||
      (d.refusal.code !== 'WORKFLOW_WRONG_STATE' &&
        d.refusal.code !== 'WORKFLOW_WRONG_ROLE' &&
        d.refusal.code !== 'WORKFLOW_OWN_PROPOSAL')
    );
  });
}
