import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { tenureOverrideBody } from '../../contract/process-overrides.js';
import { proposalDetailDto, proposalItemParam, versionBody } from '../../contract/process-proposals.js';
import type { AppContext } from '../../services/app-context.js';
import { getOverrideDocumentOf } from '../../services/process/get-decree-pdf.js';
import { recordTenureOverride, removeTenureOverride } from '../../services/process/record-tenure-override.js';
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
 * Exceptions to the 2-year minimum in post, per move (DOMAIN.md 15.6): record one with its ground,
 * reason and PDF, remove it, and download the PDF. The services authorize (head of BKPSDM only).
 */
export async function proposalOverrideRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/proposals/:id/items/:itemId/tenure-override',
    {
      schema: {
        tags,
        params: proposalItemParam,
        body: tenureOverrideBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) => {
      const { version, ground, reason, document } = request.body;
      return presentProposal(
        await recordTenureOverride(
          ctx,
          requireUser(request).principal,
          {
            proposalId: request.params.id,
            itemId: request.params.itemId,
            version,
            ground,
            reason,
            document: {
              fileName: document.fileName,
              bytes: new Uint8Array(Buffer.from(document.contentBase64, 'base64')),
            },
          },
          { ip: request.ip },
        ),
      );
    },
  );

  r.post(
    '/proposals/:id/items/:itemId/tenure-override/remove',
    {
      schema: {
        tags,
        params: proposalItemParam,
        body: versionBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await removeTenureOverride(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, itemId: request.params.itemId, version: request.body.version },
          { ip: request.ip },
        ),
      ),
  );

  r.get(
    '/proposals/:id/items/:itemId/tenure-override.pdf',
    { schema: { tags, params: proposalItemParam } },
    async (request, reply) => {
      const { id, itemId } = request.params;
      const doc = await getOverrideDocumentOf(ctx, requireUser(request).principal, id, itemId);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="pengecualian-${id}-${itemId}.pdf"`)
        .send(doc.pdf);
    },
  );
}
