import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  createSelectionBody,
  positionSelectionsDto,
  positionSelectionsParam,
  selectionCandidatesBody,
  selectionDto,
  selectionIdParam,
  selectionResultBody,
  selectionShortlistBody,
  selectionStageBody,
  selectionStageParam,
} from '../../contract/selection.js';
import type { AppContext } from '../../services/app-context.js';
import { createSelection } from '../../services/selection/create-selection.js';
import { recordSelectionResult } from '../../services/selection/record-selection-result.js';
import { getSelectionView, listPostSelections } from '../../services/selection/selection-view.js';
import { setSelectionCandidates } from '../../services/selection/set-selection-candidates.js';
import { setSelectionShortlist } from '../../services/selection/set-selection-shortlist.js';
import { updateSelectionStage } from '../../services/selection/update-selection-stage.js';
import { requireUser } from '../auth/session.js';
import { presentPostSelections, presentSelection } from '../presenters/selection.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['selections'];

/**
 * JPT selection records (issue 13 item 4). Recipe per route: validate (Zod) -> the caller -> one
 * service (loads, authorizes, decides through the core, audits) -> present.
 */
export async function selectionRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/positions/:id/selections',
    {
      schema: { tags, params: positionSelectionsParam, response: { 200: positionSelectionsDto, ...errors } },
    },
    async (request) =>
      presentPostSelections(await listPostSelections(ctx, requireUser(request).principal, request.params.id)),
  );

  r.post(
    '/positions/:id/selections',
    {
      schema: {
        tags,
        params: positionSelectionsParam,
        body: createSelectionBody,
        response: { 201: selectionDto, ...errors },
      },
    },
    async (request, reply) => {
      const view = await createSelection(
        ctx,
        requireUser(request).principal,
        { positionId: request.params.id, ...request.body },
        { ip: request.ip },
      );
      void reply.code(201);
      return presentSelection(view);
    },
  );

  r.get(
    '/selections/:id',
    { schema: { tags, params: selectionIdParam, response: { 200: selectionDto, ...errors } } },
    async (request) =>
      presentSelection(await getSelectionView(ctx, requireUser(request).principal, request.params.id)),
  );

  r.post(
    '/selections/:id/stages/:stage',
    {
      schema: {
        tags,
        params: selectionStageParam,
        body: selectionStageBody,
        response: { 200: selectionDto, ...errors },
      },
    },
    async (request) =>
      presentSelection(
        await updateSelectionStage(
          ctx,
          requireUser(request).principal,
          { selectionId: request.params.id, stage: request.params.stage, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/selections/:id/candidates',
    {
      schema: {
        tags,
        params: selectionIdParam,
        body: selectionCandidatesBody,
        response: { 200: selectionDto, ...errors },
      },
    },
    async (request) =>
      presentSelection(
        await setSelectionCandidates(
          ctx,
          requireUser(request).principal,
          { selectionId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/selections/:id/shortlist',
    {
      schema: {
        tags,
        params: selectionIdParam,
        body: selectionShortlistBody,
        response: { 200: selectionDto, ...errors },
      },
    },
    async (request) =>
      presentSelection(
        await setSelectionShortlist(
          ctx,
          requireUser(request).principal,
          { selectionId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/selections/:id/result',
    {
      schema: {
        tags,
        params: selectionIdParam,
        body: selectionResultBody,
        response: { 200: selectionDto, ...errors },
      },
    },
    async (request) =>
      presentSelection(
        await recordSelectionResult(
          ctx,
          requireUser(request).principal,
          { selectionId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );
}
