import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  employeeExportQuery,
  nineBoxExportQuery,
  positionExportQuery,
} from '../../contract/import-export.js';
import { toLocalDate } from '../../core/model/local-date.js';
import type { AppContext } from '../../services/app-context.js';
import type { ExportKind } from '../../services/export/export-registry.js';
import {
  CONTENT_TYPES,
  type ExportFormat,
  exportFileName,
  exportStream,
} from '../../services/export/run-export.js';
import { requireUser } from '../auth/session.js';

const tags = ['exports'];

/**
 * Downloads, streamed as they are written: `GET /exports/employees|positions|nine-box?format=xlsx|csv`
 * with the same filters as the lists. Note: the service authorizes (data.export) before streaming.
 */
export async function exportRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const disposition = (kind: ExportKind, format: ExportFormat) =>
    `attachment; filename="${exportFileName(kind, format, toLocalDate(ctx.now()))}"`;

  r.get(
    '/exports/employees',
    { schema: { tags, querystring: employeeExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const stream = exportStream(ctx, requireUser(request).principal, 'employees', filter, format);
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', disposition('employees', format))
        .send(stream);
    },
  );
  r.get(
    '/exports/positions',
    { schema: { tags, querystring: positionExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const stream = exportStream(ctx, requireUser(request).principal, 'positions', filter, format);
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', disposition('positions', format))
        .send(stream);
    },
  );
  r.get(
    '/exports/nine-box',
    { schema: { tags, querystring: nineBoxExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const stream = exportStream(ctx, requireUser(request).principal, 'nine-box', filter, format);
      return reply
        .type(CONTENT_TYPES[format])
        .header('content-disposition', disposition('nine-box', format))
        .send(stream);
    },
  );
}
