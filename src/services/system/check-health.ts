import { pingDatabase } from '../../store/repositories/database-health.js';
import type { AppContext } from '../app-context.js';
import { isDemoMode } from './get-demo-accounts.js';

export interface Health {
  readonly status: 'ok' | 'degraded';
  readonly database: 'sqlite' | 'postgres';
  readonly version: string;
  readonly demo: boolean;
}

/** Answers whether the database responds; used by load balancers and the README's first check. */
export async function checkHealth(ctx: AppContext): Promise<Health> {
  try {
    await pingDatabase(ctx.db);
  } catch {
    return { status: 'degraded', database: ctx.dialect, version: ctx.version, demo: false };
  }
  return { status: 'ok', database: ctx.dialect, version: ctx.version, demo: await isDemoMode(ctx) };
}
