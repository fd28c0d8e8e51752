import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { TestClock } from '../../services/system/test-clock.js';

const advanceBody = z.object({ days: z.number().int().min(1).max(3650) });
const clockResponse = z.object({ now: z.string() });

/**
 * `POST /api/test-clock/advance {days}`: moves the server's clock forward. Registered only when the
 * server was started with a test clock (never in production: see main.ts).
 */
export async function testClockRoutes(api: FastifyInstance, clock: TestClock): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.post(
    '/test-clock/advance',
    { schema: { tags: ['system'], body: advanceBody, response: { 200: clockResponse } } },
    async (request) => ({ now: clock.advanceDays(request.body.days).toISOString() }),
  );
}
