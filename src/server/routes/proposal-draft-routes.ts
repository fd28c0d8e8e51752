import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { proposalDetailDto, proposalIdParam } from '../../contract/process-proposals.js';
import {
  addPlanMovesBody,
  draftScheduleDto,
  scheduleQuery,
  updateDraftBody,
} from '../../contract/proposal-drafts.js';
import type { AppContext } from '../../services/app-context.js';
import { addPlanMoves } from '../../services/process/change-proposal-items.js';
import { draftScheduleChecks, updateDraft } from '../../services/process/update-draft.js';
import { requireUser } from '../auth/session.js';
import { presentProposal } from '../presenters/proposal.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['proposals'];

/**
 * Editing a draft (or a returned proposal): its title, round and TMT, the checks of a round and TMT
 * while the author types, and moves added from its plan. Adding moves by hand and removing a move
 * are in proposal-routes.ts.
 */
export async function proposalDraftRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/proposals/:id/schedule',
    {
      schema: {
        tags,
        params: proposalIdParam,
        querystring: scheduleQuery,
        response: { 200: draftScheduleDto, ...errors },
      },
    },
    async (request) =>
      draftScheduleChecks(ctx, requireUser(request).principal, request.params.id, request.query),
  );

  r.post(
    '/proposals/:id/draft',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: updateDraftBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await updateDraft(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/plan-moves',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: addPlanMovesBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await addPlanMoves(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );
}
