import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  decreeCheckDto,
  decreeCheckQuery,
  issueSkBody,
  signSkBody,
} from '../../contract/process-decree-steps.js';
import { proposalDetailDto, proposalIdParam, proposalItemParam } from '../../contract/process-proposals.js';
import type { AppContext } from '../../services/app-context.js';
import { checkProposalDecree } from '../../services/process/check-decree.js';
import { getDecreePdfOf, getExcerptPdfOf } from '../../services/process/get-decree-pdf.js';
import { issueDecree } from '../../services/process/issue-decree.js';
import { signDecree } from '../../services/process/sign-decree.js';
import { requireUser } from '../auth/session.js';
import { presentProposal } from '../presenters/proposal.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['decrees'];

/**
 * The SK of a proposal: the pre-issue check, issuing it (number, PDFs, the check's guards), recording
 * its signature, and downloading it and its petikan.
 */
export async function decreeRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/proposals/:id/decree-check',
    {
      schema: {
        tags,
        params: proposalIdParam,
        querystring: decreeCheckQuery,
        response: { 200: decreeCheckDto, ...errors },
      },
    },
    async (request) => {
      const check = await checkProposalDecree(
        ctx,
        requireUser(request).principal,
        request.params.id,
        request.query.date,
      );
      return { ...check, findings: check.findings.map((f) => ({ ...f })) };
    },
  );

  r.post(
    '/proposals/:id/issue-sk',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: issueSkBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await issueDecree(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/sign-sk',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: signSkBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await signDecree(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.get('/proposals/:id/sk.pdf', { schema: { tags, params: proposalIdParam } }, async (request, reply) => {
    const pdf = await getDecreePdfOf(ctx, requireUser(request).principal, request.params.id);
    return reply
      .type('application/pdf')
      .header('content-disposition', `attachment; filename="sk-${request.params.id}.pdf"`)
      .send(pdf);
  });

  r.get(
    '/proposals/:id/items/:itemId/petikan.pdf',
    { schema: { tags, params: proposalItemParam } },
    async (request, reply) => {
      const pdf = await getExcerptPdfOf(
        ctx,
        requireUser(request).principal,
        request.params.id,
        request.params.itemId,
      );
      return reply
        .type('application/pdf')
        .header(
          'content-disposition',
          `attachment; filename="petikan-${request.params.id}-${request.params.itemId}.pdf"`,
        )
        .send(pdf);
    },
  );
}
