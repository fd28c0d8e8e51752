import type { Command } from 'commander';
import { DEFAULT_DATABASE_URL } from '../services/app-context.js';

/** The database the command works on: --database, then $DATABASE_URL, then the SQLite default. */
export function databaseUrl(command: Command): string {
  const root = command.optsWithGlobals() as { database?: string };
  return root.database ?? process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
}
