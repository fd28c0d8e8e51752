import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../services/app-context.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { boardRoutes } from './board-routes.js';
import { dashboardRoutes } from './dashboard-routes.js';
import { decreeRoutes } from './decree-routes.js';
import { employeeRoutes } from './employee-routes.js';
import { evaluationRosterRoutes } from './evaluation-roster-routes.js';
import { evaluationRoutes } from './evaluation-routes.js';
import { exportRoutes } from './export-routes.js';
import { importRoutes } from './import-routes.js';
import { matchingRoutes } from './matching-routes.js';
import { planProposalRoutes } from './plan-proposal-routes.js';
import { planningRoutes } from './planning-routes.js';
import { positionRoutes } from './position-routes.js';
import { processSettingsRoutes } from './process-settings-routes.js';
import { proposalDraftRoutes } from './proposal-draft-routes.js';
import { proposalOverrideRoutes } from './proposal-override-routes.js';
import { proposalRoutes } from './proposal-routes.js';
import { selectionRoutes } from './selection-routes.js';
import { systemRoutes } from './system-routes.js';
import { talentRoutes } from './talent-routes.js';
import { transparencyRoutes } from './transparency-routes.js';
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
  await selectionRoutes(api, ctx);
  await auditRoutes(api, ctx);
  await matchingRoutes(api, ctx);
  await planningRoutes(api, ctx);
  await evaluationRoutes(api, ctx);
  await talentRoutes(api, ctx);
  await evaluationRosterRoutes(api, ctx);
  await proposalRoutes(api, ctx);
  await proposalDraftRoutes(api, ctx);
  await proposalOverrideRoutes(api, ctx);
  await planProposalRoutes(api, ctx);
  await decreeRoutes(api, ctx);
  await boardRoutes(api, ctx);
  await transparencyRoutes(api, ctx);
  await processSettingsRoutes(api, ctx);
  await importRoutes(api, ctx);
  await exportRoutes(api, ctx);
}
