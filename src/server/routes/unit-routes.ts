import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { createUnitBody, unitNode, unitTreeResponse } from '../../contract/organisation.js';
import type { AppContext } from '../../services/app-context.js';
import { createUnit } from '../../services/organisation/create-unit.js';
import { getUnitTree } from '../../services/organisation/get-unit-tree.js';
import { requireUser } from '../auth/session.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

export async function unitRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/units',
    { schema: { tags: ['organisation'], response: { 200: unitTreeResponse, ...errors } } },
    async (request) => getUnitTree(ctx, requireUser(request).principal),
  );
  r.post(
    '/units',
    { schema: { tags: ['organisation'], body: createUnitBody, response: { 201: unitNode, ...errors } } },
    async (request, reply) => {
      const created = await createUnit(ctx, requireUser(request).principal, request.body, { ip: request.ip });
      void reply.code(201);
      return created;
    },
  );
}
