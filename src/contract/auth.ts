import { z } from 'zod';
import { ROLES } from '../core/policies/roles.js';

export const loginBody = z.object({
  username: z.string().trim().min(1).max(80),
  password: z.string().min(1).max(200),
});
export type LoginBody = z.infer<typeof loginBody>;

export const sessionUser = z.object({
  id: z.number().int(),
  username: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  instansiId: z.number().int(),
  instansiName: z.string(),
  /** IANA time zone of the instansi (`Asia/Jakarta` = WIB). */
  timeZone: z.string(),
  /** Today's date in that zone (YYYY-MM-DD): the default for dates the web proposes. */
  today: z.string(),
  employeeId: z.number().int().nullable(),
  employeeNip: z.string().nullable(),
  unitIds: z.array(z.number().int()),
  /** What the web app may show: e.g. `employee.list` hides the list for employees. */
  actions: z.array(z.string()),
});
export type SessionUser = z.infer<typeof sessionUser>;

export const healthResponse = z.object({
  status: z.enum(['ok', 'degraded']),
  database: z.enum(['sqlite', 'postgres']),
  version: z.string(),
  demo: z.boolean(),
});
export type HealthResponse = z.infer<typeof healthResponse>;

export const demoAccountsResponse = z.object({
  demo: z.boolean(),
  accounts: z.array(z.object({ username: z.string(), role: z.enum(ROLES), description: z.string() })),
  password: z.string().nullable(),
  /** Shown as a banner while the fictional demo data is loaded. */
  notice: z.string().nullable(),
});
