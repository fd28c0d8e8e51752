import { z } from 'zod';
import { BOARD_DECISIONS } from '../core/workflow/board-rules.js';
import { JPT_SELECTION_STATES } from '../core/workflow/jpt-selection-guard.js';
import { MOVE_TYPES } from '../core/workflow/move-types.js';
import { PROPOSAL_STATES, TRANSITIONS } from '../core/workflow/proposal-states.js';
import { actionList, listParam } from './common.js';
import { localDateField, nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';
import { tenureOverrideDto } from './process-overrides.js';

/**
 * Mutation proposals (issue 7): creating and editing them, their workflow steps and their views.
 * Every proposal response carries `actions` (policy) and `transitions` (the workflow steps the
 * caller may attempt now).
 */

export const proposalIdParam = z.object({ id: z.coerce.number().int().positive() });
export const proposalItemParam = z.object({
  id: z.coerce.number().int().positive(),
  itemId: z.coerce.number().int().positive(),
});

export const proposalItemInput = z.object({
  nip: nipField,
  toPositionId: z.number().int().positive(),
  moveType: z.enum(MOVE_TYPES).optional(),
  reason: boundedText(3, 500),
  legalGround: boundedText(3, 500),
  explanation: z.unknown().optional(),
});

export const createProposalBody = z.object({
  title: boundedText(3, 200),
  round: boundedText(1, 40),
  tmt: localDateField,
  planId: z.number().int().positive().nullable().optional(),
  planSummary: z.unknown().optional(),
  items: z.array(proposalItemInput).min(1).max(500),
});

/** POST /api/plans/{id}/proposal: a draft proposal from a finished plan's moves (all, or by NIP). */
export const planProposalParam = z.object({ id: z.coerce.number().int().positive() });
export const proposeFromPlanBody = z.object({
  round: boundedText(1, 40),
  tmt: localDateField,
  title: boundedText(3, 200).optional(),
  // A whole-city plan holds several hundred moves; a selection may name most of them.
  nips: z.array(nipField).min(1).max(2000).optional(),
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
  /** A recorded exception to the 2-year minimum for this move (DOMAIN.md 15.6), shown to the board. */
  tenureOverride: tenureOverrideDto.nullable(),
  boardDecision: z.enum(BOARD_DECISIONS).nullable(),
  boardNotes: z.string().nullable(),
  /** For a move into a JPT post: its selection standing (DOMAIN.md 15.3); null for other posts. */
  jptSelection: z
    .object({ state: z.enum(JPT_SELECTION_STATES), selectionId: z.number().int().nullable() })
    .nullable(),
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
      /** The acting user's display name (null: the system, or a removed account). */
      actorName: z.string().nullable(),
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
      signatoryTitle: z.string(),
      signatoryNip: z.string().nullable(),
      /** The recorded signature (null: issued, not yet signed); announcing needs it. */
      signing: z
        .object({
          signedOn: z.string(),
          signerName: z.string(),
          signerTitle: z.string(),
          signerNip: z.string().nullable(),
          recordedByUserId: z.number().int().nullable(),
          recordedByRole: z.string(),
          recordedAt: z.string(),
        })
        .nullable(),
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
  /** Steps at the caller's desk that a guard refuses today, each with its reason. */
  blockedTransitions: z.array(
    z.object({
      transition: z.enum(TRANSITIONS),
      code: z.string(),
      message: z.object({ id: z.string(), en: z.string() }),
    }),
  ),
});
export type ProposalDetailDto = z.infer<typeof proposalDetailDto>;
