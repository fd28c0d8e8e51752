import { migrateDown, migrateToLatest } from '../../store/migrate.js';
import { openAppContext } from '../app-context.js';

/** Applies pending migrations; returns the names applied (empty when already up to date). */
export async function migrateDatabase(databaseUrl: string): Promise<string[]> {
  const ctx = await openAppContext({ databaseUrl, migrate: false });
  try {
    return await migrateToLatest(ctx.db);
  } finally {
    await ctx.close();
  }
}

/** Drops every table by running all migrations down, then migrates to the latest schema again. */
export async function resetDatabase(databaseUrl: string): Promise<void> {
  const ctx = await openAppContext({ databaseUrl, migrate: false });
  try {
    await migrateDown(ctx.db, { all: true });
    await migrateToLatest(ctx.db);
  } finally {
    await ctx.close();
  }
}
