import { createWriteStream } from 'node:fs';
import { type Command, Option } from 'commander';
import { DomainError } from '../../core/errors.js';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { checkPlanExport, type PlanExportFilter } from '../../services/export/export-plan.js';
import { EXPORT_KINDS, type ExportKind } from '../../services/export/export-registry.js';
import { issuedDecree, type SkLampiranExportFilter } from '../../services/export/export-sk-lampiran.js';
import { parseExportFilter } from '../../services/export/parse-export-filter.js';
import { runExport } from '../../services/export/run-export.js';
import { databaseUrl } from '../database-url.js';

interface ExportCommandOptions {
  readonly kind: ExportKind;
  readonly out: string;
  readonly filter: string[];
  readonly as?: string;
  readonly instansi?: string;
}

/**
 * `penata export --kind employees|positions|nine-box|plan|sk-lampiran [--filter key=value ...] --out FILE`:
 * the format comes from the extension (.xlsx or .csv). A plan needs `--filter planId=ID`, an SK
 * lampiran `--filter proposalId=ID`; both are checked (exists, SUCCEEDED / SK issued) before the
 * file is opened, so a refusal leaves no empty file behind.
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export employees, positions (with vacancies), the 9-box, a plan or an SK lampiran to XLSX or CSV',
    )
    .addOption(new Option('--kind <kind>', 'what to export').choices(EXPORT_KINDS).makeOptionMandatory())
    .requiredOption('--out <file>', 'output file; .xlsx or .csv decides the format')
    .option(
      '--filter <key=value>',
      'filter, repeatable (e.g. golongan=III/c,III/d unitId=3 status=ACTIVE; planId=7 for a plan, proposalId=3 for an SK lampiran)',
      (v: string, prev: string[]) => [...prev, v],
      [],
    )
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (opts: ExportCommandOptions, cmd: Command) => {
      const format = /\.(xlsx|csv)$/i.exec(opts.out)?.[1]?.toLowerCase() as 'xlsx' | 'csv' | undefined;
      if (!format) {
        throw new DomainError(
          'VALIDATION_FAILED',
          {
            id: 'Nama berkas keluaran harus berakhiran .xlsx atau .csv',
            en: 'The output file must end in .xlsx or .csv',
          },
          { field: 'out', value: opts.out, rule: 'EXPORT_FORMAT' },
        );
      }
      const filter = parseExportFilter(opts.kind, opts.filter);
      await runAsCliCaller(databaseUrl(cmd), opts, async (ctx, principal) => {
        if (opts.kind === 'plan') await checkPlanExport(ctx, principal, (filter as PlanExportFilter).planId);
        if (opts.kind === 'sk-lampiran') {
          await issuedDecree(ctx, principal, (filter as SkLampiranExportFilter).proposalId);
        }
        await runExport(ctx, principal, opts.kind, filter, format, createWriteStream(opts.out));
      });
      console.log(`Exported ${opts.kind} to ${opts.out}`);
    });
}
