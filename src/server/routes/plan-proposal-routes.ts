import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  planProposalParam,
  proposalDetailDto,
  proposeFromPlanBody,
} from '../../contract/process-proposals.js';
import { planProposalDefaultsDto, scheduleQuery } from '../../contract/proposal-drafts.js';
import type { AppContext } from '../../services/app-context.js';
import { proposalDefaultsForPlan } from '../../services/process/plan-proposal-defaults.js';
import { proposeFromPlan } from '../../services/process/propose-from-plan.js';
import { requireUser } from '../auth/session.js';
import { presentProposal } from '../presenters/proposal.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['proposals', 'planning'];

/** A draft proposal made server-side from a finished plan, through a form that starts from defaults. */
export async function planProposalRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/plans/:id/proposal-defaults',
    {
      schema: {
        tags,
        params: planProposalParam,
        querystring: scheduleQuery,
        response: { 200: planProposalDefaultsDto, ...errors },
      },
    },
    async (request) => {
      const v = await proposalDefaultsForPlan(
        ctx,
        requireUser(request).principal,
        request.params.id,
        request.query,
      );
      return { ...v, reasons: [...v.reasons], checks: [...v.checks], busy: [...v.busy] };
    },
  );

  r.post(
    '/plans/:id/proposal',
    {
      schema: {
        tags,
        params: planProposalParam,
        body: proposeFromPlanBody,
        response: { 201: proposalDetailDto, ...errors },
      },
    },
    async (request, reply) => {
      const { principal } = requireUser(request);
      const view = await proposeFromPlan(ctx, principal, request.params.id, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentProposal(view);
    },
  );
}
