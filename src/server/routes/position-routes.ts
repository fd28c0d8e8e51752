import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, idParam } from '../../contract/common.js';
import {
  createPositionBody,
  positionDetail,
  positionListQuery,
  positionPage,
} from '../../contract/organisation.js';
import type { AppContext } from '../../services/app-context.js';
import { createPosition } from '../../services/organisation/create-position.js';
import { getPosition } from '../../services/organisation/get-position.js';
import { listPositions } from '../../services/organisation/list-positions.js';
import { requireUser } from '../auth/session.js';
import { presentPositionDetail, presentPositionSummary } from '../presenters/position.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};

export async function positionRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/positions',
    {
      schema: {
        tags: ['organisation'],
        querystring: positionListQuery,
        response: { 200: positionPage, ...errors },
      },
    },
    async (request) => {
      const page = await listPositions(ctx, requireUser(request).principal, request.query);
      return { ...page, items: page.items.map(presentPositionSummary) };
    },
  );
  r.get(
    '/positions/:id',
    { schema: { tags: ['organisation'], params: idParam, response: { 200: positionDetail, ...errors } } },
    async (request) =>
      presentPositionDetail(await getPosition(ctx, requireUser(request).principal, request.params.id)),
  );
  r.post(
    '/positions',
    {
      schema: {
        tags: ['organisation'],
        body: createPositionBody,
        response: { 201: positionDetail, ...errors },
      },
    },
    async (request, reply) => {
      const created = await createPosition(ctx, requireUser(request).principal, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentPositionDetail(created);
    },
  );
}
