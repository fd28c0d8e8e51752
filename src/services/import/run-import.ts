import { DomainError } from '../../core/errors.js';
import { authorize } from '../../core/policies/policy.js';
import type { Principal } from '../../core/policies/roles.js';
import { EMPLOYEE_COLUMNS } from '../../documents/import/kinds/employee-columns.js';
import { INNOVATION_COLUMNS } from '../../documents/import/kinds/innovation-rows.js';
import { PARTICIPATION_COLUMNS } from '../../documents/import/kinds/participation-rows.js';
import { POSITION_COLUMNS } from '../../documents/import/kinds/position-rows.js';
import { UNIT_COLUMNS } from '../../documents/import/kinds/unit-rows.js';
import { parseMappingFile } from '../../documents/import/mapping-file.js';
import { hasErrors, problem } from '../../documents/import/problem.js';
import type { AppContext } from '../app-context.js';
import type { CallMeta } from '../evaluation/evaluation-access.js';
import { type ImportOptions, importEmployees } from './import-employees.js';
import { importEvaluationFile } from './import-evaluation-file.js';
import { importInnovations } from './import-innovations.js';
import { importParticipations } from './import-participations.js';
import { importPositions } from './import-positions.js';
import { type ImportKind, type ImportReport, refusedReport } from './import-report.js';
import { importUnits } from './import-units.js';
import type { ImportFile } from './read-import-file.js';

const FIELDS = {
  employees: EMPLOYEE_COLUMNS.map((c) => c.field),
  units: UNIT_COLUMNS.map((c) => c.field),
  positions: POSITION_COLUMNS.map((c) => c.field),
  innovations: INNOVATION_COLUMNS.map((c) => c.field),
  'program-participants': PARTICIPATION_COLUMNS.map((c) => c.field),
} as const;

export interface RunImportOptions extends Omit<ImportOptions, 'mapping'> {
  /** The text of a column mapping file (JSON), for headers the importer does not know. */
  readonly mappingText?: string | undefined;
  /** Evaluations only: the period rows without a PERIODE column go to (id or code). */
  readonly period?: string | number | undefined;
}

/**
 * One entry point for every kind, shared by the CLI and the API. A broken mapping file refuses
 * the import before a row is read, with the report saying why.
 */
export async function runImport(
  ctx: AppContext,
  principal: Principal,
  kind: ImportKind,
  file: ImportFile,
  runOptions: RunImportOptions,
  meta: CallMeta,
): Promise<ImportReport> {
  authorize(principal, 'data.import', { type: 'instansi', instansiId: principal.instansiId });
  const { mappingText, ...rest } = runOptions;
  let options: ImportOptions & { period?: string | number | undefined } = rest;
  if (mappingText !== undefined) {
    if (kind === 'evaluations') {
      return refusedReport(kind, file, rest.dryRun, [
        problem(
          { row: null, column: null },
          'MAPPING_NOT_SUPPORTED',
          null,
          'Impor penilaian tidak memakai berkas pemetaan kolom',
          'The evaluation import takes no column mapping file',
        ),
      ]);
    }
    const parsed = parseMappingFile(mappingText, FIELDS[kind]);
    if (hasErrors(parsed.problems)) return refusedReport(kind, file, rest.dryRun, parsed.problems);
    options = { ...rest, mapping: parsed.mapping };
  }
  switch (kind) {
    case 'employees':
      return importEmployees(ctx, principal, file, options, meta);
    case 'units':
      return importUnits(ctx, principal, file, options, meta);
    case 'positions':
      return importPositions(ctx, principal, file, options, meta);
    case 'innovations':
      return importInnovations(ctx, principal, file, options, meta);
    case 'program-participants':
      return importParticipations(ctx, principal, file, options, meta);
    case 'evaluations':
      if (options.period === undefined || options.period === '') {
        throw new DomainError(
          'VALIDATION_FAILED',
          {
            id: 'Impor penilaian memerlukan periode (mis. 2026-TW1)',
            en: 'An evaluation import needs a period (e.g. 2026-TW1)',
          },
          { field: 'period', rule: 'PERIOD_REQUIRED' },
        );
      }
      return importEvaluationFile(ctx, principal, options.period, file, options, meta);
  }
}
