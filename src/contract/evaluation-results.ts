import { z } from 'zod';
import { INDEX_COMPONENTS, POTENTIAL_FACTORS, POTENTIAL_LEVELS } from '../core/appraisal/policy.js';
import { PREDIKATS, RATINGS } from '../core/appraisal/ratings.js';
import { HUKDIS_LEVELS } from '../core/model/employee.js';
import { actionList, localizedMessage } from './common.js';
import { evidenceSchema, periodDto } from './evaluation.js';

const raw = z.number().nullable();

/**
 * One person's evaluation of a period. The statutory part (SKP ratings and the predikat derived by
 * the PermenPANRB 6/2022 matrix) is kept apart from the local index, which is labelled
 * non-statutory and carries its breakdown: each component's raw and normalized value, weight and
 * contribution.
 */
export const evaluationResultDto = z.object({
  statutory: z.object({
    hasilKerja: z.enum(RATINGS),
    perilakuKerja: z.enum(RATINGS),
    predikat: z.enum(PREDIKATS),
    predikatLabel: localizedMessage,
    rulesVersion: z.string(),
  }),
  index: z.object({
    value: z.number(),
    statutory: z.literal(false),
    label: localizedMessage,
    policyVersion: z.number().int(),
    breakdown: z.array(
      z.object({
        component: z.enum(INDEX_COMPONENTS),
        raw,
        normalized: raw,
        weight: z.number(),
        appliedWeight: z.number(),
        contribution: z.number(),
      }),
    ),
  }),
  disciplinePenaltyInForce: z.enum(HUKDIS_LEVELS).nullable(),
  potential: z.object({
    status: z.enum(['ASSESSED', 'NO_ASSESSMENT', 'ASSESSMENT_EXPIRED', 'NO_STANDARD']),
    score: raw,
    level: z.enum(POTENTIAL_LEVELS).nullable(),
    assessedOn: z.string().nullable(),
    breakdown: z.array(
      z.object({
        factor: z.enum(POTENTIAL_FACTORS),
        raw,
        normalized: raw,
        weight: z.number(),
        appliedWeight: z.number(),
        contribution: z.number(),
      }),
    ),
  }),
  performanceLevel: z.enum(RATINGS),
  box: z.number().int().nullable(),
  boxLabel: localizedMessage.nullable(),
  talentPool: z.object({ member: z.boolean(), exclusion: z.string().nullable() }),
});
export type EvaluationResultDto = z.infer<typeof evaluationResultDto>;

const revisionFields = {
  revision: z.number().int(),
  mode: z.enum(['ENTRY', 'CORRECTION']),
  source: z.enum(['FORM', 'IMPORT', 'DEMO']),
  reason: z.string().nullable(),
  recordedByUserId: z.number().int().nullable(),
  recordedAt: z.string(),
  evidence: evidenceSchema,
};

export const employeeEvaluationsResponse = z.object({
  employee: z.object({ id: z.number().int(), nip: z.string(), name: z.string() }),
  evaluations: z.array(
    z.object({
      period: periodDto,
      current: z
        .object({ live: z.boolean(), revision: z.number().int().nullable(), result: evaluationResultDto })
        .nullable(),
      skp: z.array(
        z.object({
          ...revisionFields,
          hasilKerja: z.enum(RATINGS),
          perilakuKerja: z.enum(RATINGS),
          predikat: z.enum(PREDIKATS),
          rulesVersion: z.string(),
          evaluatorNip: z.string().nullable(),
        }),
      ),
      attendance: z.array(
        z.object({
          ...revisionFields,
          workingDays: z.number().int(),
          unexcusedDays: z.number().int(),
          lateCount: z.number().int(),
        }),
      ),
      results: z.array(
        z.object({
          revision: z.number().int(),
          policyVersion: z.number().int(),
          predikat: z.enum(PREDIKATS),
          index: z.number(),
          box: z.number().int().nullable(),
          reason: z.string().nullable(),
          computedByUserId: z.number().int().nullable(),
          computedAt: z.string(),
        }),
      ),
    }),
  ),
  /** The person's path across periods, oldest first: predikat, index and box. */
  trajectory: z.array(
    z.object({
      periodId: z.number().int(),
      code: z.string(),
      kind: z.string(),
      endDate: z.string(),
      predikat: z.enum(PREDIKATS),
      index: z.number(),
      potentialLevel: z.enum(POTENTIAL_LEVELS).nullable(),
      box: z.number().int().nullable(),
    }),
  ),
  actions: actionList,
});

export const correctionResponse = z.object({
  revision: z.number().int(),
  result: evaluationResultDto.nullable(),
});

export const talentQuery = z.object({
  /** Period code (`2025`, `2026-TW2`); default: the latest closed period. */
  period: z.string().trim().max(20).optional(),
  periodId: z.coerce.number().int().positive().optional(),
  unitId: z.coerce.number().int().positive().optional(),
  members: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});

export const talentPersonDto = z.object({
  employeeId: z.number().int(),
  nip: z.string(),
  name: z.string(),
  unitId: z.number().int().nullable(),
  predikat: z.enum(PREDIKATS),
  index: z.number(),
  potentialScore: raw,
  potentialLevel: z.enum(POTENTIAL_LEVELS).nullable(),
  performanceLevel: z.enum(RATINGS),
  box: z.number().int().nullable(),
  poolMember: z.boolean(),
  poolExclusion: z.string().nullable(),
});

const countsOf = z.object({
  population: z.number().int(),
  placed: z.number().int(),
  boxes: z.array(z.object({ box: z.number().int(), count: z.number().int(), label: localizedMessage })),
  unplaced: z.object({
    NO_ASSESSMENT: z.number().int(),
    ASSESSMENT_EXPIRED: z.number().int(),
    NO_STANDARD: z.number().int(),
  }),
});

export const talentGridResponse = z.object({
  period: periodDto,
  policyVersion: z.number().int(),
  live: z.boolean(),
  talentPoolBoxes: z.array(z.number().int()),
  counts: countsOf,
  members: z
    .array(z.object({ box: z.number().int().nullable(), people: z.array(talentPersonDto) }))
    .nullable(),
  distribution: z.array(
    z.object({
      unitId: z.number().int(),
      unitName: z.string(),
      grade: z.string(),
      gradeRecorded: z.boolean(),
      total: z.number().int(),
      counts: z.record(z.string(), z.number().int()),
      warnings: z.array(
        z.object({
          kind: z.string(),
          count: z.number().int(),
          total: z.number().int(),
          share: z.number(),
          messages: localizedMessage,
        }),
      ),
    }),
  ),
});
export type TalentGridDto = z.infer<typeof talentGridResponse>;

export const talentPoolResponse = z.object({
  period: periodDto,
  policyVersion: z.number().int(),
  live: z.boolean(),
  boxes: z.array(z.number().int()),
  members: z.array(talentPersonDto),
  excluded: z.array(talentPersonDto),
});
