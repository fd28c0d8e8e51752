import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { auditPage, auditQuery, auditVerifyResponse } from '../../contract/audit.js';
import { errorResponse } from '../../contract/common.js';
import type { AppContext } from '../../services/app-context.js';
import { listAudit } from '../../services/audit/list-audit.js';
import { verifyAudit } from '../../services/audit/verify-audit.js';
import { requireUser } from '../auth/session.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };

export async function auditRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/audit',
    { schema: { tags: ['audit'], querystring: auditQuery, response: { 200: auditPage, ...errors } } },
    async (request) => listAudit(ctx, requireUser(request).principal, request.query),
  );
  r.get(
    '/audit/verify',
    { schema: { tags: ['audit'], response: { 200: auditVerifyResponse, ...errors } } },
    async (request) => ({
      ...(await verifyAudit(ctx, requireUser(request).principal)),
    }),
  );
}
