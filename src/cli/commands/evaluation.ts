import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { importEvaluations } from '../../services/evaluation/import-evaluations.js';
import { databaseUrl } from '../database-url.js';

interface ImportOptions {
  readonly period: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly as?: string;
  readonly instansi?: string;
}

/**
 * `penata evaluation import FILE --period P [--dry-run] [--json]`: imports SKP ratings and
 * attendance from CSV or XLSX, all rows or none. Exit 0 when written (or, with --dry-run, when
 * clean), 1 when any row is bad (the report names each), 2 on wrong usage.
 */
export function registerEvaluationCommands(program: Command): void {
  const evaluation = program.command('evaluation').description('periodic performance evaluation');
  evaluation
    .command('import')
    .description('import SKP ratings and attendance (CSV or XLSX) into an evaluation period')
    .argument(
      '<file>',
      'CSV or XLSX file with NIP, HASIL KERJA, PERILAKU KERJA, HARI KERJA, ALPA, TERLAMBAT ...',
    )
    .requiredOption('--period <code>', 'period code, e.g. 2025, 2026-TW1, 2025-S2, 2026-03')
    .option('--dry-run', 'check every row without writing')
    .option('--json', 'print one JSON object')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (file: string, opts: ImportOptions, cmd: Command) => {
      const content = new Uint8Array(await readFile(file));
      const report = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
        importEvaluations(
          ctx,
          principal,
          opts.period,
          { name: basename(file), content },
          { dryRun: opts.dryRun ?? false },
          { ip: 'cli' },
        ),
      );
      const errors = report.problems.filter((p) => p.severity === 'ERROR');
      if (opts.json) {
        process.stdout.write(`${JSON.stringify(report)}\n`);
      } else {
        console.log(
          `${report.fileName} (${report.format}${report.sheet ? `, sheet ${report.sheet}` : ''}): ${report.rows} rows, ${report.validRows} valid`,
        );
        for (const p of report.problems) {
          const where = [p.row === null ? 'file' : `row ${p.row}`, p.column].filter(Boolean).join(', ');
          console.log(`  ${p.severity} ${where}: ${p.rule} (${p.code}) ${p.message.en} / ${p.message.id}`);
        }
        const { skp, attendance } = report.counts;
        if (report.committed)
          console.log(
            `Imported ${skp} SKP ratings and ${attendance} attendance records into ${report.periods.join(', ')}`,
          );
        else if (errors.length > 0) console.log(`Nothing imported: ${errors.length} problem(s)`);
        else
          console.log(`Dry run: ${skp} SKP ratings and ${attendance} attendance records would be imported`);
      }
      process.exitCode = errors.length > 0 ? 1 : 0;
    });
}
