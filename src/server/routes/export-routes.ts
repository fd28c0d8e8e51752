import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  employeeExportQuery,
  nineBoxExportQuery,
  planExportQuery,
  positionExportQuery,
  skLampiranExportQuery,
} from '../../contract/import-export.js';
import { type AppContext, today } from '../../services/app-context.js';
import { checkPlanExport } from '../../services/export/export-plan.js';
import type { ExportKind } from '../../services/export/export-registry.js';
import { issuedDecree } from '../../services/export/export-sk-lampiran.js';
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
 * with the same filters as the lists, `GET /exports/plan?planId=` for one plan's moves and
 * `GET /exports/sk-lampiran?proposalId=` for an SK's lampiran. Note: the service authorizes
 * (data.export) before streaming; a plan (plan.view, exists, SUCCEEDED) and an SK (proposal.read,
 * exists, issued) are checked before too, so those refusals are 403/404/409 and not a broken download.
 */
export async function exportRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  const r = api.withTypeProvider<ZodTypeProvider>();
  const disposition = (kind: ExportKind, format: ExportFormat, instansiId: number) =>
    `attachment; filename="${exportFileName(kind, format, today(ctx, instansiId))}"`;

  r.get(
    '/exports/employees',
    { schema: { tags, querystring: employeeExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const stream = exportStream(ctx, requireUser(request).principal, 'employees', filter, format);
      return reply
        .type(CONTENT_TYPES[format])
        .header(
          'content-disposition',
          disposition('employees', format, requireUser(request).principal.instansiId),
        )
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
        .header(
          'content-disposition',
          disposition('positions', format, requireUser(request).principal.instansiId),
        )
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
        .header(
          'content-disposition',
          disposition('nine-box', format, requireUser(request).principal.instansiId),
        )
        .send(stream);
    },
  );
  r.get('/exports/plan', { schema: { tags, querystring: planExportQuery } }, async (request, reply) => {
    const { format, ...filter } = request.query;
    const { principal } = requireUser(request);
    await checkPlanExport(ctx, principal, filter.planId);
    const stream = exportStream(ctx, principal, 'plan', filter, format);
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', disposition('plan', format, requireUser(request).principal.instansiId))
      .send(stream);
  });
  r.get(
    '/exports/sk-lampiran',
    { schema: { tags, querystring: skLampiranExportQuery } },
    async (request, reply) => {
      const { format, ...filter } = request.query;
      const { principal } = requireUser(request);
      await issuedDecree(ctx, principal, filter.proposalId);
      const stream = exportStream(ctx, principal, 'sk-lampiran', filter, format);
      return reply
        .type(CONTENT_TYPES[format])
        .header(
          'content-disposition',
          disposition('sk-lampiran', format, requireUser(request).principal.instansiId),
        )
        .send(stream);
    },
  );
}
