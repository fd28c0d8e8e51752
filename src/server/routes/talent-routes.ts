import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { talentGridResponse, talentPoolResponse, talentQuery } from '../../contract/evaluation-results.js';
import type { AppContext } from '../../services/app-context.js';
import { getTalentGrid } from '../../services/talent/get-talent-grid.js';
import { getTalentPool } from '../../services/talent/get-talent-pool.js';
import { requireUser } from '../auth/session.js';
import { presentTalentGrid, presentTalentPool } from '../presenters/talent.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };

/** The talent grid (9-box) and the talent pool of a period. */
export async function talentRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/talent/grid',
    {
      schema: {
        tags: ['talent'],
        querystring: talentQuery,
        response: { 200: talentGridResponse, ...errors },
      },
    },
    async (request) => {
      const { period, periodId, unitId, members } = request.query;
      const grid = await getTalentGrid(ctx, requireUser(request).principal, {
        period: periodId ?? period,
        unitId,
        members,
      });
      return presentTalentGrid(grid);
    },
  );
  r.get(
    '/talent/pool',
    {
      schema: {
        tags: ['talent'],
        querystring: talentQuery,
        response: { 200: talentPoolResponse, ...errors },
      },
    },
    async (request) => {
      const { period, periodId, unitId } = request.query;
      return presentTalentPool(
        await getTalentPool(ctx, requireUser(request).principal, { period: periodId ?? period, unitId }),
      );
    },
  );
}
