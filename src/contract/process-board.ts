import { z } from 'zod';
import { BOARD_DECISIONS, BOARD_MEMBER_ROLES } from '../core/workflow/board-rules.js';
import { actionList } from './common.js';
import { localDateField } from './field-rules.js';
import { boundedText } from './process-fields.js';

/** Review board (Baperjakat/TPK) sessions (issue 7): members, attendance, conflicts, decisions. */

export const sessionIdParam = z.object({ id: z.coerce.number().int().positive() });

export const createBoardSessionBody = z.object({
  number: boundedText(3, 120),
  heldOn: localDateField,
  place: boundedText(3, 200),
  members: z
    .array(
      z.object({
        name: boundedText(3, 200),
        positionTitle: boundedText(3, 200),
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
        statement: boundedText(3, 2000),
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
