import type { Principal } from '../../core/policies/roles.js';
import { findUserByUsername } from '../../store/repositories/users.js';
import type { AppContext } from '../app-context.js';

/** What the demo's process history passes to every service: no client address. */
export const META = { ip: null };

/** One demo round: its proposal's title, round and TMT, and the days it was drafted and verified. */
export type Round = { title: string; round: string; tmt: string; created: string; verified: string };

/** The context as it was on a past day: services read the clock only through `ctx.now()`. */
export const on = (ctx: AppContext, date: string): AppContext => ({
  ...ctx,
  now: () => new Date(`${date}T02:00:00Z`),
});

/** The principal of a seeded demo account; the demo cannot go on without it. */
export async function principalOf(ctx: AppContext, username: string): Promise<Principal> {
  const u = await findUserByUsername(ctx.db, username);
  if (!u) throw new Error(`demo account ${username} is missing`);
  return {
    userId: u.id,
    instansiId: u.instansiId,
    role: u.role as Exclude<Principal['role'], 'OPD_HEAD' | 'EMPLOYEE'>,
  };
}
