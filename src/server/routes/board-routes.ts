import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  attendanceBody,
  boardMemberOptionsDto,
  boardSessionDto,
  boardSessionListDto,
  bulkDecisionBody,
  createBoardSessionBody,
  ownDeclarationBody,
  sessionIdParam,
} from '../../contract/process-board.js';
import type { AppContext } from '../../services/app-context.js';
import {
  getBoardSessionView,
  listBoardMemberOptions,
  listBoardSessions,
} from '../../services/process/board-view.js';
import { createBoardSession } from '../../services/process/create-board-session.js';
import { decideBoardCandidates } from '../../services/process/decide-board-candidates.js';
import { declareOwnConflicts } from '../../services/process/declare-board-conflicts.js';
import { recordAttendance } from '../../services/process/record-board-session.js';
import { getBoardMinutesPdf, renderBoardMinutes } from '../../services/process/render-board-minutes.js';
import { requireUser } from '../auth/session.js';
import { presentBoardSession } from '../presenters/board.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['board'];

/**
 * Review board (TPK / Baperjakat) sessions: members from the board's accounts, attendance, each
 * member's own declarations, decisions in bulk and the minutes. Who may take each step in a session
 * is the service's (and the core's) decision; the routes only validate and present.
 */
export async function boardRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/board-sessions/member-options',
    { schema: { tags, response: { 200: boardMemberOptionsDto, ...errors } } },
    async (request) => listBoardMemberOptions(ctx, requireUser(request).principal),
  );

  r.get(
    '/board-sessions',
    { schema: { tags, response: { 200: boardSessionListDto, ...errors } } },
    async (request) => listBoardSessions(ctx, requireUser(request).principal),
  );

  r.post(
    '/board-sessions',
    { schema: { tags, body: createBoardSessionBody, response: { 201: boardSessionDto, ...errors } } },
    async (request, reply) => {
      const view = await createBoardSession(ctx, requireUser(request).principal, request.body, {
        ip: request.ip,
      });
      void reply.code(201);
      return presentBoardSession(view);
    },
  );

  r.get(
    '/board-sessions/:id',
    { schema: { tags, params: sessionIdParam, response: { 200: boardSessionDto, ...errors } } },
    async (request) =>
      presentBoardSession(await getBoardSessionView(ctx, requireUser(request).principal, request.params.id)),
  );

  r.post(
    '/board-sessions/:id/attendance',
    {
      schema: {
        tags,
        params: sessionIdParam,
        body: attendanceBody,
        response: { 200: boardSessionDto, ...errors },
      },
    },
    async (request) =>
      presentBoardSession(
        await recordAttendance(
          ctx,
          requireUser(request).principal,
          { sessionId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/board-sessions/:id/declarations',
    {
      schema: {
        tags,
        params: sessionIdParam,
        body: ownDeclarationBody,
        response: { 200: boardSessionDto, ...errors },
      },
    },
    async (request) =>
      presentBoardSession(
        await declareOwnConflicts(
          ctx,
          requireUser(request).principal,
          { sessionId: request.params.id, declaration: request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/board-sessions/:id/decisions',
    {
      schema: {
        tags,
        params: sessionIdParam,
        body: bulkDecisionBody,
        response: { 200: boardSessionDto, ...errors },
      },
    },
    async (request) =>
      presentBoardSession(
        await decideBoardCandidates(
          ctx,
          requireUser(request).principal,
          { sessionId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/board-sessions/:id/minutes',
    { schema: { tags, params: sessionIdParam, response: { 200: boardSessionDto, ...errors } } },
    async (request) =>
      presentBoardSession(
        await renderBoardMinutes(ctx, requireUser(request).principal, request.params.id, { ip: request.ip }),
      ),
  );

  r.get(
    '/board-sessions/:id/minutes.pdf',
    { schema: { tags, params: sessionIdParam } },
    async (request, reply) => {
      const pdf = await getBoardMinutesPdf(ctx, requireUser(request).principal, request.params.id);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="berita-acara-${request.params.id}.pdf"`)
        .send(pdf);
    },
  );
}
