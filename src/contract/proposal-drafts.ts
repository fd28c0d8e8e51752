import { z } from 'zod';
import { DEFAULT_REASON_CODES } from '../core/workflow/round-defaults.js';
import { SCHEDULE_CHECK_CODES } from '../core/workflow/schedule-checks.js';
import { localizedMessage } from './common.js';
import { localDateField, nipField } from './field-rules.js';
import { boundedText } from './process-fields.js';

/**
 * A proposal from a plan through a form, and editing a draft (issue 14 item 2): the defaults of the
 * round and TMT with their reasons, the checks of the values the author chose, and the draft edits.
 */

/** One check of a round or TMT (core `checkSchedule`): BLOCKs are refused with a 400 on that field. */
export const scheduleCheckDto = z.object({
  code: z.enum(SCHEDULE_CHECK_CODES),
  status: z.enum(['PASS', 'WARN', 'BLOCK']),
  field: z.enum(['round', 'tmt']),
  message: localizedMessage,
});
export type ScheduleCheckDto = z.infer<typeof scheduleCheckDto>;

/** The values the form is considering; empty = the defaults. */
export const scheduleQuery = z.object({
  round: z.string().trim().max(40).optional(),
  tmt: localDateField.optional(),
});

/** GET /api/plans/{id}/proposal-defaults. */
export const planProposalDefaultsDto = z.object({
  planId: z.number().int(),
  scenarioName: z.string(),
  planVersion: z.number().int(),
  planAsOf: z.string(),
  moveCount: z.number().int(),
  title: z.string(),
  round: z.string(),
  tmt: z.string(),
  earliestTmt: z.string(),
  objectionWindowDays: z.number().int(),
  reasons: z.array(z.object({ code: z.enum(DEFAULT_REASON_CODES), message: localizedMessage })),
  checks: z.array(scheduleCheckDto),
  busy: z.array(z.object({ nip: z.string(), proposalId: z.number().int(), proposalNumber: z.string() })),
});
export type PlanProposalDefaultsDto = z.infer<typeof planProposalDefaultsDto>;

/** GET /api/proposals/{id}/schedule: the checks of a draft's round and TMT (its own when not given). */
export const draftScheduleDto = z.object({
  round: z.string(),
  tmt: z.string(),
  earliestTmt: z.string(),
  checks: z.array(scheduleCheckDto),
});
export type DraftScheduleDto = z.infer<typeof draftScheduleDto>;

/** POST /api/proposals/{id}/draft: a new title, round or TMT for a draft, at the version read. */
export const updateDraftBody = z.object({
  version: z.number().int().min(1),
  title: boundedText(3, 200).optional(),
  round: boundedText(1, 40).optional(),
  tmt: localDateField.optional(),
});

/** POST /api/proposals/{id}/plan-moves: moves of the draft's own plan, by NIP. */
export const addPlanMovesBody = z.object({
  version: z.number().int().min(1),
  nips: z.array(nipField).min(1).max(2000),
});
