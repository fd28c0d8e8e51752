import type { Principal } from '../../core/policies/roles.js';
import type { ExportTable } from '../../documents/export/export-table.js';
import type { AppContext } from '../app-context.js';
import { type EmployeeExportFilter, employeeExport } from './export-employees.js';
import { nineBoxExport } from './export-nine-box.js';
import { type PlanExportFilter, planExport } from './export-plan.js';
import { type PositionExportFilter, positionExport } from './export-positions.js';
import { type SkLampiranExportFilter, skLampiranExport } from './export-sk-lampiran.js';

/**
 * Every export kind: a file name and a function giving the table for a filter. A new kind is one
 * file exporting such a function plus one line here.
 */
export const EXPORTERS = {
  employees: {
    fileBase: 'pegawai',
    table: (ctx: AppContext, p: Principal, filter: EmployeeExportFilter) => employeeExport(ctx, p, filter),
  },
  positions: {
    fileBase: 'jabatan',
    table: (ctx: AppContext, p: Principal, filter: PositionExportFilter) => positionExport(ctx, p, filter),
  },
  'nine-box': {
    fileBase: '9-box',
    table: (ctx: AppContext, p: Principal, filter: { period?: string | number; unitId?: number }) =>
      nineBoxExport(ctx, p, filter),
  },
  plan: {
    fileBase: 'rencana-mutasi',
    table: (ctx: AppContext, p: Principal, filter: PlanExportFilter) => planExport(ctx, p, filter),
  },
  'sk-lampiran': {
    fileBase: 'lampiran-sk',
    table: (ctx: AppContext, p: Principal, filter: SkLampiranExportFilter) =>
      skLampiranExport(ctx, p, filter),
  },
} as const;

/** What every exporter gives, with the row type erased (each table pairs its rows and columns). */
export type ErasedExporter<F> = {
  readonly fileBase: string;
  readonly table: (ctx: AppContext, p: Principal, filter: F) => ExportTable<unknown>;
};

export type ExportKind = keyof typeof EXPORTERS;
export const EXPORT_KINDS = Object.keys(EXPORTERS) as ExportKind[];
export type ExportFilter<K extends ExportKind> = Parameters<(typeof EXPORTERS)[K]['table']>[2];
