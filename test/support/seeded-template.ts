import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { inject } from 'vitest';
import { openAppContext } from '../../src/services/app-context.js';
import { seedDemoInto } from '../../src/services/database/seed-demo.js';

/**
 * Copies a SQLite demo database seeded with `employees` and `seed` to `target`. The first caller of
 * a run seeds a template (through the real seed, with the test clock); later callers, in any worker,
 * copy the file. Workers racing on a missing template both seed; the atomic rename keeps one.
 */
export async function copySeededDatabase(
  target: string,
  opts: { employees: number; seed: number; now: () => Date },
): Promise<void> {
  const template = join(inject('penataTemplateDir'), `demo-${opts.employees}-${opts.seed}.db`);
  if (!existsSync(template)) {
    const scratch = `${template}.${process.pid}-${Math.random().toString(36).slice(2)}`;
    const ctx = await openAppContext({ databaseUrl: `sqlite:${scratch}`, now: opts.now });
    try {
      await seedDemoInto(ctx, { employees: opts.employees, seed: opts.seed });
      // Folds the WAL into the main file so that the file alone is the whole database.
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(ctx.db);
    } finally {
      await ctx.close();
    }
    for (const suffix of ['-wal', '-shm']) rmSync(`${scratch}${suffix}`, { force: true });
    renameSync(scratch, template);
  }
  copyFileSync(template, target);
}
