import { z } from 'zod';
import { ORGANISATION_GRADES } from '../core/appraisal/policy.js';
import { PREDIKATS, RATINGS } from '../core/appraisal/ratings.js';
import { HUKDIS_LEVELS } from '../core/model/employee.js';
import { actionList } from './common.js';

const num = z.number();
const byKeys = <K extends string>(keys: readonly [K, ...K[]], value: z.ZodType<number> = num) =>
  z.strictObject(Object.fromEntries(keys.map((k) => [k, value])) as Record<K, z.ZodType<number>>);

const distributionRule = z.strictObject({
  predikats: z.array(z.enum(PREDIKATS)).min(1),
  minShare: num.optional(),
  maxShare: num.optional(),
  minCount: z.number().int().optional(),
});

/**
 * The appraisal policy as data (core `AppraisalPolicy`): shapes are checked here, meaning (weights
 * summing to 1, scales in order) by the core's validatePolicy, whose refusals name the field.
 */
export const appraisalPolicySchema = z.strictObject({
  indexWeights: byKeys(['SKP', 'DISCIPLINE', 'INNOVATION', 'PROGRAM']),
  skpScores: byKeys(PREDIKATS),
  discipline: z.strictObject({ floorRate: num, lateWeight: num, caseCaps: byKeys(HUKDIS_LEVELS) }),
  innovation: z.strictObject({
    statusPoints: byKeys(['PROPOSED', 'IMPLEMENTED', 'REPLICATED', 'AWARDED']),
    roleFactors: byKeys(['LEAD', 'MEMBER']),
    fullPoints: num,
    creditMonths: z.number().int(),
  }),
  program: z.strictObject({
    roleFactors: byKeys(['COORDINATOR', 'MEMBER', 'SUPPORT']),
    outcomeFactors: byKeys(['EXCEEDED', 'ACHIEVED', 'PARTIAL', 'NOT_ACHIEVED', 'ONGOING']),
    fullHoursPerYear: num,
  }),
  potential: z.strictObject({
    weights: byKeys(['MANAGERIAL', 'SOCIO_CULTURAL', 'TECHNICAL', 'TRAINING']),
    trainingHoursPerYear: num,
    assessmentMaxAgeMonths: z.number().int(),
    high: num,
    medium: num,
  }),
  performanceAxis: z.strictObject({
    source: z.enum(['PREDIKAT', 'INDEX']),
    byPredikat: z.strictObject(
      Object.fromEntries(PREDIKATS.map((p) => [p, z.enum(RATINGS)])) as Record<
        (typeof PREDIKATS)[number],
        z.ZodEnum<{ [K in (typeof RATINGS)[number]]: K }>
      >,
    ),
    indexAbove: num,
    indexMeets: num,
  }),
  talentPool: z.strictObject({
    boxes: z.array(z.literal([1, 2, 3, 4, 5, 6, 7, 8, 9])).max(9),
    disciplineLookbackMonths: z.number().int(),
  }),
  distribution: z.strictObject(
    Object.fromEntries(ORGANISATION_GRADES.map((g) => [g, z.array(distributionRule)])) as Record<
      (typeof ORGANISATION_GRADES)[number],
      z.ZodArray<typeof distributionRule>
    >,
  ),
  defaultOrganisationGrade: z.enum(ORGANISATION_GRADES),
});

export const policyVersionDto = z.object({
  version: z.number().int(),
  policy: appraisalPolicySchema,
  reason: z.string().nullable(),
  changedByUserId: z.number().int().nullable(),
  changedAt: z.string().nullable(),
});

export const policyResponse = z.object({
  current: policyVersionDto,
  history: z.array(policyVersionDto),
  actions: actionList,
});

/** A new policy version: `version` is the one edited (409 when someone changed it meanwhile). */
export const updatePolicyBody = z.object({
  version: z.number().int().min(0),
  reason: z.string().trim().min(10).max(500),
  policy: appraisalPolicySchema,
});
