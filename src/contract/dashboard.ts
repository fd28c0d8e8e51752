import { z } from 'zod';
import { PERIOD_KINDS } from '../core/appraisal/period.js';
import { FORWARD_STEPS } from '../core/workflow/waiting-steps.js';

const count = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

/** One line of "what waits for me"; the web names it from `kind` and `step` in the user's language. */
export const pendingWorkItem = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('proposal'),
    step: z.enum(FORWARD_STEPS),
    count: z.number().int(),
    moves: z.number().int(),
    href: z.string(),
  }),
  z.object({
    kind: z.literal('boardDeclaration'),
    count: z.number().int(),
    undeclared: z.number().int(),
    subject: z.string().nullable(),
    href: z.string(),
  }),
  z.object({
    kind: z.literal('evaluation'),
    count: z.number().int(),
    subject: z.string(),
    periodKind: z.enum(PERIOD_KINDS),
    href: z.string(),
  }),
]);
export type PendingWorkItemDto = z.infer<typeof pendingWorkItem>;

export const dashboardResponse = z.object({
  asOf: z.string(),
  totalEmployees: z.number().int(),
  byUnit: z.array(count.extend({ unitId: z.number().int() })),
  byGolongan: z.array(count),
  byEducationField: z.array(count),
  byPositionKind: z.array(count),
  seats: z.number().int(),
  holders: z.number().int(),
  vacancies: z.number().int(),
  fiveYearsInPost: z.number().int(),
  nearRetirement: z.number().int(),
  nearRetirementMonths: z.number().int(),
  /** What waits for the signed-in user, each with the list that shows it (services/dashboard/pending-work.ts). */
  pendingWork: z.array(pendingWorkItem),
});
export type DashboardDto = z.infer<typeof dashboardResponse>;
