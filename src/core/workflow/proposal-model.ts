import type { LocalDate } from '../model/local-date.js';
import type { Role } from '../policies/roles.js';
import type { BoardDecision, BoardMemberRole } from './board-rules.js';
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

/** The stored result of the eligibility re-check at verification. */
export interface StoredEligibility {
  readonly status: 'ELIGIBLE' | 'ELIGIBLE_WITH_WARNINGS' | 'BLOCKED';
  readonly checkedOn: LocalDate;
  readonly results: unknown;
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
  readonly reason: string | null;
  readonly occurredAt: string;
}

export interface BoardMember {
  readonly id: number;
  readonly name: string;
  readonly positionTitle: string;
  readonly role: BoardMemberRole;
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
