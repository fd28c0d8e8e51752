import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { dashboardResponse } from '../../contract/dashboard.js';
import type { AppContext } from '../../services/app-context.js';
import { getDashboard } from '../../services/dashboard/get-dashboard.js';
import { requireUser } from '../auth/session.js';

export async function dashboardRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/dashboard',
    {
      schema: {
        tags: ['dashboard'],
        response: { 200: dashboardResponse, 401: errorResponse, 403: errorResponse },
      },
    },
    async (request) => getDashboard(ctx, requireUser(request).principal),
  );
}
