import type { Command } from 'commander';
import { solveLapFile } from '../../services/solve-lap-file.js';

/**
 * `penata solve FILE [--json] [--assignment]`: solves a LAP1 assignment file and says whether the
 * optimality certificate holds. Exit code 0 only when the result is optimal and certified.
 */
export function registerSolveCommand(program: Command): void {
  program
    .command('solve')
    .description('solve a LAP1 assignment file (plain or .gz) and check its optimality certificate')
    .argument('<file>', 'LAP1 file (dense or sparse, optionally gzip-compressed)')
    .option('--json', 'print one JSON object instead of text')
    .option('--assignment', 'also print the column of each row (-1 for none)')
    .action(async (file: string, opts: { json?: boolean; assignment?: boolean }) => {
      const r = await solveLapFile(file);
      const ok = r.status === 'optimal' && r.certified;
      if (opts.json) {
        const out: Record<string, unknown> = {
          status: r.status,
          objective: r.objective ?? null,
          seconds: r.seconds,
          certified: r.certified,
          rows: r.rows,
          cols: r.cols,
          pairs: r.pairs,
        };
        if (r.reason !== undefined) out.reason = r.reason;
        if (opts.assignment && r.rowToCol) out.assignment = Array.from(r.rowToCol);
        process.stdout.write(`${JSON.stringify(out)}\n`);
      } else {
        console.log(`${file}: ${r.rows} x ${r.cols}, ${r.pairs} allowed pairs`);
        if (r.status === 'optimal') {
          console.log(`objective: ${r.objective}`);
          console.log(`seconds:   ${r.seconds.toFixed(4)}`);
          console.log(`certified: ${r.certified ? 'yes (dual certificate holds)' : `NO (${r.reason})`}`);
          if (opts.assignment && r.rowToCol) console.log(`assignment: ${Array.from(r.rowToCol).join(' ')}`);
        } else {
          console.log(`status: ${r.status}${r.reason ? ` - ${r.reason}` : ''}`);
        }
      }
      process.exitCode = ok ? 0 : 1;
    });
}
