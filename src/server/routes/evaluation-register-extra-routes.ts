import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, idParam } from '../../contract/common.js';
import {
  bulkParticipantsBody,
  bulkParticipantsReport,
  participationParams,
  personRegistersResponse,
  registerPersonParam,
} from '../../contract/evaluation-registers.js';
import type { AppContext } from '../../services/app-context.js';
import { addParticipantsInBulk } from '../../services/evaluation/add-participants.js';
import { getPersonRegisters } from '../../services/evaluation/get-person-registers.js';
import {
  type EvidenceDownload,
  innovationEvidence,
  participationEvidence,
} from '../../services/evaluation/get-register-evidence.js';
import { requireUser } from '../auth/session.js';
import { presentPersonRegisters } from '../presenters/evaluation-registers.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['evaluation'];

/** Sends a kept evidence file as a download under its own name (never rendered in the page). */
function sendFile(reply: FastifyReply, file: EvidenceDownload) {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return reply
    .type(file.mediaType)
    .header(
      'content-disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .send(file.bytes);
}

/**
 * The registers' bulk entry (many participants of a programme at once, with a row report), the
 * downloads of uploaded evidence, and one person's innovations and programme parts (the profile's
 * link). The services authorize.
 */
export async function evaluationRegisterExtraRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const who = (request: Parameters<typeof requireUser>[0]) => requireUser(request).principal;

  r.post(
    '/programs/:id/participants/bulk',
    {
      schema: {
        tags,
        params: idParam,
        body: bulkParticipantsBody,
        response: { 200: bulkParticipantsReport, 422: bulkParticipantsReport, ...errors },
      },
    },
    async (request, reply) => {
      const report = await addParticipantsInBulk(ctx, who(request), request.params.id, request.body, {
        ip: request.ip,
      });
      void reply.code(report.ok ? 200 : 422);
      return { ...report, problems: report.problems.map((p) => ({ ...p })) };
    },
  );

  r.get('/innovations/:id/evidence', { schema: { tags, params: idParam } }, async (request, reply) =>
    sendFile(reply, await innovationEvidence(ctx, who(request), request.params.id)),
  );

  r.get(
    '/programs/:id/participants/:participationId/evidence',
    { schema: { tags, params: participationParams } },
    async (request, reply) =>
      sendFile(
        reply,
        await participationEvidence(ctx, who(request), request.params.id, request.params.participationId),
      ),
  );

  r.get(
    '/employees/:nip/registers',
    { schema: { tags, params: registerPersonParam, response: { 200: personRegistersResponse, ...errors } } },
    async (request) =>
      presentPersonRegisters(await getPersonRegisters(ctx, who(request), request.params.nip)),
  );
}
