import type { Command } from 'commander';
import { InvalidArgumentError } from 'commander';
import { migrateDatabase } from '../../services/database/migrate-database.js';
import { resetDatabase } from '../../services/database/reset-database.js';
import { seedDemo } from '../../services/database/seed-demo.js';
import { databaseUrl } from '../database-url.js';
import { progressPrinter } from '../progress.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('must be a positive integer');
  return n;
}

export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database: migrate, seed, reset');

  db.command('migrate')
    .description('bring the database schema to the latest version')
    .action(async (_opts, cmd: Command) => {
      const applied = await migrateDatabase(databaseUrl(cmd));
      console.log(applied.length ? `Applied: ${applied.join(', ')}` : 'Already up to date');
    });

  db.command('seed')
    .description('load data; --demo generates the fictional Kota Sibolga demo (same seed, same data)')
    .requiredOption('--demo', 'generate the Kota Sibolga demo data set')
    .option('--employees <n>', 'number of employees', positiveInt, 2500)
    .option('--seed <s>', 'random seed', positiveInt, 1)
    .option('--replace', 'delete an existing demo instansi first')
    .action(async (opts: { employees: number; seed: number; replace?: boolean }, cmd: Command) => {
      const result = await seedDemo(databaseUrl(cmd), {
        employees: opts.employees,
        seed: opts.seed,
        replace: opts.replace ?? false,
        onProgress: progressPrinter('seed'),
      });
      console.log(
        `Seeded ${result.instansiName}: ${result.units} units, ${result.positions} positions, ${result.employees} employees, ${result.users} demo accounts (${result.seconds.toFixed(1)} s)`,
      );
    });

  db.command('reset')
    .description('drop every table and migrate again (all data is lost)')
    .requiredOption('--yes', 'confirm that all data may be deleted')
    .action(async (_opts, cmd: Command) => {
      await resetDatabase(databaseUrl(cmd));
      console.log('Database reset to an empty schema');
    });
}
