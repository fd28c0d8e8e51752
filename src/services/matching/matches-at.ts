import { openAppContext } from '../app-context.js';
import { type CliCaller, cliPrincipal } from '../evaluation/cli-caller.js';
import { type EmployeeMatches, listEmployeeMatches } from './list-employee-matches.js';

/** A person's matches for the command line: opens the database, acts as the CLI caller, closes. */
export async function employeeMatchesAt(
  databaseUrl: string,
  nip: string,
  opts: { top: number; includeBlocked: boolean },
  caller: CliCaller = {},
): Promise<EmployeeMatches> {
  const ctx = await openAppContext({ databaseUrl });
  try {
    return await listEmployeeMatches(ctx, await cliPrincipal(ctx, caller), nip, opts);
  } finally {
    await ctx.close();
  }
}
