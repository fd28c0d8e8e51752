import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  announceBody,
  decideObjectionBody,
  mendagriApprovalBody,
  objectionBody,
  objectionParam,
  takeEffectBody,
} from '../../contract/process-decree-steps.js';
import {
  addItemsBody,
  createProposalBody,
  proposalDetailDto,
  proposalIdParam,
  proposalItemParam,
  proposalListDto,
  proposalListQuery,
  transitionBody,
  versionBody,
} from '../../contract/process-proposals.js';
import type { AppContext } from '../../services/app-context.js';
import { announceProposal } from '../../services/process/announce-proposal.js';
import { approveProposal } from '../../services/process/approve-proposal.js';
import { attachMendagriApproval } from '../../services/process/attach-mendagri-approval.js';
import { cancelProposal } from '../../services/process/cancel-proposal.js';
import { addProposalItems, removeProposalItem } from '../../services/process/change-proposal-items.js';
import { closeProposal } from '../../services/process/close-proposal.js';
import { createProposal } from '../../services/process/create-proposal.js';
import { decideObjection } from '../../services/process/decide-objection.js';
import { listProposals } from '../../services/process/list-proposals.js';
import { getProposalView } from '../../services/process/proposal-view.js';
import { recordObjection } from '../../services/process/record-objection.js';
import { rejectProposal } from '../../services/process/reject-proposal.js';
import { returnProposal } from '../../services/process/return-proposal.js';
import { reviewProposal } from '../../services/process/review-proposal.js';
import { submitProposal } from '../../services/process/submit-proposal.js';
import { takeEffect } from '../../services/process/take-effect.js';
import { verifyProposal } from '../../services/process/verify-proposal.js';
import { withdrawProposal } from '../../services/process/withdraw-proposal.js';
import { requireUser } from '../auth/session.js';
import { presentProposal, presentProposalSummary } from '../presenters/proposal.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['proposals'];

/** The transitions that take only `{ version, reason? }`, by URL verb. */
const SIMPLE = {
  submit: submitProposal,
  verify: verifyProposal,
  review: reviewProposal,
  approve: approveProposal,
  reject: rejectProposal,
  return: returnProposal,
  withdraw: withdrawProposal,
  cancel: cancelProposal,
  close: closeProposal,
} as const;

/** Recipe per route: validate (Zod) -> the caller -> one service (loads, authorizes, acts) -> present. */
export async function proposalRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/proposals',
    { schema: { tags, querystring: proposalListQuery, response: { 200: proposalListDto, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const q = request.query;
      const list = await listProposals(ctx, principal, { states: q.state, round: q.round, inbox: q.inbox });
      return { items: list.items.map(presentProposalSummary), actions: list.actions };
    },
  );

  r.post(
    '/proposals',
    { schema: { tags, body: createProposalBody, response: { 201: proposalDetailDto, ...errors } } },
    async (request, reply) => {
      const { principal } = requireUser(request);
      const view = await createProposal(ctx, principal, request.body, { ip: request.ip });
      void reply.code(201);
      return presentProposal(view);
    },
  );

  r.get(
    '/proposals/:id',
    { schema: { tags, params: proposalIdParam, response: { 200: proposalDetailDto, ...errors } } },
    async (request) =>
      presentProposal(await getProposalView(ctx, requireUser(request).principal, request.params.id)),
  );

  r.post(
    '/proposals/:id/items',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: addItemsBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await addProposalItems(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/items/:itemId/remove',
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
        await removeProposalItem(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, itemId: request.params.itemId, version: request.body.version },
          { ip: request.ip },
        ),
      ),
  );

  for (const [verb, service] of Object.entries(SIMPLE)) {
    r.post(
      `/proposals/:id/${verb}`,
      {
        schema: {
          tags,
          params: proposalIdParam,
          body: transitionBody,
          response: { 200: proposalDetailDto, ...errors },
        },
      },
      async (request) =>
        presentProposal(
          await service(
            ctx,
            requireUser(request).principal,
            { proposalId: request.params.id, ...request.body },
            { ip: request.ip },
          ),
        ),
    );
  }

  r.post(
    '/proposals/:id/announce',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: announceBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await announceProposal(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/take-effect',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: takeEffectBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await takeEffect(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/mendagri-approvals',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: mendagriApprovalBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await attachMendagriApproval(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, ...request.body },
          { ip: request.ip },
        ),
      ),
  );

  r.post(
    '/proposals/:id/objections',
    {
      schema: {
        tags,
        params: proposalIdParam,
        body: objectionBody,
        response: { 201: proposalDetailDto, ...errors },
      },
    },
    async (request, reply) => {
      const view = await recordObjection(
        ctx,
        requireUser(request).principal,
        { proposalId: request.params.id, ...request.body },
        { ip: request.ip },
      );
      void reply.code(201);
      return presentProposal(view);
    },
  );

  r.post(
    '/proposals/:id/objections/:objectionId/decision',
    {
      schema: {
        tags,
        params: objectionParam,
        body: decideObjectionBody,
        response: { 200: proposalDetailDto, ...errors },
      },
    },
    async (request) =>
      presentProposal(
        await decideObjection(
          ctx,
          requireUser(request).principal,
          { proposalId: request.params.id, objectionId: request.params.objectionId, ...request.body },
          { ip: request.ip },
        ),
      ),
  );
}
