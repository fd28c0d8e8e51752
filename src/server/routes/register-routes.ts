import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../services/app-context.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { employeeRoutes } from './employee-routes.js';
import { evaluationRosterRoutes } from './evaluation-roster-routes.js';
import { evaluationRoutes } from './evaluation-routes.js';
import { matchingRoutes } from './matching-routes.js';
import { positionRoutes } from './position-routes.js';
import { systemRoutes } from './system-routes.js';
import { talentRoutes } from './talent-routes.js';
import { unitRoutes } from './unit-routes.js';

export async function registerRoutes(
  api: FastifyInstance,
  ctx: AppContext,
  opts: { signInRateLimit: number },
): Promise<void> {
  await systemRoutes(api, ctx);
  await authRoutes(api, ctx, opts);
  await dashboardRoutes(api, ctx);
  await employeeRoutes(api, ctx);
  await unitRoutes(api, ctx);
  await positionRoutes(api, ctx);
  await auditRoutes(api, ctx);
  await matchingRoutes(api, ctx);
  await evaluationRoutes(api, ctx);
  await talentRoutes(api, ctx);
  await evaluationRosterRoutes(api, ctx);
}
