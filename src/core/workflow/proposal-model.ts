import type { Evidence } from '../eligibility/rule.js';
import type { TenureOverride } from '../eligibility/tenure-override.js';
import type { LocalizedMessage } from '../errors.js';
import type { LocalDate } from '../model/local-date.js';
import type { Role } from '../policies/roles.js';
import type { BoardDecision, BoardMemberRole } from './board-rules.js';
import type { DecreeSigning } from './decree-signing.js';
import type { MoveType } from './move-types.js';
import type { ProposalState, Transition } from './proposal-states.js';

/** A mutation proposal (usulan mutasi) as the services see it. */
export interface Proposal {
  readonly id: number;
  readonly instansiId: number;
  readonly number: string;
  readonly title: string;
  readonly round: string;
  readonly state: ProposalState;
  readonly tmt: LocalDate;
  readonly planId: number | null;
  /** What the plan said about itself: criteria, weights, certificate (JSON from issue 6). */
  readonly planSummary: unknown;
  readonly createdByUserId: number;
  readonly announcedOn: LocalDate | null;
  readonly objectionWindowDays: number | null;
  readonly version: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** One rule's result as stored on a move: what the board and the audit trail read back. */
export interface StoredRuleResult {
  readonly code: string;
  readonly status: 'PASS' | 'WARN' | 'BLOCK';
  readonly message: LocalizedMessage;
  /** The facts the rule used (e.g. `tenureMonths`, `overridden`, `overrideGround`). */
  readonly evidence: Evidence;
}

/**
 * The stored result of the latest eligibility check of a move (at verification, again when the SK
 * is issued and when the move takes effect), judged on the proposal's TMT (DOMAIN.md 15.6).
 */
export interface StoredEligibility {
  readonly status: 'ELIGIBLE' | 'ELIGIBLE_WITH_WARNINGS' | 'BLOCKED';
  /** The day the check ran. */
  readonly checkedOn: LocalDate;
  /** `StoredRuleResult[]` for checks made since results carry evidence; older rows hold less. */
  readonly results: unknown;
}

/** A move the eligibility rules block on the TMT: the person and each blocking rule with its message. */
export interface BlockedMove {
  readonly nip: string;
  readonly rules: readonly { readonly code: string; readonly message: LocalizedMessage }[];
}

/**
 * A recorded exception to the 2-year minimum for one move of a proposal (DOMAIN.md 15.6), as the
 * process shows it: the override the rule reads, plus who approved it when and the document.
 */
export interface TenureOverrideRecord extends TenureOverride {
  readonly id: number;
  readonly proposalId: number;
  readonly itemId: number;
  readonly nip: string;
  readonly approvedByName: string | null;
  readonly approvedAt: string;
  readonly documentName: string;
  readonly documentBytes: number;
}

export interface ProposalItem {
  readonly id: number;
  readonly proposalId: number;
  readonly employeeId: number;
  readonly nip: string;
  readonly employeeName: string;
  readonly golongan: number | null;
  readonly fromPositionId: number | null;
  readonly fromPositionName: string | null;
  readonly fromUnitId: number | null;
  readonly fromUnitName: string | null;
  readonly toPositionId: number;
  readonly toPositionName: string;
  readonly toUnitId: number;
  readonly toUnitName: string;
  readonly moveType: MoveType;
  readonly isPromotion: boolean;
  readonly isDemotion: boolean;
  readonly reason: string;
  readonly legalGround: string;
  readonly explanation: unknown;
  readonly eligibility: StoredEligibility | null;
}

export interface TransitionRecord {
  readonly id: number;
  readonly transition: Transition | 'create';
  readonly fromState: ProposalState | 'NONE';
  readonly toState: ProposalState;
  readonly actorUserId: number | null;
  readonly actorRole: Role | 'SYSTEM';
  /** The acting user's display name, so a history reads "Rina Sitompul (Operator BKPSDM)"; null for the system. */
  readonly actorName?: string | null;
  readonly reason: string | null;
  readonly occurredAt: string;
}

export interface BoardMember {
  readonly id: number;
  readonly name: string;
  /** As of the session, from the account's employee (null on old rows typed by name). */
  readonly nip: string | null;
  readonly positionTitle: string;
  readonly role: BoardMemberRole;
  /** The member's account; null only on sessions recorded before members were accounts. */
  readonly userId: number | null;
  readonly present: boolean;
}

export interface BoardSession {
  readonly id: number;
  readonly instansiId: number;
  readonly number: string;
  readonly heldOn: LocalDate;
  readonly place: string;
  readonly members: readonly BoardMember[];
  readonly proposalIds: readonly number[];
  readonly decisions: readonly {
    readonly itemId: number;
    readonly decision: BoardDecision;
    readonly notes: string | null;
  }[];
  readonly conflicts: readonly {
    readonly memberId: number;
    readonly itemId: number;
    readonly hasConflict: boolean;
    readonly statement: string;
  }[];
  readonly minutesSha256: string | null;
  readonly version: number;
}

export interface Decree {
  readonly id: number;
  readonly proposalId: number;
  readonly number: string;
  readonly decreeDate: LocalDate;
  readonly tmt: LocalDate;
  readonly place: string;
  readonly signatoryName: string;
  readonly signatoryRole: string;
  readonly signatoryNip: string | null;
  /** The recorded signature (null: issued, not yet signed); announcing needs it. */
  readonly signing: DecreeSigning | null;
  readonly pdfSha256: string | null;
  readonly excerpts: readonly {
    readonly itemId: number;
    readonly employeeId: number;
    readonly pdfSha256: string | null;
  }[];
}

export interface Objection {
  readonly id: number;
  readonly proposalId: number;
  readonly employeeId: number;
  readonly text: string;
  readonly receivedOn: LocalDate;
  readonly decision: 'UPHELD' | 'DISMISSED' | null;
  readonly decisionReason: string | null;
  readonly decidedOn: LocalDate | null;
  readonly version: number;
}

export interface AttachedApproval {
  readonly id: number;
  readonly letterNo: string;
  readonly letterDate: LocalDate;
  readonly subject: string;
  readonly coveredNips: readonly string[];
}
