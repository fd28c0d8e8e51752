import { z } from 'zod';
import { RULE_CODES } from '../core/eligibility/codes.js';
import { POSITION_KINDS } from '../core/model/position.js';
import {
  ADMINISTRATIVE_OUTCOMES,
  COMMITTEE_ROLES,
  SELECTION_KINDS,
  SELECTION_STAGES,
  SELECTION_STATUSES,
  STAGE_STATUSES,
} from '../core/selection/selection-model.js';
import { SELECTION_STEPS } from '../core/selection/selection-steps.js';
import { actionList, localizedMessage } from './common.js';
import { localDateField, nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';

/**
 * JPT selection records (issue 13 item 4; DOMAIN.md 15.3). Every selection response carries
 * `actions` (policy) and `steps` (what the selection allows now and the caller may do).
 */

/** Ids are 32-bit database integers: a larger one is a 400 naming the field, never a 500. */
const dbId = z.coerce.number().int().positive().max(2_147_483_647);

export const selectionIdParam = z.object({ id: dbId });
export const positionSelectionsParam = z.object({ id: dbId });
export const selectionStageParam = z.object({ id: dbId, stage: z.enum(SELECTION_STAGES) });

const version = z.number().int().min(1);

export const createSelectionBody = z.object({
  kind: z.enum(SELECTION_KINDS),
  committee: z
    .array(z.object({ name: boundedText(3, 160), role: z.enum(COMMITTEE_ROLES) }))
    .min(1)
    .max(15),
});

export const selectionStageBody = z.object({
  version,
  status: z.enum(STAGE_STATUSES),
  date: localDateField.nullable(),
});

export const selectionCandidatesBody = z.object({
  version,
  candidates: z
    .array(z.object({ nip: nipField, administrative: z.enum(ADMINISTRATIVE_OUTCOMES) }))
    .min(1)
    .max(100),
});

export const selectionShortlistBody = z.object({
  version,
  /** NIPs, best first. */
  shortlist: z.array(nipField).min(1).max(9),
  reason: z.string().trim().max(1000).nullable().optional(),
});

export const selectionResultBody = z.object({
  version,
  nip: nipField,
  decidedOn: localDateField,
  decreeNumber: boundedText(3, 120),
});

const pasal107Dto = z
  .object({
    status: z.enum(['MEETS', 'WARN', 'BLOCKED']),
    checkedOn: z.string(),
    results: z.array(
      z.object({
        code: z.enum(RULE_CODES),
        status: z.enum(['PASS', 'WARN', 'BLOCK']),
        message: localizedMessage,
      }),
    ),
  })
  .nullable();

export const selectionDto = z.object({
  id: z.number().int(),
  positionId: z.number().int(),
  positionName: z.string(),
  positionKind: z.enum(POSITION_KINDS),
  unitName: z.string(),
  kind: z.enum(SELECTION_KINDS),
  status: z.enum(SELECTION_STATUSES),
  committee: z.array(z.object({ name: z.string(), role: z.enum(COMMITTEE_ROLES) })),
  stages: z.array(
    z.object({
      stage: z.enum(SELECTION_STAGES),
      status: z.enum(STAGE_STATUSES),
      date: z.string().nullable(),
    }),
  ),
  candidates: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      administrative: z.enum(ADMINISTRATIVE_OUTCOMES),
      pasal107: pasal107Dto,
      qualified: z.boolean(),
      shortlistRank: z.number().int().nullable(),
    }),
  ),
  shortlist: z.array(z.object({ rank: z.number().int(), nip: z.string(), name: z.string() })),
  shortlistReason: z.string().nullable(),
  result: z
    .object({ nip: z.string(), name: z.string(), decidedOn: z.string(), decreeNumber: z.string() })
    .nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  actions: actionList,
  steps: z.array(z.enum(SELECTION_STEPS)),
});
export type SelectionDto = z.infer<typeof selectionDto>;

export const positionSelectionsDto = z.object({
  position: z.object({
    id: z.number().int(),
    name: z.string(),
    kind: z.enum(POSITION_KINDS),
    unitName: z.string(),
  }),
  items: z.array(selectionDto),
  actions: actionList,
  /** A JPT post without a selection in progress, and the caller may open one. */
  canOpen: z.boolean(),
});
export type PositionSelectionsDto = z.infer<typeof positionSelectionsDto>;
