import { z } from 'zod';
import { SCORE_COMPONENTS } from '../core/matching/policy.js';
import { FIT_GROUPS } from '../core/solver/plan/plan-public-summary.js';
import { planOptimalityDto } from './planning-plan.js';

/** The public transparency page of the mutation process (issue 7): rounds, counts, plans. */

export const transparencyQuery = z.object({ instansi: z.string().trim().max(40).optional() });

/**
 * What a plan tells the public, in structured form (the page puts it in words): the fit model and
 * its weights, the scenario's scope and objectives, and what the certificates prove. No person.
 * Fields a summary stored in an older shape did not record are null.
 */
export const planPublicSummaryDto = z.object({
  summaryVersion: z.number().int(),
  scenario: z.string().nullable(),
  scope: z
    .object({
      mode: z.enum(['WHOLE_CITY', 'VACANCIES']),
      unitCount: z.number().int(),
      positionCount: z.number().int(),
      addedPeople: z.number().int(),
    })
    .nullable(),
  asOf: z.string().nullable(),
  policyVersion: z.string().nullable(),
  ruleTableVersion: z.string().nullable(),
  fitWeights: z
    .array(
      z
        .object({
          group: z.enum(FIT_GROUPS),
          percent: z.number(),
          components: z
            .array(z.object({ component: z.enum(SCORE_COMPONENTS), percent: z.number() }).readonly())
            .readonly(),
        })
        .readonly(),
    )
    .readonly()
    .nullable(),
  objectives: z
    .object({
      moveCost: z.number(),
      maxMoves: z.number().nullable(),
      forcedRotationYears: z.number().nullable(),
      rotationPenalty: z.number().nullable(),
      minTenureYears: z.number().nullable(),
      strategicFromTalentPoolOnly: z.boolean().nullable(),
      talentPoolBoxes: z.array(z.number().int()).readonly(),
      allowOverqualifiedMoves: z.boolean(),
    })
    .nullable(),
  optimality: planOptimalityDto.nullable(),
  certificateHeld: z.boolean().nullable(),
  moveCount: z.number().int().nullable(),
});
export type PlanPublicSummaryDto = z.infer<typeof planPublicSummaryDto>;

export const transparencyDto = z.object({
  instansi: z.string(),
  rounds: z.array(
    z.object({
      round: z.string(),
      proposals: z.array(z.object({ number: z.string(), state: z.string(), tmt: z.string() })),
      byType: z.array(z.object({ moveType: z.string(), count: z.number().int() })),
      byUnit: z.array(z.object({ unit: z.string(), count: z.number().int() })),
      plans: z.array(
        z.object({
          planId: z.number().int(),
          /** null when neither the plan run nor the proposal kept a readable summary. */
          summary: planPublicSummaryDto.nullable(),
          /** What the plan proves about its scenario, move limit included; null when the summary predates it. */
          optimality: planOptimalityDto.nullable(),
        }),
      ),
    }),
  ),
});
