import { z } from 'zod';
import { POTENTIAL_LEVELS } from '../core/appraisal/policy.js';
import { PREDIKATS, RATINGS } from '../core/appraisal/ratings.js';
import { actionList } from './common.js';
import { evidenceSchema, periodDto } from './evaluation.js';

/**
 * What the web pages of issue 4 need beyond the evaluation API: the people of a unit with their
 * current records of a period (the bulk-entry grid), and the members of one 9-box with their
 * position and unit (the box drawer).
 */
export const rosterQuery = z.object({ unitId: z.coerce.number().int().positive() });

export const rosterPersonDto = z.object({
  employeeId: z.number().int(),
  nip: z.string(),
  name: z.string(),
  positionName: z.string().nullable(),
  unitId: z.number().int().nullable(),
  unitName: z.string().nullable(),
  skp: z
    .object({
      revision: z.number().int(),
      hasilKerja: z.enum(RATINGS),
      perilakuKerja: z.enum(RATINGS),
      predikat: z.enum(PREDIKATS),
      evaluatorNip: z.string().nullable(),
      evidence: evidenceSchema,
    })
    .nullable(),
  attendance: z
    .object({
      revision: z.number().int(),
      workingDays: z.number().int(),
      unexcusedDays: z.number().int(),
      lateCount: z.number().int(),
      evidence: evidenceSchema,
    })
    .nullable(),
});
export type RosterPersonDto = z.infer<typeof rosterPersonDto>;

export const rosterResponse = z.object({
  period: periodDto,
  unitId: z.number().int(),
  /** People in the unit's subtree; `items` holds at most the first {@link ROSTER_LIMIT} by name. */
  total: z.number().int(),
  items: z.array(rosterPersonDto),
  actions: actionList,
});
export type RosterDto = z.infer<typeof rosterResponse>;

export const boxMembersQuery = z.object({
  periodId: z.coerce.number().int().positive(),
  box: z.coerce.number().int().min(1).max(9),
  unitId: z.coerce.number().int().positive().optional(),
});

export const boxMembersResponse = z.object({
  periodId: z.number().int(),
  box: z.number().int(),
  members: z.array(
    z.object({
      employeeId: z.number().int(),
      nip: z.string(),
      name: z.string(),
      positionName: z.string().nullable(),
      unitId: z.number().int().nullable(),
      unitName: z.string().nullable(),
      predikat: z.enum(PREDIKATS),
      index: z.number(),
      potentialLevel: z.enum(POTENTIAL_LEVELS).nullable(),
      poolMember: z.boolean(),
    }),
  ),
});
export type BoxMembersDto = z.infer<typeof boxMembersResponse>;
