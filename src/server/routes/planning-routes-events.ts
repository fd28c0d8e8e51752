import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse, idParam } from '../../contract/common.js';
import type { AppContext } from '../../services/app-context.js';
import { getPlanRun } from '../../services/planning/get-plan-run.js';
import { type PlanRunEvent, watchPlanRun } from '../../services/planning/watch-plan-run.js';
import { requireUser } from '../auth/session.js';

/** One Server-Sent Event: `progress` while the run is active, `end` once with its final state. */
function sseFrame(event: PlanRunEvent): string {
  const data = { id: event.runId, state: event.state, progress: event.progress };
  return `event: ${event.final ? 'end' : 'progress'}\ndata: ${JSON.stringify(data)}\n\n`;
}

/**
 * GET /api/plans/:id/events: the run's progress as Server-Sent Events (`text/event-stream`) until it
 * ends; the stream closes after the `end` event. Authorization and 404 are answered as JSON before
 * the stream opens.
 */
export function planEventsRoute(api: FastifyInstance, ctx: AppContext): void {
  api.withTypeProvider<ZodTypeProvider>().get(
    '/plans/:id/events',
    {
      schema: {
        tags: ['planning'],
        params: idParam,
        response: { 401: errorResponse, 403: errorResponse, 404: errorResponse },
      },
    },
    async (request, reply) => {
      const { principal } = requireUser(request);
      await getPlanRun(ctx, principal, request.params.id);
      reply.hijack();
      const raw = reply.raw;
      raw.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache',
        connection: 'keep-alive',
        'x-accel-buffering': 'no',
      });
      raw.write('retry: 2000\n\n');
      let stop = () => {};
      let ended = false;
      // A comment line now and then keeps proxies from closing a quiet stream (long solves).
      const heartbeat = setInterval(() => raw.write(': keep-alive\n\n'), 15_000);
      const finish = () => {
        if (ended) return;
        ended = true;
        clearInterval(heartbeat);
        stop();
        raw.end();
      };
      raw.on('close', finish);
      try {
        stop = await watchPlanRun(ctx, principal, request.params.id, (event) => {
          if (ended) return;
          raw.write(sseFrame(event));
          if (event.final) finish();
        });
        if (ended) stop();
      } catch {
        finish();
      }
    },
  );
}
