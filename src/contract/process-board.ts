import { z } from 'zod';
import {
  BOARD_DECISIONS,
  BOARD_EXCEPTION_DECISIONS,
  BOARD_MEMBER_ROLES,
} from '../core/workflow/board-rules.js';
import { MOVE_TYPES } from '../core/workflow/move-types.js';
import { actionList, localizedMessage } from './common.js';
import { localDateField } from './field-rules.js';
import { boundedText } from './process-fields.js';

/**
 * Review board (TPK/Baperjakat) sessions (issues 7 and 14): members are review board accounts,
 * each declares their own conflicts of interest, the chair or the secretary records attendance,
 * decisions in bulk and the minutes.
 */

/**
 * Rows one request may carry (declarations, exceptions, named candidates): a whole agenda of a
 * whole-city plan and more. Declarations are per member, so four members on 152 candidates is four
 * requests of at most 152 rows, or four "none with anyone" with no rows at all.
 */
export const MAX_BOARD_ROWS = 10_000;

const id = z.number().int().positive();

export const sessionIdParam = z.object({ id: z.coerce.number().int().positive() });

export const createBoardSessionBody = z.object({
  number: boundedText(3, 120),
  heldOn: localDateField,
  place: boundedText(3, 200),
  members: z
    .array(
      z.object({
        userId: id,
        role: z.enum(BOARD_MEMBER_ROLES),
        /** Only for an account with no post on record; otherwise the post of the account's employee. */
        positionTitle: boundedText(3, 200).nullable().optional(),
      }),
    )
    .min(2)
    .max(30),
  proposalIds: z.array(id).min(1).max(50),
});

export const attendanceBody = z.object({
  version: z.number().int().min(1),
  attendance: z
    .array(z.object({ memberId: id, present: z.boolean() }))
    .min(1)
    .max(30),
});

/** The signed-in member's own declaration: about the whole agenda, or a page of candidates. */
export const ownDeclarationBody = z.discriminatedUnion('mode', [
  z.object({
    mode: z.literal('AGENDA'),
    /** The candidates the member has a conflict with; none with every other candidate. */
    conflicts: z.array(z.object({ itemId: id, statement: boundedText(3, 2000) })).max(MAX_BOARD_ROWS),
  }),
  z.object({
    mode: z.literal('ITEMS'),
    declarations: z
      .array(
        z.object({
          itemId: id,
          hasConflict: z.boolean(),
          /** Required with a conflict; the standard "no conflict" statement otherwise. */
          statement: boundedText(3, 2000).nullable().optional(),
        }),
      )
      .min(1)
      .max(MAX_BOARD_ROWS),
  }),
]);

/** "Setujui semua kecuali yang ditandai": agree to a selection, except the marked candidates. */
export const bulkDecisionBody = z.object({
  version: z.number().int().min(1),
  select: z
    .object({
      unitIds: z.array(id).max(1000).optional(),
      moveTypes: z.array(z.enum(MOVE_TYPES)).max(MOVE_TYPES.length).optional(),
      itemIds: z.array(id).max(MAX_BOARD_ROWS).optional(),
      includeDecided: z.boolean().optional(),
    })
    .default({}),
  notes: z.string().trim().max(2000).nullable().optional(),
  exceptions: z
    .array(
      z.object({ itemId: id, decision: z.enum(BOARD_EXCEPTION_DECISIONS), reason: boundedText(3, 2000) }),
    )
    .max(MAX_BOARD_ROWS)
    .default([]),
});

const stepPermission = z.object({
  allowed: z.boolean(),
  rule: z.string().nullable(),
  messages: localizedMessage.nullable(),
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
      userId: z.number().int().nullable(),
      name: z.string(),
      nip: z.string().nullable(),
      positionTitle: z.string(),
      role: z.enum(BOARD_MEMBER_ROLES),
      present: z.boolean(),
      /** Candidates the member declared on, and with how many a conflict. */
      declared: z.number().int(),
      conflicts: z.number().int(),
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
      golongan: z.number().int().nullable(),
      fromPositionName: z.string().nullable(),
      fromUnitName: z.string().nullable(),
      toPositionName: z.string(),
      toUnitName: z.string(),
      /** The top-level unit (OPD, kecamatan) of the destination post. */
      toOpdId: z.number().int().nullable(),
      toOpdName: z.string().nullable(),
      moveType: z.enum(MOVE_TYPES),
      /** The proposal is still VERIFIED: the board may declare and decide on this candidate. */
      open: z.boolean(),
      decision: z.enum(BOARD_DECISIONS).nullable(),
      notes: z.string().nullable(),
      /** Why it cannot be decided yet (R-KONFLIK), or null. */
      blocked: z.enum(['UNDECLARED', 'NO_QUORUM']).nullable(),
      undeclaredMemberIds: z.array(z.number().int()),
      conflictMemberIds: z.array(z.number().int()),
    }),
  ),
  /** The conflicts of interest declared (declarations of no conflict are counted per member). */
  conflicts: z.array(
    z.object({ memberId: z.number().int(), itemId: z.number().int(), statement: z.string() }),
  ),
  /** The caller's seat in the session, or null. */
  me: z
    .object({ memberId: z.number().int(), role: z.enum(BOARD_MEMBER_ROLES), present: z.boolean() })
    .nullable(),
  /** Each step for the caller; a refused one carries its rule and message (the web disables it). */
  permissions: z.object({
    attendance: stepPermission,
    declare: stepPermission,
    decide: stepPermission,
    minutes: stepPermission,
  }),
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
      hasMinutes: z.boolean(),
      /** The caller's role in the session, or null when not a member. */
      myRole: z.enum(BOARD_MEMBER_ROLES).nullable(),
      proposalNumbers: z.array(z.string()),
    }),
  ),
  actions: actionList,
});

/** The review board accounts a new session may seat. */
export const boardMemberOptionsDto = z.object({
  items: z.array(
    z.object({
      userId: z.number().int(),
      username: z.string(),
      displayName: z.string(),
      nip: z.string().nullable(),
      positionTitle: z.string().nullable(),
    }),
  ),
});
