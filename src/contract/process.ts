import { z } from 'zod';
import { BOARD_DECISIONS, BOARD_MEMBER_ROLES } from '../core/workflow/board-rules.js';
import { MOVE_TYPES } from '../core/workflow/move-types.js';
import { PROPOSAL_STATES, TRANSITIONS } from '../core/workflow/proposal-states.js';
import { actionList, listParam } from './common.js';
import { localDateField, nipField } from './field-rules.js';

/**
 * The mutation process (issue 7): proposals, review board sessions, decrees, objections and the
 * public transparency page. Every proposal and session response carries `actions` (policy) and,
 * for proposals, `transitions` (the workflow steps the caller may attempt now).
 */

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

export const proposalIdParam = z.object({ id: z.coerce.number().int().positive() });
export const proposalItemParam = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});
export const objectionParam = z.object({
  id: z.coerce.number().int().positive(),
  objectionId: z.coerce.number().int().positive(),
});

export const proposalItemInput = z.object({
  nip: nipField,
  toPositionId: z.number().int().positive(),
  moveType: z.enum(MOVE_TYPES).optional(),
  reason: text(3, 500),
  legalGround: text(3, 500),
  explanation: z.unknown().optional(),
});

export const createProposalBody = z.object({
  title: text(3, 200),
  round: text(1, 40),
  tmt: localDateField,
  planId: z.number().int().positive().nullable().optional(),
  planSummary: z.unknown().optional(),
  items: z.array(proposalItemInput).min(1).max(500),
});

/** POST /api/plans/{id}/proposal: a draft proposal from a finished plan's moves (all, or by NIP). */
export const planProposalParam = z.object({ id: z.coerce.number().int().positive() });
export const proposeFromPlanBody = z.object({
  round: text(1, 40),
  tmt: localDateField,
  title: text(3, 200).optional(),
  nips: z.array(nipField).min(1).max(500).optional(),
});

export const addItemsBody = z.object({
  version: z.number().int().min(1),
  items: z.array(proposalItemInput).min(1).max(500),
});

export const versionBody = z.object({ version: z.number().int().min(1) });

export const transitionBody = z.object({
  version: z.number().int().min(1),
  reason: z.string().trim().max(2000).nullable().optional(),
});

export const announceBody = transitionBody.extend({
  note: z.string().trim().max(2000).nullable().optional(),
});

export const takeEffectBody = transitionBody.extend({ date: localDateField.optional() });

export const mendagriApprovalBody = z.object({
  version: z.number().int().min(1),
  letterNo: text(3, 120),
  letterDate: localDateField,
  subject: text(3, 500),
  coveredNips: z.array(nipField).min(1).max(500),
});

export const objectionBody = z.object({ nip: nipField, text: text(5, 4000) });

export const decideObjectionBody = z.object({
  version: z.number().int().min(1),
  decision: z.enum(['UPHELD', 'DISMISSED']),
  reason: z.string().trim().max(2000),
});

export const proposalListQuery = z.object({
  state: listParam(z.enum(PROPOSAL_STATES)),
  round: z.string().trim().max(40).optional(),
  inbox: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

const eligibilityDto = z
  .object({ status: z.string(), checkedOn: z.string(), results: z.unknown() })
  .nullable();

export const proposalItemDto = z.object({
  id: z.number().int(),
  nip: z.string(),
  employeeName: z.string(),
  golongan: z.number().int().nullable(),
  fromPositionId: z.number().int().nullable(),
  fromPositionName: z.string().nullable(),
  fromUnitName: z.string().nullable(),
  toPositionId: z.number().int(),
  toPositionName: z.string(),
  toUnitName: z.string(),
  moveType: z.enum(MOVE_TYPES),
  isPromotion: z.boolean(),
  isDemotion: z.boolean(),
  reason: z.string(),
  legalGround: z.string(),
  explanation: z.unknown(),
  eligibility: eligibilityDto,
  boardDecision: z.enum(BOARD_DECISIONS).nullable(),
  boardNotes: z.string().nullable(),
});

const proposalCore = {
  id: z.number().int(),
  number: z.string(),
  title: z.string(),
  round: z.string(),
  state: z.enum(PROPOSAL_STATES),
  tmt: z.string(),
  planId: z.number().int().nullable(),
  createdByUserId: z.number().int(),
  announcedOn: z.string().nullable(),
  objectionWindowDays: z.number().int().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const proposalSummaryDto = z.object({
  ...proposalCore,
  itemCount: z.number().int(),
  transitions: z.array(z.enum(TRANSITIONS)),
});

export const proposalListDto = z.object({ items: z.array(proposalSummaryDto), actions: actionList });

export const proposalDetailDto = z.object({
  ...proposalCore,
  planSummary: z.unknown(),
  items: z.array(proposalItemDto),
  history: z.array(
    z.object({
      transition: z.string(),
      fromState: z.string(),
      toState: z.string(),
      actorUserId: z.number().int().nullable(),
      actorRole: z.string(),
      reason: z.string().nullable(),
      occurredAt: z.string(),
    }),
  ),
  decree: z
    .object({
      number: z.string(),
      decreeDate: z.string(),
      tmt: z.string(),
      signatoryName: z.string(),
      pdfSha256: z.string().nullable(),
      excerpts: z.array(z.object({ itemId: z.number().int(), pdfSha256: z.string().nullable() })),
    })
    .nullable(),
  objections: z.array(
    z.object({
      id: z.number().int(),
      employeeId: z.number().int(),
      text: z.string(),
      receivedOn: z.string(),
      decision: z.enum(['UPHELD', 'DISMISSED']).nullable(),
      decisionReason: z.string().nullable(),
      decidedOn: z.string().nullable(),
      version: z.number().int(),
    }),
  ),
  mendagriApprovals: z.array(
    z.object({
      letterNo: z.string(),
      letterDate: z.string(),
      subject: z.string(),
      coveredNips: z.array(z.string()),
    }),
  ),
  actions: actionList,
  transitions: z.array(z.enum(TRANSITIONS)),
});
export type ProposalDetailDto = z.infer<typeof proposalDetailDto>;

// Review board sessions.

export const sessionIdParam = z.object({ id: z.coerce.number().int().positive() });

export const createBoardSessionBody = z.object({
  number: text(3, 120),
  heldOn: localDateField,
  place: text(3, 200),
  members: z
    .array(
      z.object({
        name: text(3, 200),
        positionTitle: text(3, 200),
        role: z.enum(BOARD_MEMBER_ROLES),
        userId: z.number().int().positive().nullable().optional(),
      }),
    )
    .min(1)
    .max(30),
  proposalIds: z.array(z.number().int().positive()).min(1).max(50),
});

export const attendanceBody = z.object({
  version: z.number().int().min(1),
  attendance: z.array(z.object({ memberId: z.number().int().positive(), present: z.boolean() })).min(1),
});

export const conflictBody = z.object({
  version: z.number().int().min(1),
  declarations: z
    .array(
      z.object({
        memberId: z.number().int().positive(),
        itemId: z.number().int().positive(),
        hasConflict: z.boolean(),
        statement: text(3, 2000),
      }),
    )
    .min(1)
    .max(500),
});

export const boardDecisionBody = z.object({
  version: z.number().int().min(1),
  itemId: z.number().int().positive(),
  decision: z.enum(BOARD_DECISIONS),
  notes: z.string().trim().max(2000).nullable().optional(),
});

export const boardSessionDto = z.object({
  id: z.number().int(),
  number: z.string(),
  heldOn: z.string(),
  place: z.string(),
  version: z.number().int(),
  minutesSha256: z.string().nullable(),
  members: z.array(
    z.object({
      id: z.number().int(),
      name: z.string(),
      positionTitle: z.string(),
      role: z.enum(BOARD_MEMBER_ROLES),
      present: z.boolean(),
    }),
  ),
  candidates: z.array(
    z.object({
      itemId: z.number().int(),
      proposalId: z.number().int(),
      proposalNumber: z.string(),
      proposalState: z.string(),
      nip: z.string(),
      employeeName: z.string(),
      fromPositionName: z.string().nullable(),
      toPositionName: z.string(),
      toUnitName: z.string(),
      decision: z.enum(BOARD_DECISIONS).nullable(),
      notes: z.string().nullable(),
    }),
  ),
  conflicts: z.array(
    z.object({
      memberId: z.number().int(),
      itemId: z.number().int(),
      hasConflict: z.boolean(),
      statement: z.string(),
    }),
  ),
  actions: actionList,
});

export const boardSessionListDto = z.object({
  items: z.array(
    z.object({
      id: z.number().int(),
      number: z.string(),
      heldOn: z.string(),
      place: z.string(),
      version: z.number().int(),
    }),
  ),
  actions: actionList,
});

// Public transparency page.

export const transparencyQuery = z.object({ instansi: z.string().trim().max(40).optional() });

export const transparencyDto = z.object({
  instansi: z.string(),
  rounds: z.array(
    z.object({
      round: z.string(),
      proposals: z.array(z.object({ number: z.string(), state: z.string(), tmt: z.string() })),
      byType: z.array(z.object({ moveType: z.string(), count: z.number().int() })),
      byUnit: z.array(z.object({ unit: z.string(), count: z.number().int() })),
      plans: z.array(z.object({ planId: z.number().int(), summary: z.unknown() })),
    }),
  ),
});

// Process settings (objection window, decree numbering, signatories): read by the process roles,
// changed by the head of BKPSDM only.

const signatoryField = z.object({
  title: text(3, 120),
  office: z.string().trim().max(120).optional(),
  name: text(3, 160),
  nip: nipField.optional(),
});

export const processSettingsBody = z.object({
  objectionWindowDays: z.number().int().min(0).max(90),
  numbering: z.object({
    template: text(6, 120),
    klasifikasi: text(1, 40),
    unit: text(1, 40),
    seqDigits: z.number().int().min(1).max(6),
  }),
  skSignatory: signatoryField,
  excerptSigner: signatoryField,
});

const signatoryDto = z.object({
  title: z.string(),
  office: z.string().optional(),
  name: z.string(),
  nip: z.string().optional(),
});

export const processSettingsDto = z.object({
  objectionWindowDays: z.number().int(),
  numbering: z.object({
    template: z.string(),
    klasifikasi: z.string(),
    unit: z.string(),
    seqDigits: z.number().int(),
  }),
  skSignatory: signatoryDto,
  excerptSigner: signatoryDto,
  /** What the next SK number would look like today, so the form shows the pattern's effect. */
  sampleNumber: z.string(),
  actions: actionList,
});
