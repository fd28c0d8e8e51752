import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorResponse, idParam } from '../../contract/common.js';
import {
  innovationBody,
  innovationDetail,
  innovationListQuery,
  innovationListResponse,
  participationBody,
  participationParams,
  programBody,
  programDetail,
  programListQuery,
  programListResponse,
  updateInnovationBody,
  updateParticipationBody,
  updateProgramBody,
  versionQuery,
} from '../../contract/evaluation-registers.js';
import type { AppContext } from '../../services/app-context.js';
import { getInnovationEntry, listInnovationRegister } from '../../services/evaluation/list-innovations.js';
import { getProgramDetail, listProgramRegister } from '../../services/evaluation/list-programs.js';
import {
  createInnovation,
  deleteInnovationEntry,
  updateInnovationEntry,
} from '../../services/evaluation/save-innovation.js';
import {
  addParticipant,
  changeParticipant,
  removeParticipant,
} from '../../services/evaluation/save-participation.js';
import { createProgram, updateProgramEntry } from '../../services/evaluation/save-program.js';
import { requireUser } from '../auth/session.js';
import {
  presentInnovation,
  presentInnovationDetail,
  presentProgramDetail,
} from '../presenters/evaluation-registers.js';
import { evaluationRegisterExtraRoutes } from './evaluation-register-extra-routes.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['evaluation'];

/**
 * The innovation register and the government programmes with their participants; the bulk entry,
 * the evidence downloads and a person's registers are in evaluation-register-extra-routes.ts.
 */
export async function evaluationRegisterRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const who = (request: Parameters<typeof requireUser>[0]) => requireUser(request).principal;

  r.get(
    '/innovations',
    {
      schema: {
        tags,
        querystring: innovationListQuery,
        response: { 200: innovationListResponse, ...errors },
      },
    },
    async (request) => {
      const list = await listInnovationRegister(ctx, who(request), request.query);
      return {
        items: list.items.map(presentInnovation),
        writableUnitIds: list.writableUnitIds,
        actions: list.actions,
      };
    },
  );
  r.post(
    '/innovations',
    { schema: { tags, body: innovationBody, response: { 201: innovationDetail, ...errors } } },
    async (request, reply) => {
      const created = await createInnovation(ctx, who(request), request.body, { ip: request.ip });
      void reply.code(201);
      return presentInnovationDetail(created);
    },
  );
  r.get(
    '/innovations/:id',
    { schema: { tags, params: idParam, response: { 200: innovationDetail, ...errors } } },
    async (request) =>
      presentInnovationDetail(await getInnovationEntry(ctx, who(request), request.params.id)),
  );
  r.put(
    '/innovations/:id',
    {
      schema: {
        tags,
        params: idParam,
        body: updateInnovationBody,
        response: { 200: innovationDetail, ...errors },
      },
    },
    async (request) =>
      presentInnovationDetail(
        await updateInnovationEntry(ctx, who(request), request.params.id, request.body, { ip: request.ip }),
      ),
  );
  r.delete(
    '/innovations/:id',
    {
      schema: {
        tags,
        params: idParam,
        querystring: versionQuery,
        response: { 204: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      await deleteInnovationEntry(ctx, who(request), request.params.id, request.query.version, {
        ip: request.ip,
      });
      return reply.code(204).send(null);
    },
  );

  r.get(
    '/programs',
    { schema: { tags, querystring: programListQuery, response: { 200: programListResponse, ...errors } } },
    async (request) =>
      listProgramRegister(ctx, who(request), request.query).then((list) => ({
        items: list.items.map((p) => ({ ...p })),
        actions: list.actions,
      })),
  );
  r.post(
    '/programs',
    { schema: { tags, body: programBody, response: { 201: programDetail, ...errors } } },
    async (request, reply) => {
      const created = await createProgram(ctx, who(request), request.body, { ip: request.ip });
      void reply.code(201);
      return presentProgramDetail(created);
    },
  );
  r.get(
    '/programs/:id',
    { schema: { tags, params: idParam, response: { 200: programDetail, ...errors } } },
    async (request) => presentProgramDetail(await getProgramDetail(ctx, who(request), request.params.id)),
  );
  r.put(
    '/programs/:id',
    {
      schema: { tags, params: idParam, body: updateProgramBody, response: { 200: programDetail, ...errors } },
    },
    async (request) =>
      presentProgramDetail(
        await updateProgramEntry(ctx, who(request), request.params.id, request.body, { ip: request.ip }),
      ),
  );
  r.post(
    '/programs/:id/participants',
    {
      schema: { tags, params: idParam, body: participationBody, response: { 201: programDetail, ...errors } },
    },
    async (request, reply) => {
      const detail = await addParticipant(ctx, who(request), request.params.id, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentProgramDetail(detail);
    },
  );
  r.put(
    '/programs/:id/participants/:participationId',
    {
      schema: {
        tags,
        params: participationParams,
        body: updateParticipationBody,
        response: { 200: programDetail, ...errors },
      },
    },
    async (request) =>
      presentProgramDetail(
        await changeParticipant(
          ctx,
          who(request),
          request.params.id,
          request.params.participationId,
          request.body,
          {
            ip: request.ip,
          },
        ),
      ),
  );
  r.delete(
    '/programs/:id/participants/:participationId',
    {
      schema: {
        tags,
        params: participationParams,
        querystring: versionQuery,
        response: { 200: programDetail, ...errors },
      },
    },
    async (request) =>
      presentProgramDetail(
        await removeParticipant(
          ctx,
          who(request),
          request.params.id,
          request.params.participationId,
          request.query.version,
          { ip: request.ip },
        ),
      ),
  );
  await evaluationRegisterExtraRoutes(api, ctx);
}
