import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, idParam } from '../../contract/common.js';
import {
  planRunListQuery,
  planRunListResponse,
  planRunRequest,
  planRunResponse,
  scenarioCreateRequest,
  scenarioListResponse,
  scenarioResponse,
  scenarioUpdateRequest,
  scenarioVersionQuery,
  scenarioVersionsResponse,
} from '../../contract/planning.js';
import {
  planCompareQuery,
  planCompareResponse,
  planMoveParams,
  planMoveResponse,
  planQuery,
  planResponse,
} from '../../contract/planning-plan.js';
import { can } from '../../core/policies/policy.js';
import type { AppContext } from '../../services/app-context.js';
import { cancelPlanRun } from '../../services/planning/cancel-plan-run.js';
import { comparePlans } from '../../services/planning/compare-plans.js';
import { getPlan } from '../../services/planning/get-plan.js';
import { getPlanMove } from '../../services/planning/get-plan-move.js';
import { getPlanRun } from '../../services/planning/get-plan-run.js';
import { getScenario } from '../../services/planning/get-scenario.js';
import { listPlanRuns } from '../../services/planning/list-plan-runs.js';
import { listScenarioVersions } from '../../services/planning/list-scenario-versions.js';
import { listScenarios } from '../../services/planning/list-scenarios.js';
import { planningActions } from '../../services/planning/planning-access.js';
import { recoverPlanRuns, stopPlanJobs } from '../../services/planning/recover-plan-runs.js';
import { saveScenario } from '../../services/planning/save-scenario.js';
import { startPlanRun } from '../../services/planning/start-plan-run.js';
import { requireUser } from '../auth/session.js';
import {
  presentPlan,
  presentPlanComparison,
  presentPlanMove,
  presentPlanRun,
  presentScenario,
} from '../presenters/plan.js';
import { planEventsRoute } from './planning-routes-events.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  409: errorResponse,
};
const tags = ['planning'];

/**
 * Mutation planning (issue 6): versioned scenarios, plan runs as background jobs (202, then state,
 * Server-Sent Events, cancel), finished plans and their comparison. On start, runs a crashed
 * process left behind are marked FAILED; on close, this process's jobs are stopped.
 */
export async function planningRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  await recoverPlanRuns(ctx);
  api.addHook('onClose', async () => stopPlanJobs(ctx));
  const r = api.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/scenarios',
    { schema: { tags, response: { 200: scenarioListResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const items = await listScenarios(ctx, principal);
      return { items: items.map(presentScenario), actions: planningActions(principal) };
    },
  );

  r.post(
    '/scenarios',
    { schema: { tags, body: scenarioCreateRequest, response: { 201: scenarioResponse, ...errors } } },
    async (request, reply) => {
      const { principal } = requireUser(request);
      const saved = await saveScenario(ctx, principal, null, request.body, { ip: request.ip });
      void reply.code(201);
      return { ...presentScenario(saved), actions: planningActions(principal) };
    },
  );

  r.get(
    '/scenarios/:id',
    {
      schema: {
        tags,
        params: idParam,
        querystring: scenarioVersionQuery,
        response: { 200: scenarioResponse, ...errors },
      },
    },
    async (request) => {
      const { principal } = requireUser(request);
      const found = await getScenario(ctx, principal, request.params.id, request.query.version);
      return { ...presentScenario(found), actions: planningActions(principal) };
    },
  );

  r.put(
    '/scenarios/:id',
    {
      schema: {
        tags,
        params: idParam,
        body: scenarioUpdateRequest,
        response: { 200: scenarioResponse, ...errors },
      },
    },
    async (request) => {
      const { principal } = requireUser(request);
      const { version, ...input } = request.body;
      const saved = await saveScenario(ctx, principal, { scenarioId: request.params.id, version }, input, {
        ip: request.ip,
      });
      return { ...presentScenario(saved), actions: planningActions(principal) };
    },
  );

  r.get(
    '/scenarios/:id/versions',
    { schema: { tags, params: idParam, response: { 200: scenarioVersionsResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const items = await listScenarioVersions(ctx, principal, request.params.id);
      return { items: items.map(presentScenario), actions: planningActions(principal) };
    },
  );

  r.post(
    '/scenarios/:id/runs',
    {
      schema: {
        tags,
        params: idParam,
        body: planRunRequest.nullish(),
        response: { 202: planRunResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { principal } = requireUser(request);
      const view = await startPlanRun(ctx, principal, request.params.id, request.body ?? {}, {
        ip: request.ip,
      });
      void reply.code(202).header('location', `/api/plans/${view.run.id}`);
      return { ...presentPlanRun(view), actions: planningActions(principal) };
    },
  );

  r.get(
    '/plans',
    { schema: { tags, querystring: planRunListQuery, response: { 200: planRunListResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const runs = await listPlanRuns(ctx, principal, { scenarioId: request.query.scenarioId });
      return { items: runs.map(presentPlanRun), actions: planningActions(principal) };
    },
  );

  r.get(
    '/plans/compare',
    { schema: { tags, querystring: planCompareQuery, response: { 200: planCompareResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const view = await comparePlans(ctx, principal, request.query);
      return presentPlanComparison(view, planningActions(principal));
    },
  );

  r.get(
    '/plans/:id',
    {
      schema: {
        tags,
        params: idParam,
        querystring: planQuery,
        response: { 200: planResponse, ...errors },
      },
    },
    async (request) => {
      const { principal } = requireUser(request);
      // Note: the "propose from this plan" action follows the proposal policy, not the planning one.
      const mayPropose = can(principal, 'proposal.write', {
        type: 'instansi',
        instansiId: principal.instansiId,
      });
      return presentPlan(
        await getPlan(ctx, principal, request.params.id),
        planningActions(principal),
        mayPropose,
        request.query.explanations === 'true',
      );
    },
  );

  r.get(
    '/plans/:id/moves/:employeeId',
    { schema: { tags, params: planMoveParams, response: { 200: planMoveResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const { move, labels } = await getPlanMove(
        ctx,
        principal,
        request.params.id,
        request.params.employeeId,
      );
      return presentPlanMove(move, labels, planningActions(principal));
    },
  );

  r.get(
    '/plans/:id/status',
    { schema: { tags, params: idParam, response: { 200: planRunResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const view = await getPlanRun(ctx, principal, request.params.id);
      return { ...presentPlanRun(view), actions: planningActions(principal) };
    },
  );

  r.post(
    '/plans/:id/cancel',
    { schema: { tags, params: idParam, response: { 200: planRunResponse, ...errors } } },
    async (request) => {
      const { principal } = requireUser(request);
      const view = await cancelPlanRun(ctx, principal, request.params.id, { ip: request.ip });
      return { ...presentPlanRun(view), actions: planningActions(principal) };
    },
  );

  planEventsRoute(api, ctx);
}
