import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorResponse } from '../../contract/common.js';
import {
  importKindParam,
  importQuery,
  importReportParam,
  importRunDto,
  importTemplateParam,
  importTemplateQuery,
} from '../../contract/import-export.js';
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../services/app-context.js';
import { CONTENT_TYPES } from '../../services/export/run-export.js';
import { importReportXlsx } from '../../services/import/import-report-download.js';
import { importTemplate, templateFileName } from '../../services/import/import-template.js';
import { runImport } from '../../services/import/run-import.js';
import { saveImportReport } from '../../services/import/stored-import-reports.js';
import { requireUser } from '../auth/session.js';

const errors = {
  400: errorResponse,
  401: errorResponse,
  403: errorResponse,
  404: errorResponse,
  413: errorResponse,
  415: errorResponse,
};
const tags = ['imports'];
/** A 100,000-employee XLSX is about 8 MB, the CSV 12 MB; 64 MB leaves room for wide SIASN exports. */
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
const UPLOAD_TYPES = [
  'application/octet-stream',
  'text/csv',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

function fileNameOf(header: string | string[] | undefined, kind: string): string {
  const raw = Array.isArray(header) ? header[0] : header;
  try {
    return raw ? decodeURIComponent(raw).replace(/[\\/]/g, '_').slice(0, 200) : `${kind}-upload`;
  } catch {
    return `${kind}-upload`;
  }
}

/**
 * Uploads: `POST /imports/{kind}?dryRun=` with the file as the raw body (its name in `X-File-Name`,
 * an optional JSON column mapping in `X-Column-Mapping`), answered with the report (200 when clean,
 * 422 when any row is bad) and its id; `GET /imports/reports/{id}/report.xlsx` downloads it;
 * `GET /imports/templates/{kind}` gives the empty file to fill in (innovations, programme participants).
 * Note: the services authorize (data.import, BKPSDM); the parsers live in this plugin's scope only.
 */
export async function importRoutes(api: FastifyInstance, ctx: AppContext): Promise<void> {
  await api.register(async (scoped) => {
    scoped.addContentTypeParser(
      UPLOAD_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES },
      (_request, body, done) => done(null, body),
    );
    const r = scoped.withTypeProvider<ZodTypeProvider>();

    r.post(
      '/imports/:kind',
      {
        schema: {
          tags,
          params: importKindParam,
          querystring: importQuery,
          response: { 200: importRunDto, 422: importRunDto, ...errors },
        },
      },
      async (request, reply) => {
        const user = requireUser(request);
        const body = request.body;
        if (!Buffer.isBuffer(body) || body.length === 0) {
          throw new DomainError(
            'VALIDATION_FAILED',
            {
              id: 'Unggah berkas CSV atau XLSX sebagai isi permintaan',
              en: 'Send the CSV or XLSX file as the request body',
            },
            { field: 'file', rule: 'FILE_REQUIRED' },
          );
        }
        const mapping = request.headers['x-column-mapping'];
        const report = await runImport(
          ctx,
          user.principal,
          request.params.kind,
          {
            name: fileNameOf(request.headers['x-file-name'], request.params.kind),
            content: new Uint8Array(body),
          },
          {
            dryRun: request.query.dryRun === 'true',
            mappingText: typeof mapping === 'string' ? decodeURIComponent(mapping) : undefined,
            period: request.query.period,
          },
          { ip: request.ip },
        );
        const reportId = await saveImportReport(ctx, user.principal, report);
        void reply.code(report.ok ? 200 : 422);
        return { reportId, ...report, problems: [...report.problems] };
      },
    );

    r.get(
      '/imports/templates/:kind',
      { schema: { tags, params: importTemplateParam, querystring: importTemplateQuery } },
      async (request, reply) => {
        const { kind } = request.params;
        const { format } = request.query;
        const file = await importTemplate(requireUser(request).principal, kind, format);
        return reply
          .type(CONTENT_TYPES[format])
          .header('content-disposition', `attachment; filename="${templateFileName(kind, format)}"`)
          .send(file);
      },
    );

    r.get(
      '/imports/reports/:id/report.xlsx',
      { schema: { tags, params: importReportParam } },
      async (request, reply) => {
        const out = await importReportXlsx(ctx, requireUser(request).principal, request.params.id);
        return reply
          .type(CONTENT_TYPES.xlsx)
          .header('content-disposition', `attachment; filename="laporan-impor-${request.params.id}.xlsx"`)
          .send(out);
      },
    );
  });
}
