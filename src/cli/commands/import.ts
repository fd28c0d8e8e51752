import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Command, Option } from 'commander';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import type { ImportProgress } from '../../services/import/import-progress.js';
import { IMPORT_KINDS, type ImportKind, type ImportReport } from '../../services/import/import-report.js';
import { runImport } from '../../services/import/run-import.js';
import { databaseUrl } from '../database-url.js';

interface ImportCommandOptions {
  readonly kind: ImportKind;
  readonly mapping?: string;
  readonly dryRun?: boolean;
  readonly json?: boolean;
  readonly period?: string;
  readonly as?: string;
  readonly instansi?: string;
}

/** Rows per second and time left on stderr, redrawn in place on a terminal, every 10% otherwise. */
function progressLine(): (p: ImportProgress) => void {
  let lastDecile = -1;
  return (p) => {
    const pct = Math.floor(p.fraction * 100);
    const label = p.phase === 'read' ? 'Membaca / reading' : 'Menulis / writing';
    const line = `${label}: ${pct}% ${p.rows} rows, ${Math.round(p.rowsPerSecond)} rows/s, ETA ${p.etaSeconds.toFixed(0)} s`;
    if (process.stderr.isTTY) process.stderr.write(`\r${line}${p.fraction >= 1 ? '\n' : ''}`);
    else if (Math.floor(pct / 10) !== lastDecile || p.fraction >= 1) {
      lastDecile = Math.floor(pct / 10);
      process.stderr.write(`${line}\n`);
    }
  };
}

/** The one JSON object of `--json`: ok, rows, written and every error as {row, column, value, code, message}. */
export function importJson(report: ImportReport) {
  const pick = (severity: 'ERROR' | 'WARNING') =>
    report.problems
      .filter((p) => p.severity === severity)
      .map(({ row, column, value, code, message }) => ({ row, column, value, code, message }));
  return {
    ok: report.ok,
    rows: report.rows,
    written: report.committed ? report.written.created + report.written.updated : 0,
    errors: pick('ERROR'),
    warnings: pick('WARNING'),
    kind: report.kind,
    dryRun: report.dryRun,
    committed: report.committed,
    created: report.written.created,
    updated: report.written.updated,
    unchanged: report.written.unchanged,
    fileName: report.fileName,
    sha256: report.sha256,
  };
}

function printReport(r: ImportReport): void {
  console.log(`${r.fileName} (${r.format}${r.sheet ? `, sheet ${r.sheet}` : ''}): ${r.rows} rows`);
  for (const p of r.problems) {
    const where = [p.row === null ? 'file' : `row ${p.row}`, p.column].filter(Boolean).join(', ');
    console.log(`  ${p.severity} ${where}: ${p.code} ${p.message.en} / ${p.message.id}`);
  }
  const { created, updated, unchanged } = r.written;
  if (!r.ok)
    console.log(`Nothing imported: ${r.problems.filter((p) => p.severity === 'ERROR').length} problem(s)`);
  else if (r.committed)
    console.log(`Imported ${r.kind}: ${created} created, ${updated} updated, ${unchanged} unchanged`);
  else console.log(`Dry run: ${created} would be created, ${updated} updated, ${unchanged} unchanged`);
}

/**
 * `penata import FILE --kind employees|positions|units|evaluations|innovations|program-participants
 *   [--mapping M] [--dry-run] [--json]`:
 * all rows or none. Exit 0 only when nothing is wrong, 1 when any row (or the file) is bad, 2 on
 * wrong usage. With --json, stdout carries exactly one JSON object; progress goes to stderr otherwise.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import units, positions, employees, evaluations, innovations or programme participants from CSV or XLSX (all rows or none)',
    )
    .argument(
      '<file>',
      'CSV or XLSX file (headers such as NIP, NAMA, GOL/RUANG, TMT GOL, JABATAN, UNIT KERJA ...)',
    )
    .addOption(new Option('--kind <kind>', 'what the file holds').choices(IMPORT_KINDS).makeOptionMandatory())
    .option('--mapping <file>', 'JSON column mapping {"columns": {"HEADER": "field"}} for unknown headers')
    .option('--dry-run', 'check every row and report, without writing')
    .option('--json', 'print one JSON object {ok, rows, written, errors}')
    .option('--period <code>', 'evaluations: the period, e.g. 2026-TW1')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(async (file: string, opts: ImportCommandOptions, cmd: Command) => {
      const content = new Uint8Array(await readFile(file));
      const mappingText = opts.mapping === undefined ? undefined : await readFile(opts.mapping, 'utf8');
      const report = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
        runImport(
          ctx,
          principal,
          opts.kind,
          { name: basename(file), content },
          {
            dryRun: opts.dryRun ?? false,
            mappingText,
            period: opts.period,
            onProgress: opts.json ? undefined : progressLine(),
          },
          { ip: 'cli' },
        ),
      );
      if (opts.json) process.stdout.write(`${JSON.stringify(importJson(report))}\n`);
      else printReport(report);
      process.exitCode = report.ok ? 0 : 1;
    });
}
