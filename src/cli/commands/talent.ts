import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { BOX_LABELS, NINE_BOXES } from '../../core/appraisal/nine-box.js';
import { runAsCliCaller } from '../../services/evaluation/cli-caller.js';
import { getTalentGrid } from '../../services/talent/get-talent-grid.js';
import { databaseUrl } from '../database-url.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

/**
 * `penata talent grid --period P [--unit U] [--json]`: people per 9-box box (PermenPANRB 3/2020),
 * with those not placed and the distribution-curve warnings per OPD.
 */
export function registerTalentCommands(program: Command): void {
  const talent = program.command('talent').description('talent management: 9-box grid');
  talent
    .command('grid')
    .description('people per 9-box box for an evaluation period')
    .requiredOption('--period <code>', 'period code, e.g. 2025 or 2026-TW2')
    .option('--unit <id>', 'only this unit and the units below it', positiveInt)
    .option('--json', 'print one JSON object')
    .option('--as <username>', 'act as this user (default: the machine operator, as head of BKPSDM)')
    .option('--instansi <code>', 'instansi code when the database holds several')
    .action(
      async (
        opts: { period: string; unit?: number; json?: boolean; as?: string; instansi?: string },
        cmd: Command,
      ) => {
        const grid = await runAsCliCaller(databaseUrl(cmd), opts, (ctx, principal) =>
          getTalentGrid(ctx, principal, { period: opts.period, unitId: opts.unit }),
        );
        const boxes = NINE_BOXES.map((box) => ({ box, count: grid.counts.boxes[box] }));
        if (opts.json) {
          const out = {
            period: grid.period.code,
            status: grid.period.status,
            policyVersion: grid.policyVersion,
            live: grid.live,
            population: grid.counts.population,
            placed: grid.counts.placed,
            boxes,
            unplaced: grid.counts.unplaced,
            warnings: grid.distribution.flatMap((d) =>
              d.warnings.map((w) => ({ unit: d.unitName, grade: d.grade, kind: w.kind, message: w.message })),
            ),
          };
          process.stdout.write(`${JSON.stringify(out)}\n`);
          return;
        }
        console.log(`Talent grid ${grid.period.code} (${grid.period.status}, policy v${grid.policyVersion})`);
        for (const row of [
          [4, 7, 9],
          [2, 5, 8],
          [1, 3, 6],
        ] as const) {
          console.log(
            `  ${row.map((b) => `[${b}] ${String(grid.counts.boxes[b]).padStart(5)}`).join('   ')}`,
          );
        }
        console.log(
          `  evaluated ${grid.counts.population}, placed ${grid.counts.placed}, not placed:`,
          grid.counts.unplaced,
        );
        for (const b of NINE_BOXES)
          if (grid.counts.boxes[b] > 0) console.log(`  ${BOX_LABELS[b].name.id}: ${grid.counts.boxes[b]}`);
        const warnings = grid.distribution.filter((d) => d.warnings.length > 0);
        if (warnings.length) console.log(`  distribution warnings in ${warnings.length} OPD`);
      },
    );
}
