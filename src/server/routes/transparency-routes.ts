import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { transparencyDto, transparencyQuery } from '../../contract/process-transparency.js';
import type { AppContext } from '../../services/app-context.js';
import { getTransparency } from '../../services/process/get-transparency.js';

/**
 * Note: PUBLIC, no session: the transparency page shows per round the criteria and weights, the
 * numbers of moves by type and unit and the plans' certificates, never a name or a NIP.
 */
export async function transparencyRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/transparency',
    {
      schema: {
        tags: ['transparency'],
        querystring: transparencyQuery,
        response: { 200: transparencyDto, 400: errorResponse, 404: errorResponse },
      },
    },
    async (request) => getTransparency(ctx, request.query.instansi),
  );
}
