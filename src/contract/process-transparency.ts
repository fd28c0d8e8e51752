import { z } from 'zod';
import { planOptimalityDto } from './planning-plan.js';

/** The public transparency page of the mutation process (issue 7): rounds, counts, plans. */

export const transparencyQuery = z.object({ instansi: z.string().trim().max(40).optional() });

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
          summary: z.unknown(),
          /** What the plan proves about its scenario, move limit included; null when the summary predates it. */
          optimality: planOptimalityDto.nullable(),
        }),
      ),
    }),
  ),
});
