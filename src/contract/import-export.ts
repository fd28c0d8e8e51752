import { z } from 'zod';
import { employeeListQuery } from './employees.js';
import { positionListQuery } from './organisation.js';

export const IMPORT_KIND_VALUES = [
  'employees',
  'positions',
  'units',
  'evaluations',
  'innovations',
  'program-participants',
] as const;
export const EXPORT_KIND_VALUES = ['employees', 'positions', 'nine-box', 'plan', 'sk-lampiran'] as const;

export const importKindParam = z.object({ kind: z.enum(IMPORT_KIND_VALUES) });

/**
 * `POST /api/imports/{kind}?dryRun=true`: the file is the raw request body
 * (`application/octet-stream`, or the CSV/XLSX media type) and its name the `X-File-Name` header.
 */
export const importQuery = z.object({
  dryRun: z.enum(['true', 'false']).default('true'),
  /** Evaluations only: the period code or id rows without a PERIODE column go to. */
  period: z.string().trim().max(20).optional(),
});

export const importRunProblemDto = z.object({
  row: z.number().int().nullable(),
  column: z.string().nullable(),
  value: z.unknown(),
  code: z.string(),
  message: z.object({ id: z.string(), en: z.string() }),
  severity: z.enum(['ERROR', 'WARNING']),
});

export const importRunDto = z.object({
  reportId: z.number().int(),
  kind: z.enum(IMPORT_KIND_VALUES),
  fileName: z.string(),
  sha256: z.string(),
  format: z.enum(['CSV', 'XLSX']),
  sheet: z.string().nullable(),
  headerRow: z.number().int().nullable(),
  dryRun: z.boolean(),
  ok: z.boolean(),
  committed: z.boolean(),
  rows: z.number().int(),
  written: z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() }),
  problems: z.array(importRunProblemDto),
});
export type ImportRunDto = z.infer<typeof importRunDto>;

export const importReportParam = z.object({ id: z.coerce.number().int().positive() });

/** `GET /imports/templates/{kind}?format=xlsx|csv`: the empty file to fill in for an import kind. */
export const TEMPLATE_KIND_VALUES = ['innovations', 'program-participants'] as const;
export const importTemplateParam = z.object({ kind: z.enum(TEMPLATE_KIND_VALUES) });
export const importTemplateQuery = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

export const exportKindParam = z.object({ kind: z.enum(EXPORT_KIND_VALUES) });
export const exportFormat = z.object({ format: z.enum(['xlsx', 'csv']).default('xlsx') });

/** Filters of each export: exactly what the list APIs accept, without paging. */
export const employeeExportQuery = employeeListQuery
  .omit({ page: true, pageSize: true })
  .extend(exportFormat.shape);
export const positionExportQuery = positionListQuery
  .omit({ page: true, pageSize: true })
  .extend(exportFormat.shape);
export const nineBoxExportQuery = exportFormat.extend({
  period: z.string().trim().max(20).optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

/** `GET /exports/plan?planId=7`: the moves of one succeeded plan run. */
export const planExportQuery = exportFormat.extend({
  planId: z.coerce.number().int().positive(),
});

/** `GET /exports/sk-lampiran?proposalId=3`: the lampiran of a proposal's issued SK. */
export const skLampiranExportQuery = exportFormat.extend({
  proposalId: z.coerce.number().int().positive(),
});
