import { z } from 'zod';

const count = z.object({ key: z.string(), label: z.string(), count: z.number().int() });

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
  pendingWork: z.array(
    z.object({ kind: z.string(), title: z.string(), count: z.number().int(), href: z.string() }),
  ),
});
export type DashboardDto = z.infer<typeof dashboardResponse>;
