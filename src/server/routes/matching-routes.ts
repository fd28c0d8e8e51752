import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, idParam } from '../../contract/common.js';
import { nipParam } from '../../contract/employees.js';
import {
  candidatesQuery,
  employeeMatchesResponse,
  matchExplanationResponse,
  matchesQuery,
  matchParams,
  positionCandidatesResponse,
} from '../../contract/matching.js';
import type { AppContext } from '../../services/app-context.js';
import { explainMatch } from '../../services/matching/explain-match.js';
import { listEmployeeMatches } from '../../services/matching/list-employee-matches.js';
import { listPositionCandidates } from '../../services/matching/list-position-candidates.js';
import { requireUser } from '../auth/session.js';
import {
  presentEmployeeMatches,
  presentMatchExplanation,
  presentPositionCandidates,
} from '../presenters/matching.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse, 404: errorResponse };
const tags = ['matching'];

/** Person-position fit (issue 5): a person's best posts, a post's best people, and one pair explained. */
export async function matchingRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/employees/:nip/matches',
    {
      schema: {
        tags,
        params: nipParam,
        querystring: matchesQuery,
        response: { 200: employeeMatchesResponse, ...errors },
      },
    },
    async (request) => {
      const result = await listEmployeeMatches(
        ctx,
        requireUser(request).principal,
        request.params.nip,
        request.query,
      );
      return presentEmployeeMatches(result);
    },
  );
  r.get(
    '/employees/:nip/matches/:positionId',
    { schema: { tags, params: matchParams, response: { 200: matchExplanationResponse, ...errors } } },
    async (request) =>
      presentMatchExplanation(
        await explainMatch(
          ctx,
          requireUser(request).principal,
          request.params.nip,
          request.params.positionId,
        ),
      ),
  );
  r.get(
    '/positions/:id/candidates',
    {
      schema: {
        tags,
        params: idParam,
        querystring: candidatesQuery,
        response: { 200: positionCandidatesResponse, ...errors },
      },
    },
    async (request) => {
      const result = await listPositionCandidates(
        ctx,
        requireUser(request).principal,
        request.params.id,
        request.query,
      );
      return presentPositionCandidates(result);
    },
  );
}
