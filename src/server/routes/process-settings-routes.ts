import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import { processSettingsBody, processSettingsDto } from '../../contract/process-settings.js';
import type { AppContext } from '../../services/app-context.js';
import { getProcessSettings } from '../../services/process/process-settings-view.js';
import { saveProcessSettings } from '../../services/process/save-process-settings.js';
import { requireUser } from '../auth/session.js';

const errors = { 400: errorResponse, 401: errorResponse, 403: errorResponse };
const tags = ['proposals'];

/** The mutation process settings: objection window, SK numbering pattern, signatories. */
export async function processSettingsRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/process-settings',
    { schema: { tags, response: { 200: processSettingsDto, ...errors } } },
    async (request) => getProcessSettings(ctx, requireUser(request).principal),
  );
  r.put(
    '/process-settings',
    { schema: { tags, body: processSettingsBody, response: { 200: processSettingsDto, ...errors } } },
    async (request) =>
      saveProcessSettings(ctx, requireUser(request).principal, request.body, { ip: request.ip }),
  );
}
